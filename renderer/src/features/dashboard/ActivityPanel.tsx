import type { JobSummary } from '../../../../electron/api/jobs';
import type { MessageKey } from '../../../../electron/api/i18n';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useLiveJobs, useRecentJobs } from '../../app/jobs';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { dateTime, num } from '../../locale/current';

const SHOWN = 5;
const STATE_KEYS: Record<JobSummary['state'], MessageKey> = {
  running: 'dashboard.job.running',
  done: 'dashboard.job.done',
  failed: 'dashboard.job.failed',
  cancelled: 'dashboard.job.cancelled',
  interrupted: 'dashboard.job.interrupted',
};

/** The last jobs (integrity checks, backups, imports, exports) and the last exports, each list linked to its page. */
export function ActivityPanel() {
  const t = useT();
  const jobs = useRecentJobs(SHOWN);
  const live = useLiveJobs();
  const exports = useCoreQuery('exports.history', { limit: SHOWN });
  return (
    <section className="dash-panel dash-activity" data-testid="dash-activity">
      <h2>{t('dashboard.jobsTitle')}</h2>
      {jobs.isError && <ErrorPanel error={jobs.error} />}
      {jobs.data?.length === 0 && <p className="muted">{t('dashboard.jobsNone')}</p>}
      {jobs.data && jobs.data.length > 0 && (
        <ul className="dash-list" data-testid="dash-jobs">
          {jobs.data
            .map((saved) => live.get(saved.id) ?? saved)
            .map((j) => (
              <li key={j.id} data-state={j.state}>
                <span className="muted">{dateTime(j.startedAt)}</span> {j.label} —{' '}
                <span className={`job-outcome ${j.state}`}>{t(STATE_KEYS[j.state])}</span>
              </li>
            ))}
        </ul>
      )}
      <a href="#/database">{t('dashboard.allJobs')}</a>
      <h2>{t('dashboard.exportsTitle')}</h2>
      {exports.isError && <ErrorPanel error={exports.error} />}
      {exports.data?.length === 0 && <p className="muted">{t('dashboard.exportsNone')}</p>}
      {exports.data && exports.data.length > 0 && (
        <ul className="dash-list" data-testid="dash-exports">
          {exports.data.map((e) => (
            <li key={e.id}>
              <span className="muted">{dateTime(e.at)}</span>{' '}
              {t('dashboard.exportRow', { what: e.title, partner: e.partner, rows: num(e.rows) })}
            </li>
          ))}
        </ul>
      )}
      <a href="#/sharing?view=history">{t('dashboard.allExports')}</a>
    </section>
  );
}
