import { useState } from 'react';
import type { SharedRecordType } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { usePermission } from '../../app/session';
import { SharingSelect } from '../stock/controls';
import '../stock/stock.css';

/**
 * A record page's own sharing label, saved as soon as it is chosen and on its own (the core lets a
 * label-only change through in every state of a convoy's or a request's workflow: it is
 * releasability, not movement data). The page's query shows the stored label once the change
 * event arrives; a refusal is written under the select.
 */
export function RecordSharing(p: {
  type: SharedRecordType;
  value: string | null;
  save: (sharing: string | null) => Promise<unknown>;
  testId: string;
}) {
  const mayEdit = usePermission('stock.edit');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const change = async (v: string) => {
    setError(undefined);
    setBusy(true);
    try {
      await p.save(v || null);
    } catch (e) {
      setError(explain(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SharingSelect
      type={p.type}
      value={p.value ?? ''}
      onChange={(v) => void change(v)}
      testId={p.testId}
      error={error}
      disabled={!mayEdit || busy}
    />
  );
}
