import { useT } from '../i18n';
import { restoredText } from '../features/system/restoredText';
import { JobProgress } from './JobProgress';
import { dismissJob, useCoreNotice, useTrayJobs } from './jobs';

/** Bottom-right of every page: each job that runs, with its bar and Cancel, and its outcome once it ends. */
export function JobTray() {
  const t = useT();
  const jobs = useTrayJobs();
  if (jobs.length === 0) return null;
  return (
    <aside className="job-tray" aria-label={t('jobs.tray')}>
      {jobs.map((j) => (
        <div key={j.id} className="job-tray-item">
          <JobProgress job={j} />
          {j.state !== 'running' && (
            <button type="button" className="link" onClick={() => dismissJob(j.id)} aria-label={t('jobs.dismiss', { label: j.label })}>
              ×
            </button>
          )}
        </div>
      ))}
    </aside>
  );
}

const NOTICE_TITLES = { restarted: 'core.restarted', stopped: 'core.stopped', restored: 'core.restored' } as const;

/** Says so when the core's thread stopped and was restarted (or could not be), or a backup was restored. */
export function CoreNoticeBanner() {
  const t = useT();
  const [notice, dismiss] = useCoreNotice();
  if (!notice) return null;
  return (
    <div className={`core-notice ${notice.state}`} role="alert">
      <strong>{t(NOTICE_TITLES[notice.state])}</strong> {notice.state === 'restored' ? restoredText(notice.restore) : notice.message}
      {notice.state !== 'stopped' && (
        <button type="button" className="small secondary" onClick={dismiss}>
          {t('common.ok')}
        </button>
      )}
    </div>
  );
}
