import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import type { ApiError } from '../../../electron/api/result';
import { isEditable, type GridColumn } from './columns';
import type { Notice } from './GridMessages';
import { planPaste, type PastePlan, type PasteProblem, type PasteRowTarget } from './paste';
import { PasteUndo } from './pasteUndo';
import { decideRowsPaste, type RowsPasteDecision } from './pasteRows';
import type { GridRow, RecordNoun } from './records';
import type { RecordRows } from './useRecordRows';
import type { SaveBatch, SaveOutcome } from './useRecordSave';
import { issuesByRow, toPayload } from './validation';
import { t } from '../i18n';

interface PasteOptions {
  rows: RecordRows;
  columns: GridColumn[];
  schema: z.ZodType | undefined;
  noun: RecordNoun;
  describe: (row: Record<string, unknown>) => string;
  newRow: (() => Record<string, unknown>) | undefined;
  headerOf: (field: string) => string;
  save: ((build: SaveBatch, onRefused?: (error: ApiError) => void) => Promise<SaveOutcome>) | null;
  /** Removes a row the paste created (undo); false when the core refused. */
  removeRow: ((row: GridRow) => Promise<boolean>) | null;
  setNotice: (n: Notice | null) => void;
  /** A paste that creates rows replaces the half-typed new row. */
  onSaved: () => void;
}

/** A block that looks like a partner's sheet (a header row, or wider than the grid): what to offer instead of refusing it. */
export interface PasteOffer {
  decision: Exclude<RowsPasteDecision, { kind: 'rows' }>;
  block: string[][];
  /** Adds the block without its header line where it was going (when the header follows the grid's columns). */
  withoutHeader: (() => void) | null;
}

/** What undoing the last paste puts back: stored values of the records it changed, and the rows it added. */
interface LastPaste {
  restore: Map<string, Record<string, unknown>>;
  created: GridRow[];
}

/**
 * A spreadsheet block pasted onto a record grid: it fills right and down from the focused cell,
 * creates rows past the end, is checked cell by cell with the row schema and saved all or
 * nothing in one call; otherwise every bad cell is listed and nothing is written. A paste that
 * changes existing records first shows every change (record, column, before → after) and waits
 * for Apply. The last paste, as a whole, is undone by Ctrl+Z until a cell is edited after it.
 */
export function useRecordPaste(o: PasteOptions) {
  const { rows, columns, schema, noun, describe, newRow, headerOf, save, removeRow, setNotice, onSaved } = o;
  const [problems, setProblems] = useState<PasteProblem[]>([]);
  const [preview, setPreview] = useState<PastePlan | null>(null);
  const [offer, setOffer] = useState<PasteOffer | null>(null);
  const { apiRef, stored, errors, refreshRows } = rows;
  const undos = useRef(new PasteUndo<LastPaste>()).current;
  /** Where the block went, to give the grid the keyboard back after the preview (Ctrl+Z then reaches it). */
  const startCell = useRef<{ rowIndex: number; colId: string } | null>(null);
  const refocus = useCallback(() => {
    const a = apiRef.current;
    const at = startCell.current;
    if (a && !a.isDestroyed() && at) a.setFocusedCell(at.rowIndex, at.colId);
  }, [apiRef]);

  const apply = useCallback(
    (plan: PastePlan) => {
      if (!save) return;
      setPreview(null);
      const skipped = plan.skipped.length ? ` ${t('paste.skipped', { count: plan.skipped.length, columns: plan.skipped.join(', ') })}` : '';
      const restore = new Map<string, Record<string, unknown>>();
      for (const c of plan.changes) restore.set(c.key, { ...(restore.get(c.key) ?? {}), [c.field]: c.stored });
      const ticket = undos.start();
      void save(
        () => ({ payload: plan.payload, keys: plan.keys }),
        (error) => {
          const refused: PasteProblem[] = [];
          issuesByRow(error.issues).forEach((p, i) =>
            Object.entries(p).forEach(([field, message]) =>
              refused.push({
                line: plan.lines[i],
                target: plan.targets[i],
                column: headerOf(field),
                value: plan.pasted[i]?.get(field) ?? '',
                message,
              }),
            ),
          );
          setProblems(refused);
          if (refused.length === 0) {
            // Refused as a whole (busy, a stale row): no cell to name, so the reason is said here.
            setNotice({ kind: 'error', text: t('paste.nothingPasted', { message: error.message }) });
            return;
          }
          // The problem table names every refused cell and says nothing was written; the rows show
          // their stored values again, so their cells are not marked as unsaved edits as well.
          setNotice(null);
          const keys = plan.keys.filter((k): k is string => k !== null);
          for (const key of keys) errors.current.clear(key);
          refreshRows(keys);
        },
      ).then((r) => {
        if (!r.ok) return;
        onSaved();
        refocus();
        // No undo when a cell was edited while the paste was being saved: Ctrl+Z is that edit's.
        const undoable = undos.offer(ticket, { restore, created: (r.rows ?? []).filter((_, i) => plan.keys[i] === null) });
        const parts = [
          plan.updated ? t('paste.updatedN', { count: plan.updated }) : '',
          plan.created ? t('paste.addedN', { count: plan.created }) : '',
        ]
          .filter(Boolean)
          .join(t('paste.and'));
        setNotice({
          kind: 'success',
          text: `${t('paste.pasted', { parts, noun: plan.payload.length === 1 ? noun.one : noun.many })}${skipped}${undoable ? ` ${t('paste.undoHint')}` : ''}`,
        });
      });
    },
    [errors, headerOf, noun.many, noun.one, onSaved, refocus, refreshRows, save, setNotice, undos],
  );

  /** Checks a block going to `cols` (from `targets` down, new rows past them) and saves it, previews it, or lists its problems. */
  const plan = useCallback(
    (block: string[][], cols: GridColumn[], targets: PasteRowTarget[]) => {
      if (!schema) return;
      setOffer(null);
      setPreview(null);
      const decision = decideRowsPaste(block, cols, columns);
      if (decision.kind !== 'rows') {
        setProblems([]);
        setNotice(null);
        const rest = decision.kind === 'header' ? decision.rest : null;
        setOffer({ decision, block, withoutHeader: rest ? () => plan(rest, cols, targets) : null });
        return;
      }
      const p = planPaste({
        block,
        columns: cols,
        allColumns: columns,
        rows: targets,
        newRow: () => ({ ...(newRow?.() ?? {}) }),
        schema,
        noun: noun.one,
      });
      setProblems(p.problems);
      if (p.problems.length > 0) {
        setNotice(null); // the problem table says it all
        return;
      }
      if (p.payload.length === 0) return;
      if (p.changes.length > 0) {
        setNotice(null);
        setPreview(p); // existing records change: show what and wait for Apply
        return;
      }
      apply(p);
    },
    [apply, columns, newRow, noun.one, schema, setNotice],
  );

  const onBlock = useCallback(
    (block: string[][]) => {
      const a = apiRef.current;
      if (!a || !schema || !save) return;
      const focused = a.getFocusedCell();
      const displayedCols = a.getAllDisplayedColumns();
      const rowCount = a.getDisplayedRowCount();
      if (!focused && rowCount > 0) {
        setNotice({
          kind: 'info',
          text: t('paste.clickFirst'),
        });
        return;
      }
      const startCol = focused ? Math.max(0, displayedCols.indexOf(focused.column)) : 0;
      startCell.current = focused && !focused.rowPinned ? { rowIndex: focused.rowIndex, colId: focused.column.getColId() } : null;
      const byField = new Map(columns.map((c) => [c.field, c]));
      const cols = displayedCols
        .slice(startCol)
        .map((c) => byField.get(c.getColId()))
        .filter((c): c is GridColumn => Boolean(c));
      const targets: PasteRowTarget[] = [];
      if (focused && !focused.rowPinned) {
        for (let i = focused.rowIndex; i < rowCount && targets.length < block.length; i++) {
          const node = a.getDisplayedRowAtIndex(i);
          if (!node?.data) continue;
          const s = stored.current.get(node.data.id) ?? node.data;
          targets.push({ key: node.data.id, row: s, label: t('paste.rowLabel', { n: i + 1, row: describe(s) }) });
        }
      }
      plan(block, cols, targets);
    },
    [apiRef, columns, describe, plan, save, schema, setNotice, stored],
  );

  /** The editable columns as shown, left to right: the order a block pasted as new rows fills. */
  const newRowColumns = useCallback((): GridColumn[] => {
    const a = apiRef.current;
    const byField = new Map(columns.filter(isEditable).map((c) => [c.field, c]));
    const shown = a && !a.isDestroyed() ? a.getAllDisplayedColumns().map((c) => byField.get(c.getColId())) : columns.filter(isEditable);
    return shown.filter((c): c is GridColumn => Boolean(c));
  }, [apiRef, columns]);

  /** "Paste rows": every line of the block becomes a new record, whatever cell has the focus. */
  const pasteAsNew = useCallback(
    (block: string[][]) => {
      if (!schema || !save || block.length === 0) return;
      startCell.current = null;
      plan(block, newRowColumns(), []);
    },
    [newRowColumns, plan, save, schema],
  );

  /** Ctrl+Z right after a paste: puts back every value it changed and removes the rows it added. */
  const undo = useCallback((): boolean => {
    const last = undos.take();
    if (!last || !save) return false;
    const keys = [...last.restore.keys()];
    void (async () => {
      const restored = await save(
        () => ({
          payload: keys.map((k) => toPayload({ ...(stored.current.get(k) ?? {}), ...last.restore.get(k) })),
          keys,
        }),
        (error) => setNotice({ kind: 'error', text: t('paste.notUndone', { message: error.message }) }),
      );
      if (!restored.ok) return;
      let removed = 0;
      for (const row of last.created) if (removeRow && (await removeRow(row))) removed++;
      const parts = [
        keys.length ? t('paste.putBack', { count: keys.length, noun: keys.length === 1 ? noun.one : noun.many }) : '',
        last.created.length
          ? t('paste.removedAdded', {
              removed,
              count: last.created.length,
              noun: last.created.length === 1 ? noun.one : noun.many,
            })
          : '',
      ]
        .filter(Boolean)
        .join(', ');
      setNotice({ kind: removed === last.created.length ? 'info' : 'error', text: t('paste.undone', { parts }) });
    })();
    return true;
  }, [noun.many, noun.one, removeRow, save, setNotice, stored, undos]);

  return {
    onBlock: save && schema ? onBlock : undefined,
    pasteAsNew,
    newRowColumns,
    problems,
    dismiss: () => setProblems([]),
    offer,
    dismissOffer: () => setOffer(null),
    preview,
    apply: () => preview && apply(preview),
    cancelPreview: () => {
      setPreview(null);
      refocus();
      setNotice({ kind: 'info', text: t('paste.cancelled') });
    },
    undo,
    /** A cell edited after the paste: Ctrl+Z undoes that edit again, not the paste. */
    forget: useCallback(() => undos.forget(), [undos]),
  };
}
