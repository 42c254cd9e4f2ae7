import fc from 'fast-check';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../electron/api/exchange';
import type { CellType } from '../../electron/services/exchange/columns';
import { prepare, rowsOf } from '../../electron/services/exchange/plan';
import { csvCellGeneral, csvCellOf } from '../../electron/services/exchange/writers/cells';
import { openCsv } from '../../electron/services/exchange/writers/csv';
import { openTestCore, type TestCore } from '../helpers/core';
import { exportThroughJob, readCsv } from '../helpers/exports';

/**
 * The CSV export's lean path (issue 12's CSV figure): record grids read by position and sorted by
 * SQL where SQL sorts as the grid does, the common cells written by short paths that must give the
 * general path's text, and lines encoded into chunks as they are made.
 */
let t: TestCore;

const NAMES = ['apple crate', 'Zebra board', 'Émile kit', '10 litre jerrycan', '9 litre bucket', 'zinc sheet'];
const DG = [null, '3', null, '2.1', '9', null];

beforeAll(async () => {
  t = await openTestCore();
  await t.core.call('items.save', {
    rows: NAMES.map((name, i) => ({
      code: `ITM-${i}`,
      name,
      category: i % 2 ? ('shelter' as const) : ('wash' as const),
      baseUnit: i % 3 ? 'kg' : 'each',
      dgClass: DG[i],
      unNumber: DG[i] ? 'UN1203' : null,
    })),
  });
});
afterAll(() => t?.cleanup());

/** AG Grid's default comparator (ag-stack's _defaultComparator, accentedSort off): blanks first, then code-unit order. */
const gridOrder = (a: string | null, b: string | null) => (a == null ? (b == null ? 0 : -1) : b == null ? 1 : a > b ? 1 : a < b ? -1 : 0);

const request = (sort: ExportRequest['sort']): ExportRequest => ({ source: 'items', params: {}, format: 'csv', hxl: false, sort });

describe('record grid exports, read by position', () => {
  it('a grid sorted on a stored field is sorted by SQL as the grid sorts it, and streams (one view, read as it comes)', async () => {
    for (const dir of ['asc', 'desc'] as const) {
      const { file } = await exportThroughJob(t, {
        ...request([{ colId: 'name', sort: dir }]),
        columns: [{ colId: 'code' }, { colId: 'name' }],
      });
      const names = (await readCsv(file)).slice(1).map((r) => r[1]);
      const expected = [...NAMES].sort(gridOrder);
      expect(names).toEqual(dir === 'asc' ? expected : expected.reverse());
    }
    // A blank sorts first, as in the grid; ties keep the source's order (by code).
    const { file } = await exportThroughJob(t, { ...request([{ colId: 'dgClass', sort: 'asc' }]), columns: [{ colId: 'code' }] });
    expect((await readCsv(file)).slice(1).map((r) => r[0])).toEqual(['ITM-0', 'ITM-2', 'ITM-5', 'ITM-3', 'ITM-1', 'ITM-4']);

    const ctx = t.core.context('jobs.start');
    const req = request([{ colId: 'name', sort: 'desc' }]);
    const it = rowsOf(prepare(ctx, req), req).rows[Symbol.iterator]();
    const first = it.next().value!;
    expect(first.name).toBe('Émile kit'); // É (U+00C9) comes after z in code-unit order, as in the grid
    const second = it.next().value!;
    expect(second).toBe(first); // the same view object, now showing the next row: nothing was gathered
    expect(second.name).toBe('zinc sheet');
    it.return?.(undefined); // a read left half-way holds the connection until its statement is closed
  });

  it('a sort on what the grid shows as words (a category label, a select) is gathered and sorted in memory, in the grid’s order', async () => {
    const ctx = t.core.context('jobs.start');
    for (const sort of [[{ colId: 'category', sort: 'asc' as const }], [{ colId: 'baseUnit', sort: 'desc' as const }]]) {
      const req = request(sort);
      const it = rowsOf(prepare(ctx, req), req).rows[Symbol.iterator]();
      const a = it.next().value!;
      const b = it.next().value!;
      expect(b).not.toBe(a); // rows as objects: the sort needed them all
      it.return?.(undefined);
    }
    const { file } = await exportThroughJob(t, { ...request([{ colId: 'category', sort: 'asc' }]), columns: [{ colId: 'category' }] });
    expect((await readCsv(file)).slice(1).map((r) => r[0])).toEqual(['Shelter', 'Shelter', 'Shelter', 'WASH', 'WASH', 'WASH']);
  });
});

describe('the vehicle registry (and the thresholds), one SQL statement each, read by position too', () => {
  it('a vehicle export sorted by plate streams in SQL order, its Sharing column each row’s own label', async () => {
    await t.core.call('vehicles.save', {
      rows: [
        { plate: 'B-200', kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30, sharing: 'AMBER' },
        { plate: 'A-100', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 40 },
        { plate: 'C-300', kind: 'pickup', payloadKg: 900, cargoVolumeM3: 3, sharing: 'RED' },
      ],
    });
    const ctx = t.core.context('jobs.start');
    const req: ExportRequest = { source: 'vehicles', params: {}, format: 'csv', hxl: false, sort: [{ colId: 'plate', sort: 'desc' }] };
    const it = rowsOf(prepare(ctx, req), req).rows[Symbol.iterator]();
    try {
      const first = it.next().value!;
      expect(first.plate).toBe('C-300');
      expect(it.next().value).toBe(first); // one view object: read as it comes
    } finally {
      it.return?.(undefined);
    }
    const { file } = await exportThroughJob(t, { ...req, columns: [{ colId: 'plate' }, { colId: 'sharing' }] });
    const defaults = await t.core.call('sharing.defaults', {});
    expect((await readCsv(file)).slice(1).map((r) => r.join(' '))).toEqual([
      'C-300 TLP:RED',
      'B-200 TLP:AMBER',
      `A-100 TLP:${defaults.vehicle}`,
    ]);
  });
});

describe('the Sharing column of a record grid', () => {
  it('is filtered and sorted on each row’s own label, read by position or as objects', async () => {
    await t.core.call('organisations.save', {
      rows: [
        { name: 'Alpha Aid', shortName: 'AAA', kind: 'ngo', sharing: 'RED' },
        { name: 'Bravo Relief', shortName: 'BBB', kind: 'ngo', sharing: 'AMBER' },
        { name: 'Charlie Care', shortName: 'CCC', kind: 'ngo', sharing: 'RED' },
      ],
    });
    const columns = [{ colId: 'shortName' }, { colId: 'sharing' }];
    const red = await exportThroughJob(t, {
      source: 'organisations',
      format: 'csv',
      columns,
      filterModel: { sharing: { filterType: 'text', type: 'equals', filter: 'tlp:red' } },
      sort: [{ colId: 'shortName', sort: 'desc' }], // a stored field: read by position, sorted by SQL
    });
    expect((await readCsv(red.file)).slice(1)).toEqual([
      ['CCC', 'TLP:RED'],
      ['AAA', 'TLP:RED'],
    ]);
    const bySharing = await exportThroughJob(t, {
      source: 'organisations',
      format: 'csv',
      columns,
      sort: [{ colId: 'sharing', sort: 'desc' }],
    });
    expect((await readCsv(bySharing.file)).slice(1)).toEqual([
      ['AAA', 'TLP:RED'],
      ['CCC', 'TLP:RED'],
      ['TLB', 'TLP:GREEN'], // the home organisation, labelled GREEN at setup
      ['BBB', 'TLP:AMBER'],
    ]);
  });
});

describe('CSV cells and chunks', () => {
  it('the short paths write the same text as the general path, for any value in any column type', () => {
    const types: CellType[] = ['text', 'integer', 'decimal', 'date', 'datetime', 'boolean'];
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '=1+2',
        '+33 6',
        '-x',
        '@me',
        '\tTab',
        '\rCR',
        'a,b',
        'say "hi"',
        'two\nlines',
        '',
        '2026-11-30',
        '2026-11-30T10:00:00Z',
      ),
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, 1, -0, 1e21, 1e-7, 0.1 + 0.2, Number.NaN, Infinity, true, false, null, undefined),
    );
    fc.assert(
      fc.property(fc.constantFrom(...types), value, (type, v) => {
        expect(csvCellOf(type)(v)).toBe(csvCellGeneral(type)(v));
      }),
      { numRuns: 2000 },
    );
    // One writer per column for a whole export, as openCsv makes them: a value met again (a
    // number's text kept from its first time, 0 after -0) still gives the general path's text.
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.array(value, { maxLength: 30 }), (type, values) => {
        const cell = csvCellOf(type);
        const general = csvCellGeneral(type);
        for (const v of [...values, ...values.reverse()]) expect(cell(v)).toBe(general(v));
      }),
      { numRuns: 500 },
    );
  });

  it('lines cross 1 MB chunks, a line longer than a chunk, and 3-byte characters: the file, its size and its SHA-256 as written', async () => {
    const file = path.join(t.dir, 'chunks.csv');
    const w = openCsv({
      path: file,
      title: 'Chunks',
      columns: [{ id: 'text', header: 'Text', hxl: '#x_text', type: 'text', value: (r: never) => r }],
      widths: [],
      hxl: true,
    });
    const lines = ['\uFEFFText', '#x_text'];
    const values: unknown[] = [null];
    const cell = (i: number) => (i === 1500 ? '漢'.repeat(400_000) : `${i} — ${'漢字€'.repeat(100 + (i % 50))}`);
    for (let i = 0; i < 3000; i++) {
      values[0] = cell(i); // one array for every row, as runExport does
      lines.push(cell(i));
      const wait = w.row(values);
      if (wait) await wait;
    }
    const { sha256, bytes } = await w.finish({} as never);
    const written = fs.readFileSync(file);
    expect(written.toString('utf8')).toBe(lines.map((l) => `${l}\r\n`).join(''));
    expect(bytes).toBe(written.length);
    expect(bytes).toBeGreaterThan(3 * 1024 * 1024);
    expect(sha256).toBe(createHash('sha256').update(written).digest('hex'));
  });
});

describe('grids whose statement joins a table with a column of the same name', () => {
  it('contacts and sites sorted by name are sorted by SQL without an ambiguous column (their organisation has a name too)', async () => {
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Joined Org', shortName: 'JOIN', kind: 'ngo' }] });
    await t.core.call('contacts.save', {
      rows: ['Brun', 'alpha desk', 'Zed'].map((name) => ({ organisationId: org.id, name })),
    });
    await t.core.call('sites.save', {
      rows: ['Kell depot', 'aster hub', 'Tarvik store'].map((name, i) => ({
        code: `JS-${i}`,
        name,
        kind: 'warehouse' as const,
        operatorOrgId: org.id,
      })),
    });
    for (const [source, colId] of [
      ['contacts', 'name'],
      ['sites', 'name'],
    ] as const) {
      const req: ExportRequest = { source, params: {}, format: 'csv', hxl: false, sort: [{ colId, sort: 'desc' }] };
      const { file } = await exportThroughJob(t, { ...req, columns: [{ colId }] });
      const names = (await readCsv(file)).slice(1).map((r) => r[0]);
      expect(names.length).toBeGreaterThanOrEqual(3);
      expect(names).toEqual([...names].sort((a, b) => gridOrder(b, a)));
    }
  });
});

describe('a partner’s export never filters, searches or sorts on a field its profile withholds', () => {
  it('a quick search or a sort on omitted call signs leaves the partner’s file as it would be without them', async () => {
    const [partner] = await t.core.call('organisations.save', { rows: [{ name: 'Partner NGO', shortName: 'PNGO', kind: 'ngo' }] });
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Escort Unit', shortName: 'ESC', kind: 'military' }] });
    await t.core.call('exportProfiles.save', { rows: [{ organisationId: partner.id, maxLabel: 'AMBER', callSigns: 'omit' }] });
    await t.core.call('contacts.save', {
      rows: [
        ['Alpha', 'CS-ZULU'],
        ['Bravo', 'CS-YANKEE'],
        ['Charlie', 'CS-XRAY'],
      ].map(([name, callSign]) => ({ organisationId: org.id, name, callSign, sharing: 'GREEN' as const })),
    });
    const req = (more: Partial<ExportRequest>): ExportRequest => ({
      source: 'contacts',
      params: { organisationId: org.id },
      format: 'csv',
      hxl: false,
      partnerOrgId: partner.id,
      sort: [],
      columns: [{ colId: 'name' }, { colId: 'callSign' }],
      ...more,
    });
    const names = async (r: ExportRequest) => (await readCsv((await exportThroughJob(t, r)).file)).slice(1).map((row) => row[0]);
    const plain = await names(req({}));
    expect(plain).toEqual(['Alpha', 'Bravo', 'Charlie']);
    // Sorted on the call sign the partner does not get: the file keeps its own order.
    expect(await names(req({ sort: [{ colId: 'callSign', sort: 'asc' }] }))).toEqual(plain);
    // A quick search for one call sign finds nothing: it does not pick out that contact's row.
    expect(await names(req({ quickFilter: 'CS-ZULU' }))).toEqual([]);
    // Without a partner, the grid's own view applies to every column.
    expect(await names({ ...req({ sort: [{ colId: 'callSign', sort: 'asc' }] }), partnerOrgId: undefined })).toEqual([
      'Charlie',
      'Bravo',
      'Alpha',
    ]);
  });
});

describe('an unsorted record grid', () => {
  // Last: the organisations it adds would join the lists the tests above expect.
  it('exports its organisations in the grid’s order (by name), not by short name', async () => {
    await t.core.call('organisations.save', {
      rows: [
        { name: 'Zenith Relief', shortName: 'AZR', kind: 'ngo' },
        { name: 'Acme Logistics', shortName: 'ZAL', kind: 'ngo' },
      ],
    });
    const shown = (await t.core.call('organisations.list', {})).map((o) => o.shortName);
    const { file } = await exportThroughJob(t, {
      source: 'organisations',
      params: {},
      format: 'csv',
      hxl: false,
      sort: [],
      columns: [{ colId: 'shortName' }],
    });
    expect((await readCsv(file)).slice(1).map((r) => r[0])).toEqual(shown);
    expect(shown.indexOf('ZAL')).toBeLessThan(shown.indexOf('AZR'));
  });
});
