import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { DateRulesForm } from './DateRulesForm';
import { IdleLockForm } from './IdleLockForm';
import { FourEyesForm } from './FourEyesForm';
import { LocaleForm } from './LocaleForm';
import { IntegrityCheck } from './IntegrityCheck';
import { RecentJobs } from './RecentJobs';
import { BackupsPanel } from './BackupsPanel';
import { AboutPanel } from './AboutPanel';
import { ROLE_KEYS } from '../../app/roles';
import { useT } from '../../i18n';

/** Where the data lives, which installation this is, the integrity check and the recent jobs. */
export default function DatabasePage() {
  const t = useT();
  const status = useCoreQuery('system.status', {});
  if (status.isError) return <ErrorPanel error={status.error} />;
  const s = status.data;
  return (
    <div className="page-body database">
      {s?.copiedDatabase && (
        <div className="warning-panel" role="alert">
          <strong>{t('database.copied')}</strong>
          <p>{t('database.copiedExplain')}</p>
        </div>
      )}
      <dl className="facts">
        <dt>{t('database.file')}</dt>
        <dd>
          <code>{s?.databasePath}</code>
        </dd>
        <dt>{t('database.schemaVersion')}</dt>
        <dd>{s?.schemaVersion}</dd>
        <dt>{t('database.installationId')}</dt>
        <dd>
          <code>{s?.installationId}</code>
        </dd>
        <dt>{t('database.homeOrganisation')}</dt>
        <dd>{s?.homeOrganisation ? `${s.homeOrganisation.shortName} — ${s.homeOrganisation.name}` : '—'}</dd>
        <dt>{t('audit.operator')}</dt>
        <dd>{s?.operator ? `${s.operator.displayName} (${t(ROLE_KEYS[s.operator.role])})` : '—'}</dd>
        <dt>{t('database.appVersion')}</dt>
        <dd>{s?.appVersion}</dd>
      </dl>
      <BackupsPanel />
      <DateRulesForm />
      <IdleLockForm />
      <FourEyesForm />
      <LocaleForm />
      <IntegrityCheck />
      <RecentJobs />
      <AboutPanel />
    </div>
  );
}
