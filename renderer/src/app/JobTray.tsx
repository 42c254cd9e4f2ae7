import { JobProgress } from './JobProgress';
import { dismissJob, useCoreNotice, useTrayJobs } from './jobs';

/** Bottom-right of every page: each job that runs, with its bar and Cancel, and its outcome once it ends. */
export function JobTray() {
  const jobs = useTrayJobs();
  if (jobs.length === 0) return null;
  return (
    <aside className="job-tray" aria-label="Jobs">
      {jobs.map((j) => (
        <div key={j.id} className="job-tray-item">
          <JobProgress job={j} />
          {j.state !== 'running' && (
            <button type="button" className="link" onClick={() => dismissJob(j.id)} aria-label={`Dismiss ${j.label}`}>
              ×
            </button>
          )}
        </div>
      ))}
    </aside>
  );
}

/** Says so when the core's thread stopped and was restarted (or could not be). */
export function CoreNoticeBanner() {
  const [notice, dismiss] = useCoreNotice();
  if (!notice) return null;
  return (
    <div className={`core-notice ${notice.state}`} role="alert">
      <strong>{notice.state === 'restarted' ? 'The core restarted.' : 'The core stopped.'}</strong> {notice.message}
      {notice.state === 'restarted' && (
        <button type="button" className="small secondary" onClick={dismiss}>
          OK
        </button>
      )}
    </div>
  );
}
