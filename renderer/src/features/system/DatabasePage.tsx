import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { DateRulesForm } from './DateRulesForm';
import { IdleLockForm } from './IdleLockForm';
import { LocaleForm } from './LocaleForm';
import { IntegrityCheck } from './IntegrityCheck';
import { RecentJobs } from './RecentJobs';
import { BackupsPanel } from './BackupsPanel';
import { AboutPanel } from './AboutPanel';

/** Where the data lives, which installation this is, the integrity check and the recent jobs. */
export default function DatabasePage() {
  const status = useCoreQuery('system.status', {});
  if (status.isError) return <ErrorPanel error={status.error} />;
  const s = status.data;
  return (
    <div className="page-body database">
      {s?.copiedDatabase && (
        <div className="warning-panel" role="alert">
          <strong>This database file was copied from another installation.</strong>
          <p>
            It carries the installation id of the machine it came from. If this copy is now the one in use, tell your administrator before
            exchanging data with partners: records made in either file would look as if one installation made them.
          </p>
        </div>
      )}
      <dl className="facts">
        <dt>Database file</dt>
        <dd>
          <code>{s?.databasePath}</code>
        </dd>
        <dt>Schema version</dt>
        <dd>{s?.schemaVersion}</dd>
        <dt>Installation id</dt>
        <dd>
          <code>{s?.installationId}</code>
        </dd>
        <dt>Home organisation</dt>
        <dd>{s?.homeOrganisation ? `${s.homeOrganisation.shortName} — ${s.homeOrganisation.name}` : '—'}</dd>
        <dt>Operator</dt>
        <dd>{s?.operator ? `${s.operator.displayName} (${s.operator.role})` : '—'}</dd>
        <dt>App version</dt>
        <dd>{s?.appVersion}</dd>
      </dl>
      <BackupsPanel />
      <DateRulesForm />
      <IdleLockForm />
      <LocaleForm />
      <IntegrityCheck />
      <RecentJobs />
      <AboutPanel />
    </div>
  );
}
