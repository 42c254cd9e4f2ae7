/**
 * Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab or carriage
 * return before one) is run as a formula by Excel and LibreOffice when a CSV is opened. Such text
 * gets a leading apostrophe, the OWASP advice, so it shows as typed and never runs. Numbers
 * written as numbers are left alone (a negative quantity is a number cell, not text).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
