import type { StockDocumentDetail, StockDocumentView } from '../../../../electron/api/stock';
import type { TlpLabel } from '../../../../electron/api/vocabularies';
import { call } from '../../lib/api';
import { RecordSharing } from '../exchange/RecordSharing';

/**
 * A document's sharing label, changeable in every state (a posted receipt may turn out more
 * sensitive, or a partner be cleared for it later): saved through the page's save queue with the
 * latest version, so it never trips over a header edit saved just before.
 */
export function DocumentSharing(p: {
  doc: StockDocumentView;
  /** The page's save queue and its latest version of the document. */
  serial: <T>(work: () => Promise<T>) => Promise<T>;
  version: () => number;
  show: (next: StockDocumentDetail) => void;
}) {
  return (
    <div className="doc-sharing">
      <RecordSharing
        type="document"
        value={p.doc.sharing}
        save={(sharing) =>
          p.serial(async () =>
            p.show(await call('stock.documents.setSharing', { id: p.doc.id, version: p.version(), sharing: sharing as TlpLabel | null })),
          )
        }
        testId="document-sharing"
      />
    </div>
  );
}
