import type { ConvoyDetail, ConvoyPrintRequest } from '../../../../electron/api/convoys';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { usePrintJob } from '../../app/usePrintJob';
import { useT } from '../../i18n';

/**
 * The convoy's printed documents: a manifest per vehicle, a waybill per consignee and stop (once
 * dispatched), a loss report per stop (once its arrival is recorded). Each is a PDF made by the
 * core as a job and saved like an export (save dialog, or a download in a browser).
 */
export function ConvoyPrints({ convoy: c }: { convoy: ConvoyDetail }) {
  const t = useT();
  const { job, running, error, saved, print } = usePrintJob((file, where) => t('convoyPrint.saved', { file, where }));
  const arrived = c.stops.filter((s) => s.arrivedAt);
  const button = (key: string, label: string, request: ConvoyPrintRequest) => (
    <button key={key} type="button" disabled={running} onClick={() => void print(request)} data-print={key}>
      {label}
    </button>
  );
  return (
    <section className="convoy-prints" data-testid="convoy-prints">
      <h3>{t('convoyPrint.title')}</h3>
      <p className="muted">{t('convoyPrint.lead')}</p>
      {c.vehicles.length === 0 && <p>{t('convoyPrint.none')}</p>}
      {c.vehicles.length > 0 && (
        <p>
          <strong>{t('convoyPrint.manifests')}:</strong>{' '}
          {c.vehicles.map((v) =>
            button(`manifest-${v.plate}`, t('convoyPrint.manifest', { plate: v.plate }), {
              document: 'manifest',
              convoyId: c.id,
              vehicleId: v.vehicleId,
            }),
          )}
        </p>
      )}
      {c.waybills.length > 0 && (
        <p>
          <strong>{t('convoyPrint.waybills')}:</strong>{' '}
          {c.waybills.map((w) =>
            button(`waybill-${w.number}`, t('convoyPrint.waybill', { number: w.number }), { document: 'waybill', waybillId: w.id }),
          )}
        </p>
      )}
      {arrived.length > 0 && (
        <p>
          <strong>{t('convoyPrint.lossReports')}:</strong>{' '}
          {arrived.map((s) =>
            button(`loss-report-${s.position}`, t('convoyPrint.lossReport', { stop: s.label }), {
              document: 'loss-report',
              convoyId: c.id,
              stopId: s.id,
            }),
          )}
        </p>
      )}
      {running && <p className="muted">{t('convoyPrint.printing')}</p>}
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {saved && <p className="saved-note">{saved}</p>}
      {error != null && <ErrorPanel error={error} title={t('convoyPrint.title')} />}
    </section>
  );
}
