import { useRef, useState } from 'react';
import { isTlpLabel, type SharedRecordType } from '../../../../electron/api/vocabularies';
import { useSharingDefaults } from '../../app/sharing-column';
import { explain } from '../../app/errors';
import { usePermission } from '../../app/session';
import { SharingSelect } from '../stock/controls';
import '../stock/stock.css';

/**
 * A record page's own sharing label (a stock document, a convoy, a request), saved as soon as it
 * is chosen and on its own: the core lets a label-only change through in every state, since it is
 * releasability, not what happened. `save` shows the saved record on the page before it resolves
 * (so the next save takes its version). Picks are saved one after another, never side by side,
 * and the last one picked shows until it is saved (a controlled select would otherwise jump back);
 * the select stays enabled meanwhile, so the keyboard focus stays on it. A refusal is written
 * under it. Read-only for a role that may not edit; for one that may not lower labels, the labels
 * below the record's own cannot be picked.
 */
export function RecordSharing(p: {
  type: SharedRecordType;
  value: string | null;
  save: (sharing: string | null) => Promise<unknown>;
  testId: string;
}) {
  const mayEdit = usePermission('stock.edit');
  // Lowering decides what may leave the base: below the label the record has now, only an approver (exchange/label-change.ts).
  const mayLower = usePermission('exports.release');
  const defaults = useSharingDefaults();
  const floor = mayLower ? undefined : isTlpLabel(p.value) ? p.value : defaults?.[p.type];
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const change = (v: string) => {
    setError(undefined);
    setPicked(v);
    const saved = queue.current.then(async () => {
      try {
        await p.save(v || null);
      } catch (e) {
        setError(explain(e).message);
      } finally {
        // The page shows what is stored now; a later pick, still waiting, stays shown.
        setPicked((now) => (now === v ? null : now));
      }
    });
    queue.current = saved;
  };
  return (
    <SharingSelect
      type={p.type}
      value={picked ?? p.value ?? ''}
      onChange={change}
      testId={p.testId}
      error={error}
      disabled={!mayEdit}
      floor={floor}
    />
  );
}
