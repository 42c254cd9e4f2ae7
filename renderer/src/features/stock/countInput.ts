/** What a counter typed or pasted into a Counted cell, read as a count. */
export type CountedInput = { ok: true; value: number | null } | { ok: false; message: string };

/** A typed or pasted count: blank clears the line, otherwise a whole number ≥ 0 ("1 200" and "1,200" are fine). */
export function parseCounted(text: unknown): CountedInput {
  if (text == null) return { ok: true, value: null };
  if (typeof text === 'number')
    return Number.isInteger(text) && text >= 0
      ? { ok: true, value: text }
      : { ok: false, message: 'Counted must be a whole number, 0 or more' };
  const s = String(text)
    .trim()
    .replace(/[\s,']/g, '');
  if (s === '') return { ok: true, value: null };
  if (!/^\d+$/.test(s))
    return { ok: false, message: `"${String(text).trim()}" is not a count: type a whole number, 0 or more (blank = not counted yet)` };
  return { ok: true, value: Number(s) };
}
