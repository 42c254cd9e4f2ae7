import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { ApiError } from '../../../electron/api/result';
import type { GridColumn } from './columns';
import type { Notice } from './GridMessages';
import { planPaste, type PasteProblem, type PasteRowTarget } from './paste';
import type { RecordNoun } from './records';
import type { RecordRows } from './useRecordRows';
import type { SaveBatch, SaveOutcome } from './useRecordSave';
import { issuesByRow } from './validation';

interface PasteOptions {
  rows: RecordRows;
  columns: GridColumn[];
  schema: z.ZodType | undefined;
  noun: RecordNoun;
  describe: (row: Record<string, unknown>) => string;
  newRow: (() => Record<string, unknown>) | undefined;
  headerOf: (field: string) => string;
  save: ((build: SaveBatch, onRefused?: (error: ApiError) => void) => Promise<SaveOutcome>) | null;
  setNotice: (n: Notice | null) => void;
  /** A paste that creates rows replaces the half-typed new row. */
  onSaved: () => void;
}

/**
 * A spreadsheet block pasted onto a record grid: it fills right and down from the focused cell,
 * creates rows past the end, is checked cell by cell with the row schema and saved all or
 * nothing in one call; otherwise every bad cell is listed and nothing is written.
 */
export function useRecordPaste({ rows, columns, schema, noun, describe, newRow, headerOf, save, setNotice, onSaved }: PasteOptions) {
  const [problems, setProblems] = useState<PasteProblem[]>([]);
  const { apiRef, stored } = rows;

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
          text: 'Click the cell where the pasted block should start (its top-left corner), then press Ctrl+V again.',
        });
        return;
      }
      const startCol = focused ? Math.max(0, displayedCols.indexOf(focused.column)) : 0;
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
          targets.push({ key: node.data.id, row: s, label: `row ${i + 1} (${describe(s)})` });
        }
      }
      const plan = planPaste({
        block,
        columns: cols,
        allColumns: columns,
        rows: targets,
        newRow: () => ({ ...(newRow?.() ?? {}) }),
        schema,
        noun: noun.one,
      });
      setProblems(plan.problems);
      if (plan.problems.length > 0) {
        setNotice(null); // the problem table says it all
        return;
      }
      if (plan.payload.length === 0) return;
      const skipped = plan.skipped.length
        ? ` Skipped read-only column${plan.skipped.length > 1 ? 's' : ''}: ${plan.skipped.join(', ')}.`
        : '';
      void save(
        () => ({ payload: plan.payload, keys: plan.keys }),
        (error) => {
          const refused: PasteProblem[] = [];
          issuesByRow(error.issues).forEach((p, i) =>
            Object.entries(p).forEach(([field, message]) =>
              refused.push({ line: plan.lines[i], target: plan.targets[i], column: headerOf(field), value: '', message }),
            ),
          );
          setProblems(refused);
          setNotice({ kind: 'error', text: `Nothing was pasted: ${error.message}` });
        },
      ).then((r) => {
        if (!r.ok) return;
        onSaved();
        const parts = [plan.updated ? `updated ${plan.updated}` : '', plan.created ? `added ${plan.created}` : '']
          .filter(Boolean)
          .join(' and ');
        setNotice({ kind: 'success', text: `Pasted: ${parts} ${plan.payload.length === 1 ? noun.one : noun.many} in one save.${skipped}` });
      });
    },
    [apiRef, columns, describe, headerOf, newRow, noun.many, noun.one, onSaved, save, schema, setNotice, stored],
  );

  return { onBlock: save && schema ? onBlock : undefined, problems, dismiss: () => setProblems([]) };
}
