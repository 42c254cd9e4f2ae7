import { describe, expect, it } from 'vitest';
import { siteRow } from '../../electron/api/sites';
import type { GridColumn } from '../../renderer/src/grid/columns';
import { parseClipboard, planPaste, type PasteRowTarget } from '../../renderer/src/grid/paste';
import { setLocale } from '../../renderer/src/locale/current';
import { DEFAULT_LOCALE } from '../../renderer/src/locale/settings';

describe('parseClipboard', () => {
  it('reads a tab-separated block with Windows line endings and drops the trailing empty line spreadsheets add', () => {
    expect(parseClipboard('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps tabs, quotes and line breaks inside quoted cells', () => {
    expect(parseClipboard('"x\ty"\t"say ""hi"""\n"two\nlines"\tz')).toEqual([
      ['x\ty', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('pads short lines to the width of the block and keeps empty lines inside it', () => {
    expect(parseClipboard('a\tb\tc\n\nd')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['d', '', ''],
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(parseClipboard('')).toEqual([]);
    expect(parseClipboard('\t\n \n')).toEqual([]);
  });
});

const KINDS = [
  { value: 'warehouse', label: 'Warehouse' },
  { value: 'forward_base', label: 'Forward base' },
];
const COLUMNS: GridColumn[] = [
  { field: 'code', header: 'Code' },
  { field: 'name', header: 'Name' },
  { field: 'kind', header: 'Kind', type: 'choice', choices: KINDS },
  { field: 'createdAt', header: 'Created', editable: false },
  { field: 'latitude', header: 'Latitude', type: 'number' },
];
const ID = '0190a0a0-0000-7000-8000-000000000001';
const existing = (over: Record<string, unknown> = {}): PasteRowTarget => ({
  key: ID,
  label: 'row 1 (FOB-N)',
  row: { id: ID, version: 3, code: 'FOB-N', name: 'FOB North', kind: 'forward_base', latitude: null, createdAt: '2026-01-01', ...over },
});
const plan = (block: string[][], rows: PasteRowTarget[] = [], from = 0) =>
  planPaste({ block, columns: COLUMNS.slice(from), allColumns: COLUMNS, rows, newRow: () => ({}), schema: siteRow, noun: 'site' });

describe('planPaste', () => {
  it('updates the rows below the focused cell and creates rows past the end, choices by label or value', () => {
    const p = plan(
      [
        ['FOB-N', 'FOB North (renamed)', 'Forward base'],
        ['wh-2', 'Second warehouse', 'warehouse'],
        ['', '', ''],
      ],
      [existing()],
    );
    expect(p.problems).toEqual([]);
    expect(p.keys).toEqual([ID, null]);
    expect(p.updated).toBe(1);
    expect(p.created).toBe(1);
    expect(p.payload[0]).toMatchObject({ id: ID, version: 3, name: 'FOB North (renamed)', kind: 'forward_base' });
    // Bookkeeping fields are never sent.
    expect(p.payload[0]).not.toHaveProperty('createdAt');
    expect(p.payload[1]).toMatchObject({ code: 'wh-2', kind: 'warehouse' });
    expect(p.lines).toEqual([1, 2]);
    expect(p.targets).toEqual(['row 1 (FOB-N)', 'new site 1']);
  });

  it('lists every bad cell with its pasted line, target, column and value', () => {
    const p = plan(
      [
        ['FOB-N', 'FOB North', 'spaceport'],
        ['X', '', 'warehouse'],
      ],
      [existing()],
    );
    expect(p.problems).toEqual([
      expect.objectContaining({ line: 1, target: 'row 1 (FOB-N)', column: 'Kind', value: 'spaceport' }),
      expect.objectContaining({ line: 2, target: 'new site 1', column: 'Code', value: 'X' }),
      expect.objectContaining({ line: 2, target: 'new site 1', column: 'Name', value: '' }),
    ]);
    expect(p.problems[0].message).toContain('Warehouse, Forward base');
  });

  it('refuses a block wider than the columns right of the focused cell', () => {
    const p = plan([['a', 'b', 'c']], [], 3);
    expect(p.payload).toEqual([]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].message).toContain('3 columns wide but only 2 columns');
  });

  it('skips read-only columns the block covers and says which', () => {
    const p = plan([['warehouse', 'ignored', '4.5']], [existing()], 2);
    expect(p.problems).toEqual([]);
    expect(p.skipped).toEqual(['Created']);
    expect(p.payload[0]).toMatchObject({ kind: 'warehouse', latitude: 4.5 }); // read in the locale, sent as a number
  });

  it('reads numbers in the locale and refuses ambiguous ones at the cell, writing nothing', () => {
    setLocale({ ...DEFAULT_LOCALE, language: 'fr' });
    try {
      for (const [text, value] of [
        ['12,5', 12.5],
        ['\u2212 3,25', -3.25],
        ['45.5', 45.5],
      ] as const) {
        const ok = plan([[text]], [existing()], 4);
        expect(ok.problems).toEqual([]);
        expect(ok.payload[0].latitude).toBe(value);
      }
      const bad = plan([['1,234']], [existing()], 4);
      expect(bad.problems).toEqual([
        {
          line: 1,
          target: 'row 1 (FOB-N)',
          column: 'Latitude',
          value: '1,234',
          message: '"1,234" can be read two ways: type 1234 for the whole number or 1,2340 for the decimal',
        },
      ]);
    } finally {
      setLocale(DEFAULT_LOCALE);
    }
  });

  it('lists what it changes in existing records, before → after, and nothing for cells pasted unchanged or new rows', () => {
    const p = plan(
      [
        ['FOB-N', 'Overwritten by paste', 'warehouse'],
        ['NEW-1', 'New one', 'warehouse'],
      ],
      [existing()],
    );
    expect(p.changes).toEqual([
      {
        key: ID,
        target: 'row 1 (FOB-N)',
        field: 'name',
        column: 'Name',
        before: 'FOB North',
        after: 'Overwritten by paste',
        stored: 'FOB North',
      },
      {
        key: ID,
        target: 'row 1 (FOB-N)',
        field: 'kind',
        column: 'Kind',
        before: 'Forward base',
        after: 'Warehouse',
        stored: 'forward_base',
      },
    ]);
    expect(plan([['FOB-N', 'FOB North', 'Forward base']], [existing()]).changes).toEqual([]);
  });

  it('refuses to paste over an archived row', () => {
    const p = plan([['FOB-N']], [existing({ archived: true })]);
    expect(p.problems.map((x) => x.message)).toEqual(['This row is archived; restore it before pasting over it']);
  });
});
