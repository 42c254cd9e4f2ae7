import { useCallback, useState } from 'react';
import type { ApiError, Result } from '../../../electron/api/result';
import { t } from '../i18n';
import type { PasteProblem } from './paste';
import { columnsNamed, headerNames } from './pasteRows';

/** A column a pasted line can fill: what the core calls it, and the header the screen shows. */
export interface PasteColumn<F extends string> {
  field: F;
  header: string;
}

interface Options<F extends string, R> {
  /** The columns a line fills, in the grid's order (a block without a header line fills them left to right). */
  columns: PasteColumn<F>[];
  /** Sends the cells to the core, which reads, checks and adds them all or nothing. */
  send: (fields: F[], rows: string[][]) => Promise<Result<R>>;
  onPasted: (result: R, lines: number) => void;
}

/**
 * "Paste rows…" for lines the core reads itself (a stock document's lines, a count's found
 * stock): the block's first line may name the columns (in any order; a column it does not name is
 * left out), else the block fills the columns left to right. The cells go to the core as text; its
 * refusal names each bad cell by row and column, shown as the record grids show a refused paste.
 */
export function usePastedLines<F extends string, R>({ columns, send, onPasted }: Options<F, R>) {
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<PasteProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const onBlock = useCallback(
    async (block: string[][]) => {
      setProblems([]);
      setMessage(null);
      const headers = columns.map((c) => c.header);
      let fields: (F | null)[];
      let rows = block;
      let headerLines = 0;
      if (headerNames(block[0], columns)) {
        const named = columnsNamed(block[0], columns);
        if (named.unknown.length > 0) {
          setMessage(t('linePaste.unknownHeader', { names: named.unknown.join(', '), columns: headers.join(', ') }));
          return;
        }
        fields = named.columns.map((c) => c?.field ?? null);
        rows = block.slice(1);
        headerLines = 1;
      } else {
        const width = block[0]?.length ?? 0;
        if (width > columns.length) {
          setMessage(t('linePaste.tooWide', { width, count: columns.length, columns: headers.join(', ') }));
          return;
        }
        fields = columns.slice(0, width).map((c) => c.field);
      }
      const keep = fields.flatMap((f, j) => (f ? [j] : []));
      const lines = rows.map((r, k) => ({ k, cells: keep.map((j) => r[j] ?? '') })).filter((l) => l.cells.some((c) => c.trim() !== ''));
      if (lines.length === 0) return;
      const sent = keep.map((j) => fields[j]!);
      setBusy(t('linePaste.adding', { count: lines.length }));
      const r = await send(
        sent,
        lines.map((l) => l.cells),
      );
      setBusy(null);
      if (r.ok) {
        onPasted(r.value, lines.length);
        return;
      }
      const placed = problemsOf(r.error, sent, columns, lines, headerLines);
      setProblems(placed);
      if (placed.length === 0) setMessage(r.error.message);
    },
    [columns, onPasted, send],
  );

  return {
    open,
    setOpen,
    onBlock: (block: string[][]) => void onBlock(block),
    problems,
    busy,
    message,
    dismiss: () => {
      setProblems([]);
      setMessage(null);
    },
  };
}

/** The core's issues ([rows, k, column index or field]) as the problem table's rows. */
function problemsOf<F extends string>(
  error: ApiError,
  sent: F[],
  columns: PasteColumn<F>[],
  lines: { k: number; cells: string[] }[],
  headerLines: number,
): PasteProblem[] {
  const headerOf = (f: string) => columns.find((c) => c.field === f)?.header ?? f;
  return (error.issues ?? [])
    .filter((i) => i.path[0] === 'rows' && typeof i.path[1] === 'number')
    .map((i) => {
      const n = i.path[1] as number;
      const col = i.path[2];
      const line = lines[n];
      return {
        line: (line?.k ?? n) + 1 + headerLines,
        target: t('linePaste.newLine', { n: n + 1 }),
        column: typeof col === 'number' ? headerOf(sent[col]) : headerOf(String(col ?? '')),
        value: typeof col === 'number' ? (line?.cells[col] ?? '') : '',
        message: i.message,
      };
    });
}
