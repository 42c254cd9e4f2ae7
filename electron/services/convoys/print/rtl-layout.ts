/*
 * A page laid out right to left, for documents printed in Arabic. pdfmake lays everything out left
 * to right; bidi.ts puts the letters of each text in order, and this puts the page in order, as a
 * reader of Arabic expects it (and as the app's grids are in Arabic): table columns run from the
 * right (the line number at the right edge, the last column at the left), columns side by side
 * (the head's facts and QR code, the signature blocks, the page foot) are swapped, text is aligned
 * right unless it was centred, what was aligned right (numbers) is aligned left, and left and
 * right margins change places. Applied to the whole document definition before bidi.ts.
 */

type Node = unknown;

const ALIGN: Record<string, string> = { left: 'right', right: 'left' };

/** [left, top, right, bottom] becomes [right, top, left, bottom]; a two-number margin is already symmetric. */
const mirrorMargin = (m: unknown): unknown => (Array.isArray(m) && m.length === 4 ? [m[2], m[1], m[0], m[3]] : m);

/** A table's rows and widths reversed, unless a cell spans columns (none of ours does: left as it is). */
function mirrorTable(table: Record<string, unknown>): Record<string, unknown> {
  const body = table.body as Node[][];
  const spans = body.some((row) => row.some((cell) => typeof cell === 'object' && cell !== null && 'colSpan' in cell));
  if (spans) return { ...table, body: body.map((row) => row.map(mirror)) };
  return {
    ...table,
    body: body.map((row) => [...row].reverse().map(mirror)),
    ...(Array.isArray(table.widths) ? { widths: [...(table.widths as unknown[])].reverse() } : {}),
  };
}

function mirror(n: Node): Node {
  if (Array.isArray(n)) return n.map(mirror);
  if (typeof n === 'function') return (...args: unknown[]) => mirror((n as (...a: unknown[]) => unknown)(...args));
  if (n === null || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === 'alignment' && typeof v === 'string') out[k] = ALIGN[v] ?? v;
    else if (k === 'margin') out[k] = mirrorMargin(v);
    else if (k === 'columns' && Array.isArray(v)) out[k] = [...v].reverse().map(mirror);
    else if (k === 'table' && v && typeof v === 'object') out[k] = mirrorTable(v as Record<string, unknown>);
    else if (k === 'content' || k === 'stack' || k === 'header' || k === 'footer' || k === 'ul' || k === 'ol') out[k] = mirror(v);
    else out[k] = v;
  }
  return out;
}

/** The document mirrored for a right-to-left reader: its default alignment right, its columns and tables reversed. */
export function rtlDocument<T extends object>(doc: T): T {
  const d = mirror(doc) as Record<string, unknown>;
  return {
    ...d,
    pageMargins: mirrorMargin(d.pageMargins),
    defaultStyle: { ...(d.defaultStyle as object), alignment: 'right' },
  } as T;
}
