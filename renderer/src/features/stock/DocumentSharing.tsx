import { useState } from 'react';
import type { TlpLabel } from '../../../../electron/api/vocabularies';
import type { StockDocumentDetail, StockDocumentView } from '../../../../electron/api/stock';
import { usePermission } from '../../app/session';
import { invoke } from '../../lib/api';
import { SharingSelect } from './controls';

/**
 * A document's sharing label, changeable in every state (a posted receipt may turn out more
 * sensitive, or a partner be cleared for it later): saved at once through the page's save queue,
 * so it never trips over a header edit's version. Read-only for a role that may not edit stock.
 */
export function DocumentSharing(p: {
  doc: StockDocumentView;
  /** The page's save queue and its latest version of the document. */
  serial: <T>(work: () => Promise<T>) => Promise<T>;
  version: () => number;
  show: (next: StockDocumentDetail) => void;
}) {
  const canEdit = usePermission('stock.edit');
  const [error, setError] = useState<string | undefined>();
  // The label picked shows at once while it is saved (the select would otherwise jump back until the answer comes).
  const [picked, setPicked] = useState<string | null>(null);
  const save = (value: string) => {
    setPicked(value);
    return p.serial(async () => {
      const r = await invoke('stock.documents.setSharing', {
        id: p.doc.id,
        version: p.version(),
        sharing: (value || null) as TlpLabel | null,
      });
      if (r.ok) {
        setError(undefined);
        p.show(r.value);
      } else setError(r.error.issues?.[0]?.message ?? r.error.message);
      setPicked((now) => (now === value ? null : now)); // a later pick, still saving, stays shown
    });
  };
  return (
    <div className="doc-sharing">
      <SharingSelect
        type="document"
        value={picked ?? p.doc.sharing ?? ''}
        onChange={(v) => void save(v)}
        disabled={!canEdit}
        error={error}
        testId="document-sharing"
      />
    </div>
  );
}
