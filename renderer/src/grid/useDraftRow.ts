import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { ApiError } from '../../../electron/api/result';
import { DRAFT_KEY } from './cellErrors';
import type { Notice } from './GridMessages';
import type { RecordNoun } from './records';
import type { RecordRows } from './useRecordRows';
import type { SaveBatch, SaveOutcome } from './useRecordSave';
import type { GridColumn } from './columns';
import { checkGridRow, isBlank, toPayload } from './validation';
import { t } from '../i18n';

interface DraftOptions {
  rows: RecordRows;
  columns: GridColumn[];
  schema: z.ZodType | undefined;
  noun: RecordNoun;
  describe: (row: Record<string, unknown>) => string;
  newRow: (() => Record<string, unknown>) | undefined;
  headerOf: (field: string) => string;
  save: (build: SaveBatch, onRefused?: (error: ApiError) => void) => Promise<SaveOutcome>;
  setNotice: (n: Notice | null) => void;
}

/**
 * The new row pinned at the top of a record grid: filled in cell by cell, saved as soon as the
 * row schema accepts it, with a hint of the required fields still empty.
 */
export function useDraftRow({ rows, columns, schema, noun, describe, newRow, headerOf, save, setNotice }: DraftOptions) {
  const [draft, setDraft] = useState<Record<string, unknown> | null>(null);
  const { apiRef, errors, setRowErrors, rerender } = rows;

  const start = useCallback(() => {
    const a = apiRef.current;
    if (!a) return;
    const data = { ...(newRow?.() ?? {}) };
    a.setGridOption('pinnedTopRowData', [data]);
    errors.current.clear(DRAFT_KEY);
    setDraft(data);
    setNotice(null);
    const col = a.getAllDisplayedColumns().find((c) => c.isCellEditable(a.getPinnedTopRow(0)!)) ?? null;
    if (col) {
      a.ensureColumnVisible(col);
      a.setFocusedCell(0, col, 'top');
      a.startEditingCell({ rowIndex: 0, colKey: col, rowPinned: 'top' });
    }
  }, [apiRef, errors, newRow, setNotice]);

  const cancel = useCallback(() => {
    apiRef.current?.setGridOption('pinnedTopRowData', []);
    errors.current.clear(DRAFT_KEY);
    setDraft(null);
    rerender();
  }, [apiRef, errors, rerender]);

  const edited = useCallback(
    (data: Record<string, unknown>) => {
      if (!schema) return;
      const payload = toPayload(data);
      const check = checkGridRow(schema, columns, payload);
      if (!check.ok) {
        // Only filled-in cells are marked; empty required ones are listed in the hint instead.
        setRowErrors(DRAFT_KEY, Object.fromEntries(Object.entries(check.problems).filter(([f]) => f === '' || !isBlank(data[f]))));
        return;
      }
      setRowErrors(DRAFT_KEY, null);
      void save(
        () => ({ payload: [payload], keys: [DRAFT_KEY] }),
        (error) => setNotice({ kind: 'error', text: t('grid.newNotSaved', { noun: noun.one, message: error.message }) }),
      ).then((r) => {
        if (!r.ok) return;
        const a = apiRef.current;
        a?.setGridOption('pinnedTopRowData', []);
        errors.current.clear(DRAFT_KEY);
        setDraft(null);
        setNotice({ kind: 'success', text: t('grid.added', { noun: noun.one, row: describe(payload) }) });
        const col = a?.getFocusedCell()?.column;
        if (a && col) a.setFocusedCell(0, col);
      });
    },
    [apiRef, columns, describe, errors, noun.one, save, schema, setNotice, setRowErrors],
  );

  // The pinned row's own data object holds what has been typed into the new row so far.
  const data = draft ? ((rows.api?.getPinnedTopRow(0)?.data as Record<string, unknown> | undefined) ?? draft) : null;
  const check = data && schema ? checkGridRow(schema, columns, toPayload(data)) : null;
  const missing =
    check && !check.ok
      ? Object.keys(check.problems)
          .filter((f) => f !== '' && isBlank(data?.[f]))
          .map(headerOf)
      : [];

  return { open: draft !== null, start, cancel, edited, missing };
}
