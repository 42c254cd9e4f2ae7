import { describe, expect, it } from 'vitest';
import { exportCell, FORMULA_PREFIXES, neutraliseFormula } from '../../electron/api/spreadsheet-cells';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it('prefixes every text cell starting with = + - @ tab or CR with a single quote', () => {
    expect(FORMULA_PREFIXES).toEqual(['=', '+', '-', '@', '\t', '\r']);
    for (const p of FORMULA_PREFIXES) expect(neutraliseFormula(`${p}cmd|' /C calc'!A0`)).toBe(`'${p}cmd|' /C calc'!A0`);
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('leaves other text, empty cells and non-text values alone', () => {
    expect(neutraliseFormula('Rice 25 kg')).toBe('Rice 25 kg');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula(null)).toBe(null);
    expect(neutraliseFormula(true)).toBe(true);
  });

  it('exportCell keeps numbers as numbers and neutralises the text of text cells', () => {
    expect(exportCell(-40, '-40')).toBe('-40');
    expect(exportCell(-1.5, '-1.5')).toBe('-1.5');
    expect(exportCell('-40', '-40')).toBe("'-40");
    expect(exportCell('@here', '@here')).toBe("'@here");
    expect(exportCell(null, '')).toBe('');
  });
});
