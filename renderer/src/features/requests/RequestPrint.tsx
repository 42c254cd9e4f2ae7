import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { usePrintJob } from '../../app/usePrintJob';
import { useT } from '../../i18n';

/**
 * The request page's "Print form": the core makes the PDF as a print job (in the operator's
 * language) and the window saves it like a waybill (save dialog, or a download in a browser).
 */
export function RequestPrint({ requestId }: { requestId: string }) {
  const t = useT();
  const { job, running, error, saved, print: start } = usePrintJob((file, where) => t('requestForm.saved', { file, where }));
  const print = () => start({ document: 'request-form', requestId });
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
