import { useState } from 'react';
import { time } from '../locale/current';
import type { JobSummary } from '../../../electron/api/jobs';
import { ErrorPanel } from './ErrorPanel';
import { cancelJob } from './jobs';
import { useT } from '../i18n';
import { JOB_LABELS, JOB_STATE_LABELS } from '../../../electron/api/jobs';

export const JOB_OUTCOMES = JOB_STATE_LABELS;

/** One job: what it is doing, a progress bar, and Cancel while it runs; its outcome once it ended. */
export function JobProgress({ job }: { job: JobSummary }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState(false);
  const running = job.state === 'running';
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <div className={`job-progress ${job.state}`} data-job={job.id} data-state={job.state}>
      <div className="job-line">
        <strong>{JOB_LABELS[job.kind] ?? job.label}</strong>
        <span className="job-state">{running ? (asked ? t('jobs.cancelling') : `${percent}%`) : JOB_OUTCOMES[job.state]}</span>
        {running && (
          <button
            type="button"
            className="small secondary"
            disabled={asked}
            onClick={() => {
              setAsked(true);
              cancelJob(job.id).catch((e: unknown) => {
                setAsked(false);
                setError(e);
              });
            }}
          >
            {t('common.cancel')}
          </button>
        )}
      </div>
      {running && (
        <progress
          max={job.total || 1}
          value={job.total ? job.done : undefined}
          aria-label={`${JOB_LABELS[job.kind] ?? job.label}: ${job.step}`}
        >
          {percent}%
        </progress>
      )}
      <div className="job-step">
        {running ? job.step : (job.message ?? t('jobs.finishedAt', { time: time(job.finishedAt ?? job.startedAt) }))}
      </div>
      {error != null && <ErrorPanel error={error} title={t('jobs.couldNotCancel')} />}
    </div>
  );
}
