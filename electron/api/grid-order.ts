/*
 * How the renderer's grids sort, written once so an export sorts its rows the same way
 * (services/exchange/grid-view.ts and rows.ts) and the grids' selects use the same words order
 * (renderer/src/grid/columns.ts). Two orders exist, and only two:
 *
 * - A column with no comparator of its own (every column but a select): AG Grid's default
 *   comparator (ag-stack's `_defaultComparator`; no grid sets `accentedSort`), on the cell's value.
 * - A select (a choice column): the words it shows, in the reader's language's collation.
 */

/**
 * AG Grid's default comparator with `accentedSort` off: blanks (null, undefined) first, then
 * JavaScript's < and >: numbers by value, text by UTF-16 code unit — "B" before "a", "item10"
 * before "item9", "zèbre" before "école". SQLite's BINARY collation with NULLs first gives the
 * same order for text (UTF-8 byte order differs from code units only past U+FFFF, against
 * U+E000–U+FFFF), which is why rows.ts may sort such columns in SQL.
 */
export function gridValueOrder(a: unknown, b: unknown): number {
  if (a == null) return b == null ? 0 : -1;
  if (b == null) return 1;
  // As AG Grid compares them, whatever their types (a number and a text compare as JavaScript does).
  const x = a as string | number;
  const y = b as string | number;
  return x > y ? 1 : x < y ? -1 : 0;
}

const collators = new Map<string, Intl.Collator>();

/**
 * A select's order: its words in the collation of `language` (the reader's), as
 * `String.prototype.localeCompare(b, language)` with no options — letters before case and
 * accents ("a" with "B"), digits one by one ("Org10" before "Org9"). A blank select shows "".
 */
export function gridLabelOrder(a: string, b: string, language: string): number {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language)));
  return collator.compare(a, b);
}
