import { useState } from 'react';
import { INTEGRITY_DEPTHS, type IntegrityReport } from '../../../../electron/api/system';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { startJob, useJob, useRecentJobs, useTrayJobs } from '../../app/jobs';
import { IntegrityReportView } from './IntegrityReportView';
import { useT } from '../../i18n';
import type { MessageKey } from '../../../../electron/api/i18n';

const DEPTH_KEYS: Record<(typeof INTEGRITY_DEPTHS)[number], MessageKey> = {
  quick: 'integrity.depth.quick',
  full: 'integrity.depth.full',
  ledger: 'integrity.depth.ledger',
};

/** The integrity check, run as a job: the page stays usable, the bar shows where it is, Cancel stops it. */
export function IntegrityCheck() {
  const t = useT();
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
      <h2>{t('integrity.title')}</h2>
      <p>{t('integrity.explain')}</p>
      <div className="integrity-controls">
        <select
          aria-label={t('integrity.howDeep')}
          value={depth}
          onChange={(e) => setDepth(e.target.value as typeof depth)}
          disabled={running}
        >
          {INTEGRITY_DEPTHS.map((d) => (
            <option key={d} value={d}>
              {t(DEPTH_KEYS[d])}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? t('integrity.checking') : t('integrity.title')}
        </button>
      </div>
      {error != null && <ErrorPanel error={error} title={t('integrity.couldNotStart')} />}
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {report && <IntegrityReportView report={report} />}
    </section>
  );
}
