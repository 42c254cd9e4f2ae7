import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../electron/api/exchange';
import { openTestCore, type TestCore } from '../helpers/core';
import { exportThroughJob, readCsv } from '../helpers/exports';

/**
 * An export sorted in memory (a sort that takes in a select, or a source SQL cannot sort) gives
 * the grid's own order (electron/api/grid-order.ts): a select by its words in the reader's
 * collation, not numeric; any other column by AG Grid's default comparator — code units, blanks
 * first — never a locale's numeric order. The values below sort differently in each of the three.
 */
let t: TestCore;

// Code-unit order (the grid's for a plain column): capitals before small letters, "1" before "9", "é" after "z".
const NAMES_IN_GRID_ORDER = ['B crate', 'a crate', 'item10', 'item9', 'zèbre kit', 'école kit'];

beforeAll(async () => {
  t = await openTestCore();
  const names = ['item9', 'école kit', 'a crate', 'zèbre kit', 'item10', 'B crate'];
  await t.core.call('items.save', {
    rows: names.map((name, i) => ({ code: `ORD-${i}`, name, category: 'shelter' as const, baseUnit: 'each' })),
  });
  const orgs = await t.core.call('organisations.save', {
    rows: ['OP9', 'op2', 'OP10'].map((shortName) => ({ name: `Operator ${shortName}`, shortName, kind: 'ngo' as const })),
  });
  await t.core.call('sites.save', {
    rows: orgs.map((o, i) => ({ code: `ORD-S${i}`, name: `Site ${i}`, kind: 'warehouse' as const, operatorOrgId: o.id })),
  });
});
afterAll(() => t?.cleanup());

const exported = async (req: ExportRequest) => (await readCsv((await exportThroughJob(t, req)).file)).slice(1);

describe('an export sorted in memory, in the grid’s order', () => {
  it('sorts a plain column by code units after a select (category, then name), both ways', async () => {
    for (const dir of ['asc', 'desc'] as const) {
      const rows = await exported({
        source: 'items',
        params: {},
        format: 'csv',
        hxl: false,
        columns: [{ colId: 'name' }],
        quickFilter: 'ORD-',
        sort: [
          { colId: 'category', sort: 'asc' },
          { colId: 'name', sort: dir },
        ],
      });
      const expected = dir === 'asc' ? NAMES_IN_GRID_ORDER : [...NAMES_IN_GRID_ORDER].reverse();
      expect(rows.map((r) => r[0])).toEqual(expected);
    }
  });

  it('puts blanks first (last when descending), as the grid does', async () => {
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Blank roles', shortName: 'BLK', kind: 'ngo' as const }] });
    const roles = ['log2', null, 'Log9', 'Log10'];
    await t.core.call('contacts.save', {
      rows: roles.map((role, i) => ({ organisationId: org.id, name: `Blank ${i}`, role })),
    });
    for (const dir of ['asc', 'desc'] as const) {
      const rows = await exported({
        source: 'contacts',
        params: { organisationId: org.id },
        format: 'csv',
        hxl: false,
        columns: [{ colId: 'name' }],
        sort: [
          { colId: 'sharing', sort: 'asc' }, // a select: the sort is gathered
          { colId: 'role', sort: dir },
        ],
      });
      const order = ['Blank 1', 'Blank 3', 'Blank 2', 'Blank 0']; // blank, Log10, Log9, log2
      expect(rows.map((r) => r[0])).toEqual(dir === 'asc' ? order : order.reverse());
    }
  });

  it('sorts a select by its words in the reader’s collation, not numerically', async () => {
    const rows = await exported({
      source: 'sites',
      params: {},
      format: 'csv',
      hxl: false,
      columns: [{ colId: 'operatorOrgId' }],
      quickFilter: 'ORD-S',
      sort: [{ colId: 'operatorOrgId', sort: 'asc' }],
    });
    // English collation: letters before case, digits one by one ("OP10" before "op2" before "OP9").
    expect(rows.map((r) => r[0])).toEqual(['OP10', 'op2', 'OP9']);
    expect(rows.map((r) => r[0])).toEqual(['OP9', 'op2', 'OP10'].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
