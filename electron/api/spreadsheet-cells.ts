/**
 * Text that becomes code elsewhere: a spreadsheet program runs a cell starting with `=`, `+`, `-`
 * or `@` as a formula (and treats a leading tab or carriage return the same way once it trims
 * them), so a partner opening our CSV or XLSX could run `=HYPERLINK(…)` typed into a name. As
 * OWASP's CSV-injection guidance says, such a text cell is written with a leading single quote,
 * which spreadsheets show as text and do not display. Numbers stay numbers: a negative quantity is
 * a number cell, not a formula. Every export (the grids' and audit trail's CSV today, the core's
 * XLSX/CSV exports later) passes its text cells through here.
 */
export const FORMULA_PREFIXES: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** A text cell made safe to open in a spreadsheet; anything that is not a string is returned unchanged. */
export function neutraliseFormula<T>(value: T): T | string {
  if (typeof value !== 'string' || value.length === 0) return value;
  return FORMULA_PREFIXES.includes(value[0]) ? `'${value}` : value;
}

/** The cell text for an export: numbers (and empty cells) as they are, text neutralised. */
export function exportCell(raw: unknown, shown: string): string {
  return typeof raw === 'number' || typeof raw === 'bigint' ? shown : neutraliseFormula(shown);
}
