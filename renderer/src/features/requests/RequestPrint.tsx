import { useEffect, useRef, useState } from 'react';
import type { PrintOutcome } from '../../../../electron/api/convoys';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { startJob, useJob } from '../../app/jobs';
import { useT } from '../../i18n';
import { saveExportFile } from '../../lib/api';

/**
 * The request page's "Print form": the core makes the PDF as a print job (in the operator's
 * language) and the window saves it like a waybill (save dialog, or a download in a browser).
 */
export function RequestPrint({ requestId }: { requestId: string }) {
  const t = useT();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const handed = useRef<string | null>(null);

  useEffect(() => {
    if (!job || job.state !== 'done' || handed.current === job.id) return;
    handed.current = job.id;
    const outcome = job.result as PrintOutcome;
    saveExportFile(job.id, outcome.fileName).then(
      (where) => setSaved(where ? t('requestForm.saved', { file: outcome.fileName, where }) : null),
      (e: unknown) => setError(e),
    );
  }, [job, t]);

  const print = async () => {
    setError(null);
    setSaved(null);
    try {
      setJobId((await startJob({ kind: 'print', print: { document: 'request-form', requestId } })).id);
    } catch (e) {
      setError(e);
    }
  };
  const running = job?.state === 'running';
  return (
    <span className="req-print">
      <button type="button" disabled={running} onClick={() => void print()} title={t('requestForm.printHint')} data-testid="req-print">
        {t('requestForm.print')}
      </button>
      {running && <span className="muted"> {t('requestForm.printing')}</span>}
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {saved && <span className="saved-note"> {saved}</span>}
      {error != null && <ErrorPanel error={error} title={t('requestForm.error')} />}
    </span>
  );
}
