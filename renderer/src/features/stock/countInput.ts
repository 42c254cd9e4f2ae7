import { readNumber } from '../../locale/current';
import { refusalText } from '../../locale/messages';
import { t } from '../../i18n';

/** What a counter typed or pasted into a Counted cell, read as a count. */
export type CountedInput = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * A typed or pasted count: blank clears the line, otherwise a whole number ≥ 0 written in the
 * locale ("1 200"; "1,200" in English); "1,200" in French is refused as ambiguous.
 */
export function parseCounted(text: unknown): CountedInput {
  if (text == null) return { ok: true, value: null };
  if (typeof text === 'number')
    return Number.isInteger(text) && text >= 0 ? { ok: true, value: text } : { ok: false, message: t('count.wholeNumber') };
  const typed = String(text).trim();
  const r = readNumber(typed);
  if (!r.ok && r.refusal.code === 'ambiguousNumber') return { ok: false, message: refusalText(r.refusal) };
  if (!r.ok || (r.value != null && (!Number.isInteger(r.value) || r.value < 0)))
    return { ok: false, message: t('locale.notCount', { text: typed }) };
  return { ok: true, value: r.value };
}

/** What a count sheet shows of a line, to name it in a paste problem. */
interface SheetLine {
  id: string;
  lineNo: number;
  itemCode: string | null;
}

/**
 * A block pasted on a count sheet: one column of counts, from the focused Counted cell down.
 * Either every pasted line lands on a sheet line as a count, or nothing is saved and every
 * problem is listed (the first entry says so).
 */
export function planCountPaste(
  block: string[][],
  focusedColumn: string,
  lineAt: (offset: number) => SheetLine | undefined,
): { lines: { lineId: string; counted: number | null }[]; problems: string[] } {
  if (focusedColumn !== 'counted')
    return {
      lines: [],
      problems: [t('count.pasteClickFirst')],
    };
  if (block.some((cells) => cells.length > 1))
    return {
      lines: [],
      problems: [t('count.pasteTooWide', { count: Math.max(...block.map((c) => c.length)) })],
    };
  const problems: string[] = [];
  const lines: { lineId: string; counted: number | null }[] = [];
  block.forEach((cells, k) => {
    const line = lineAt(k);
    if (!line) {
      problems.push(t('count.pasteNoLineBelow', { n: k + 1 }));
      return;
    }
    const parsed = parseCounted(cells[0]);
    if (!parsed.ok)
      problems.push(t('count.pasteLineProblem', { n: k + 1, line: line.lineNo, item: line.itemCode ?? '', message: parsed.message }));
    else lines.push({ lineId: line.id, counted: parsed.value });
  });
  if (problems.length) return { lines: [], problems: [t('count.pasteRefused', { count: problems.length }), ...problems.slice(0, 30)] };
  return { lines, problems: [] };
}

/** A count sheet's totals: lines, lines counted, lines whose count differs from what was expected, net difference. */
export function countSummary(lines: Iterable<{ counted: number | null; expected: number | null }>) {
  const sum = { lines: 0, counted: 0, differences: 0, net: 0 };
  // A blind count's lines come without what was expected: its differences are not known here.
  let blind = false;
  for (const l of lines) {
    sum.lines++;
    if (l.expected == null) blind = true;
    if (l.counted == null || l.expected == null) {
      if (l.counted != null) sum.counted++;
      continue;
    }
    sum.counted++;
    if (l.counted !== l.expected) sum.differences++;
    sum.net += l.counted - l.expected;
  }
  return blind ? { ...sum, differences: null, net: null } : sum;
}
