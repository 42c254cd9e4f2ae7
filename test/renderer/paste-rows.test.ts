import { describe, expect, it } from 'vitest';
import type { GridColumn } from '../../renderer/src/grid/columns';
import { parseClipboard } from '../../renderer/src/grid/paste';
import { blockText, decideRowsPaste, headerNames, problemsText } from '../../renderer/src/grid/pasteRows';

/** Issue 11 point 2: what a block pasted as new rows does — add it, or offer the import wizard. */
const COLUMNS: GridColumn[] = [
  { field: 'code', header: 'Code' },
  { field: 'name', header: 'Name' },
  { field: 'category', header: 'Category', type: 'choice' },
  { field: 'baseUnit', header: 'Base unit' },
  { field: 'unitWeightKg', header: 'Unit weight (kg)', type: 'number' },
];

describe('decideRowsPaste', () => {
  it('adds a block of data lines that fits the columns', () => {
    const block = parseClipboard('TARP-4X6\tTarpaulin 4x6 m\tshelter\teach\n SOAP-250\tSoap bar 250 g\thygiene\teach\n');
    expect(decideRowsPaste(block, COLUMNS)).toEqual({ kind: 'rows', block });
  });

  it('recognises a header line (any case, accents, spacing) and, when it follows the grid order, offers to leave it out', () => {
    const block = parseClipboard('code\tNAME\tCatégory\tbase_unit\nTARP\tTarpaulin\tshelter\teach\n');
    const d = decideRowsPaste(block, COLUMNS);
    expect(d).toEqual({
      kind: 'header',
      names: ['code', 'NAME', 'Catégory', 'base_unit'],
      rest: [['TARP', 'Tarpaulin', 'shelter', 'each']],
    });
  });

  it("a partner's sheet with its own column order or extra columns goes to the wizard only", () => {
    const partner = parseClipboard('Item name\tCode\tQty\tDonor\tWeight\nTarpaulin\tTARP\t4\tECHO\t2\n');
    const d = decideRowsPaste(partner, COLUMNS);
    expect(d.kind).toBe('header');
    if (d.kind === 'header') expect(d.rest).toBeNull();
  });

  it('offers the wizard for a block wider than the columns it fills, instead of refusing every cell', () => {
    const wide = parseClipboard(
      Array.from({ length: 3 }, (_, i) => Array.from({ length: 9 }, (__, j) => `v${i}${j}`).join('\t')).join('\n'),
    );
    expect(decideRowsPaste(wide, COLUMNS)).toEqual({ kind: 'tooWide', width: 9, count: 5 });
    // From a column further right fewer columns are left.
    expect(decideRowsPaste(parseClipboard('a\tb\tc'), COLUMNS.slice(3), COLUMNS)).toEqual({ kind: 'tooWide', width: 3, count: 2 });
  });

  it('does not take data for a header: codes and names that are not column names', () => {
    expect(headerNames(['Code-7', 'Name tag holder', 'shelter', 'each'], COLUMNS)).toBeNull();
    expect(headerNames(['Name', 'Blanket', 'nfi', 'each'], COLUMNS)).toBeNull(); // one hit of four
    expect(headerNames(['', '', ''], COLUMNS)).toBeNull();
    expect(headerNames(['Name'], COLUMNS)).toEqual(['Name']);
  });
});

describe('the text carried to the wizard and copied out of a refused paste', () => {
  it('gives the block back as the tab-separated text it was, quoting cells with tabs or line breaks', () => {
    const text = 'Code\tName\n"A\tB"\t"two\nlines"';
    expect(parseClipboard(blockText(parseClipboard(text)))).toEqual(parseClipboard(text));
  });

  it('copies every problem, not the first forty, with a header line', () => {
    const problems = Array.from({ length: 697 }, (_, i) => ({
      line: i + 1,
      target: `new item ${i + 1}`,
      column: 'Code',
      value: '',
      message: 'Code is required',
    }));
    const lines = parseClipboard(
      problemsText(problems, { line: 'Line', target: 'Goes to', column: 'Column', value: 'Value', problem: 'Problem' }),
    );
    expect(lines).toHaveLength(698);
    expect(lines[0]).toEqual(['Line', 'Goes to', 'Column', 'Value', 'Problem']);
    expect(lines[697]).toEqual(['697', 'new item 697', 'Code', '', 'Code is required']);
  });
});
