import type { JobSummary } from '../../../../electron/api/jobs';
import { dateTime } from '../../locale/current';
import type { IntegrityReport } from '../../../../electron/api/system';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JOB_OUTCOMES } from '../../app/JobProgress';
import { useLiveJobs, useRecentJobs } from '../../app/jobs';
import { t, useT } from '../../i18n';
import { formatBytes } from './BackupsPanel';
import { JOB_LABELS } from '../../../../electron/api/jobs';

function took(j: JobSummary): string {
  if (!j.finishedAt) return '—';
  const ms = Date.parse(j.finishedAt) - Date.parse(j.startedAt);
  return ms < 1000 ? t('jobs.ms', { ms }) : t('jobs.seconds', { s: Math.round(ms / 100) / 10 });
}

/** What a finished job came to, in a few words. */
function outcome(j: JobSummary): string {
  if (j.state === 'running') return j.step;
  if (j.state !== 'done') return j.message ?? '';
  if (j.kind === 'integrity') {
    const r = j.result as IntegrityReport;
    return r.ok ? t('jobs.noProblems') : t('jobs.problemsFound', { count: r.differences.length, sqlite: r.sqlite.slice(0, 1).join('') });
  }
  if (j.kind === 'backup' || j.kind === 'auto-backup') {
    const r = j.result as { fileName: string; bytes: number };
    return t('backups.jobOutcome', { file: r.fileName, size: formatBytes(r.bytes) });
  }
  if (j.kind === 'support-bundle') return (j.result as { fileName: string }).fileName;
  if (j.kind === 'demo') return (j.result as { loaded: boolean }).loaded ? t('jobs.demoLoaded') : t('jobs.demoAlready');
  return '';
}

/** The last jobs of this installation and how each ended. */
export function RecentJobs() {
  useT(); // worded again when the language changes
  const jobs = useRecentJobs();
  // A running job's row follows its progress events; the history is read again when one ends.
  const live = useLiveJobs();
  return (
    <section className="recent-jobs">
      <h2>{t('jobs.recent')}</h2>
      {jobs.isError && <ErrorPanel error={jobs.error} title={t('jobs.historyError')} />}
      {jobs.data && jobs.data.length === 0 && <p>{t('jobs.none')}</p>}
      {jobs.data && jobs.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('jobs.started')}</th>
              <th>{t('jobs.job')}</th>
              <th>{t('col.by')}</th>
              <th>{t('jobs.outcome')}</th>
              <th>{t('jobs.took')}</th>
              <th>{t('jobs.details')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.data
              .map((saved) => live.get(saved.id) ?? saved)
              .map((j) => (
                <tr key={j.id} data-state={j.state}>
                  <td>{dateTime(j.startedAt, true)}</td>
                  <td>{JOB_LABELS[j.kind] ?? j.label}</td>
                  <td>{j.operator}</td>
                  <td className={`job-outcome ${j.state}`}>{JOB_OUTCOMES[j.state]}</td>
                  <td>{took(j)}</td>
                  <td>{outcome(j)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
