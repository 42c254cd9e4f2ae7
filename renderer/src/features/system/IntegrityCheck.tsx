import { useState } from 'react';
import { INTEGRITY_DEPTHS, type IntegrityReport } from '../../../../electron/api/system';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { startJob, useJob, useRecentJobs, useTrayJobs } from '../../app/jobs';
import { IntegrityReportView } from './IntegrityReportView';

const DEPTH_LABELS: Record<(typeof INTEGRITY_DEPTHS)[number], string> = {
  quick: 'Quick (ledger + SQLite quick_check)',
  full: 'Full (ledger + SQLite integrity_check, slower)',
  ledger: 'Ledger only',
};

/** The integrity check, run as a job: the page stays usable, the bar shows where it is, Cancel stops it. */
export function IntegrityCheck() {
  const [depth, setDepth] = useState<(typeof INTEGRITY_DEPTHS)[number]>('quick');
  const [startedId, setStartedId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const started = useJob(startedId);
  // A check already running (started before a reload, or from elsewhere) is shown too.
  const runningElsewhere = useTrayJobs().find((j) => j.kind === 'integrity' && j.state === 'running');
  const recent = useRecentJobs();
  const lastDone = recent.data?.find((j) => j.kind === 'integrity' && j.state === 'done');
  const job = started ?? runningElsewhere ?? null;
  const running = job?.state === 'running';
  const report = ((job?.state === 'done' ? job : !job ? lastDone : null)?.result ?? null) as IntegrityReport | null;

  async function run() {
    setError(null);
    try {
      setStartedId((await startJob({ kind: 'integrity', depth })).id);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="integrity">
      <h2>Integrity check</h2>
      <p>
        Checks the file’s structure with SQLite and recomputes every stock balance from the ledger. It only reads, and runs on its own while
        you keep working; run it whenever numbers look wrong.
      </p>
      <div className="integrity-controls">
        <select aria-label="How deep to check" value={depth} onChange={(e) => setDepth(e.target.value as typeof depth)} disabled={running}>
          {INTEGRITY_DEPTHS.map((d) => (
            <option key={d} value={d}>
              {DEPTH_LABELS[d]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? 'Checking…' : 'Integrity check'}
        </button>
      </div>
      {error != null && <ErrorPanel error={error} title="The check could not start" />}
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {report && <IntegrityReportView report={report} />}
    </section>
  );
}
