import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { field } from '../../electron/services/exchange/columns';
import { gridView } from '../../electron/services/exchange/grid-view';
import { openSpreadsheet, type SheetRow } from '../../electron/services/exchange/import/read';
import { exportThroughJob, readCsv, readXlsx } from '../helpers/exports';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Exports written in one pass (issue 12's export numbers): rows read as they come, the sharing
 * label known only once the last row is written and stamped then (title block, document
 * properties, file name), the file hashed while written. Read back by exceljs, both its
 * workbook reader and the streaming reader the import uses.
 */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

type Row = Record<string, unknown>;

/** Rows handed out one at a time, counting how many were read. */
function counted(n: number) {
  const seen = { count: 0 };
  function* rows(): Generator<Row> {
    for (let i = 0; i < n; i++) {
      seen.count++;
      yield { code: `C-${String(i).padStart(5, '0')}`, kind: i % 2 ? 'odd' : 'even' };
    }
  }
  return { rows: rows(), seen };
}

describe('exports in one pass', () => {
  const columns = [field<Row>('code', 'Code', '#item +code'), field<Row>('kind', 'Kind', '#x_kind')];

  it('a record grid’s filtered view is read as it comes, not gathered first (only a sort needs every row)', () => {
    const { rows, seen } = counted(100_000);
    const view = gridView(rows, columns, { filterModel: { kind: { filterType: 'text', type: 'equals', filter: 'ODD' } }, sort: [] });
    const it = view[Symbol.iterator]();
    expect(it.next().value).toEqual({ code: 'C-00001', kind: 'odd' });
    expect(seen.count).toBe(2);

    const sorted = counted(10);
    const desc = [...gridView(sorted.rows, columns, { sort: [{ colId: 'code', sort: 'desc' }] })];
    expect(desc.map((r) => r.code).slice(0, 2)).toEqual(['C-00009', 'C-00008']);
  });

  it('stamps the label of the strictest row written, even when it comes last: title block, its colour, properties, file name', async () => {
    w = await stockWorld();
    const orgs = await w.call('organisations.list', {});
    // The organisations export is sorted by short name: the RED one is written last.
    await w.call('organisations.save', { rows: [{ name: 'Zulu Relief', shortName: 'ZZZ', kind: 'ngo', sharing: 'RED' }] });
    for (const o of orgs) await w.call('organisations.save', { rows: [{ ...o, sharing: 'CLEAR' }] });
    const { outcome, file } = await exportThroughJob(w.t, { source: 'organisations', format: 'xlsx', hxl: true });
    expect(outcome.label).toBe('RED');
    expect(path.basename(file)).toMatch(/-TLP-RED\.xlsx$/);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]); // no partial file left beside it
    const { wb, sheet, rows } = await readXlsx(file);
    expect(String(rows[1][0])).toMatch(/^TLP:RED — /);
    expect(rows.at(-1)![0]).toBe('Zulu Relief');
    expect(sheet.getCell('A2').font?.color?.argb).toBe('FFFF2B2B');
    expect(sheet.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF000000' } });
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getRow(7).getCell(1).font?.italic).toBe(true); // the HXL row
    expect(sheet.autoFilter).toBe('A6:F6');
    expect(sheet.getColumn(1).width).toBe(34);
    expect(wb.category).toBe('TLP:RED');
    expect(wb.title).toBe('Organisations (TLP:RED)');
    expect(wb.creator).toBe('Corridor — Capt. Test');

    // The import's own reader (import/read.ts) reads the title block from the shared strings written
    // after the sheet. (exceljs's streaming reader, which this once used, sometimes gave such a cell
    // as { sharedString: 1 }, now and then: its sheet and its strings are parsed as they come.)
    const source = openSpreadsheet(file, path.basename(file), fs.statSync(file).size, { sheet: 0 });
    const streamed: SheetRow[] = [];
    for await (const batch of source.batches) streamed.push(...batch);
    expect(streamed[1]).toMatchObject({ n: 2, cells: [rows[1][0]] });
    expect(streamed.at(-1)!.cells[0]).toBe('Zulu Relief');
    expect(streamed.length).toBe(rows.filter((r) => r.some((c) => c != null && c !== '')).length); // non-empty rows only
  });

  it('a withheld row is counted while writing, and an empty view still gives a file with its header', async () => {
    w = await stockWorld();
    await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.ngo, maxLabel: 'GREEN' }] });
    await w.call('organisations.save', { rows: [{ name: 'Hidden Partner', shortName: 'HID', kind: 'ngo', sharing: 'AMBER' }] });
    const { outcome, file } = await exportThroughJob(w.t, { source: 'organisations', format: 'csv', partnerOrgId: w.org.ngo });
    expect(outcome.withheldRows).toBeGreaterThanOrEqual(1);
    const csv = await readCsv(file);
    expect(csv.flat()).not.toContain('Hidden Partner');
    expect(csv.length - 1).toBe(outcome.rows);

    const none = await exportThroughJob(w.t, {
      source: 'items',
      format: 'xlsx',
      filterModel: { code: { filterType: 'text', type: 'equals', filter: 'NO-SUCH-ITEM' } },
    });
    expect(none.outcome).toMatchObject({ rows: 0, label: 'CLEAR' });
    const { rows } = await readXlsx(none.file);
    expect(rows[5][0]).toBe('Code');
  });
});
