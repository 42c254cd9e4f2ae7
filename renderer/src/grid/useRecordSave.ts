import type { IRowNode } from 'ag-grid-community';
import { useCallback, useState } from 'react';
import type { ApiError } from '../../../electron/api/result';
import { applySavedRows, queryClient } from '../app/queries';
import { invoke } from '../lib/api';
import { DRAFT_KEY } from './cellErrors';
import { copyRow, type GridRow, type RecordNoun, type RecordOps } from './records';
import type { RecordRows } from './useRecordRows';
import { useSaveQueue } from './useSaveQueue';
import { issuesByRow } from './validation';
import { t } from '../i18n';

export interface SaveOutcome {
  ok: boolean;
  error?: ApiError;
  /** The rows as the core stored them, in the order sent. */
  rows?: GridRow[];
}

/** What one save sends: the rows, and per row the grid key it came from (null or the draft key for a new row). */
export type SaveBatch = () => { payload: Record<string, unknown>[]; keys: (string | null)[] };

/** From this many rows a save says so and greys the grid out. */
const SAVE_PROGRESS_FROM = 50;

/**
 * Saving a record grid's rows: each save is one all-or-nothing call, queued behind the others;
 * the grid then applies exactly the rows the core stored. A refused save puts the rows back as
 * stored and marks every refused cell with the core's message.
 */
export function useRecordSave(ops: RecordOps, noun: RecordNoun, rows: RecordRows) {
  const { enqueue, pending } = useSaveQueue();
  const [busy, setBusy] = useState<string | null>(null);
  const { apiRef, stored, unsaved, errors, countDisplayed, rerender, refreshRows, revertRow } = rows;

  const send = useCallback(
    async (build: SaveBatch, onRefused?: (error: ApiError) => void): Promise<SaveOutcome> => {
      // Built when its turn comes, from the rows as last stored.
      const { payload, keys } = build();
      if (!ops.save || payload.length === 0) return { ok: true };
      const large = payload.length >= SAVE_PROGRESS_FROM;
      if (large) {
        setBusy(t('grid.savingRows', { count: payload.length, noun: noun.many }));
        apiRef.current?.setGridOption('loading', true);
      }
      try {
        const r = await invoke(ops.save, { rows: payload } as never);
        const a = apiRef.current;
        if (!a || a.isDestroyed()) return { ok: r.ok };
        if (r.ok) {
          const update: GridRow[] = [];
          const add: GridRow[] = [];
          (r.value as GridRow[]).forEach((row, i) => {
            stored.current.set(row.id, row);
            if (keys[i] && keys[i] !== DRAFT_KEY && a.getRowNode(row.id)) {
              // Keep edits typed into the row while this save was on its way.
              update.push({ ...copyRow(row), ...(unsaved.current.get(row.id) ?? {}) });
              errors.current.clear(row.id);
            } else add.push(copyRow(row));
          });
          a.applyTransaction({ update, add, addIndex: 0 });
          // The cached list takes the saved rows too, so this save's `changed` event finds
          // nothing stale and the list is not fetched again.
          applySavedRows(ops.list, r.value as GridRow[]);
          if (add.length) a.flashCells({ rowNodes: add.map((x) => a.getRowNode(x.id)).filter((n): n is IRowNode<GridRow> => Boolean(n)) });
          countDisplayed();
          rerender();
          return { ok: true, rows: r.value as GridRow[] };
        }
        const byRow = issuesByRow(r.error.issues);
        keys.forEach((key, i) => {
          if (key && key !== DRAFT_KEY) revertRow(key);
          const problems = byRow.get(i);
          if (key && problems) {
            errors.current.set(key, Object.fromEntries(Object.entries(problems).map(([f, m]) => [f, t('grid.notSaved', { message: m })])));
          }
        });
        // A stale version or a vanished row: what the grid shows is out of date.
        if (
          r.error.code === 'conflict' ||
          r.error.code === 'not_found' ||
          byRow.size === 0 ||
          [...byRow.values()].some((p) => 'version' in p || 'id' in p)
        ) {
          void queryClient.invalidateQueries({ queryKey: [ops.list] });
        }
        refreshRows(keys.filter((k): k is string => Boolean(k)));
        onRefused?.(r.error);
        return { ok: false, error: r.error };
      } finally {
        if (large) {
          setBusy(null);
          apiRef.current?.setGridOption('loading', false);
        }
      }
    },
    [apiRef, countDisplayed, errors, noun.many, ops.list, ops.save, refreshRows, rerender, revertRow, stored, unsaved],
  );

  const save = useCallback(
    (build: SaveBatch, onRefused?: (error: ApiError) => void) => enqueue(() => send(build, onRefused)),
    [enqueue, send],
  );

  /** Runs after the saves already queued, with the version the last of them stored (optimistic locking). */
  const afterSaves = useCallback(
    <T>(row: GridRow, job: (version: number) => Promise<T>): Promise<T> =>
      enqueue(() => job(stored.current.get(row.id)?.version ?? row.version)),
    [enqueue, stored],
  );

  return { save, afterSaves, pending, busy };
}
