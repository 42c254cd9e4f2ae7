import { useEffect, useState } from 'react';
import type { SharedRecordType } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { usePermission } from '../../app/session';
import { SharingSelect } from '../stock/controls';
import '../stock/stock.css';

/**
 * A record page's own sharing label (a stock document, a convoy, a request), saved as soon as it
 * is chosen and on its own: the core lets a label-only change through in every state, since it is
 * releasability, not what happened. The label picked shows at once while it is saved (a controlled
 * select would otherwise jump back until the page's data comes back); a refusal is written under
 * the select. Read-only for a role that may not edit, and while a pick is being saved (one
 * version at a time).
 */
export function RecordSharing(p: {
  type: SharedRecordType;
  value: string | null;
  save: (sharing: string | null) => Promise<unknown>;
  testId: string;
}) {
  const mayEdit = usePermission('stock.edit');
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  // Once the page shows the stored label, it is the one shown.
  useEffect(() => setPicked((now) => (now === (p.value ?? '') ? null : now)), [p.value]);
  const change = async (v: string) => {
    setError(undefined);
    setPicked(v);
    setBusy(true);
    try {
      await p.save(v || null);
    } catch (e) {
      setError(explain(e).message);
      setPicked(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SharingSelect
      type={p.type}
      value={picked ?? p.value ?? ''}
      onChange={(v) => void change(v)}
      testId={p.testId}
      error={error}
      disabled={!mayEdit || busy}
    />
  );
}
