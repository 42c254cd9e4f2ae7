import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../db/schema';
import { itemSpec } from '../../electron/services/catalogue/handlers';
import { organisationSpec } from '../../electron/services/partners/specs';
import type { RecordSpec } from '../../electron/services/records/spec';
import { saveRecords } from '../../electron/services/records/save';
import { siteSpec } from '../../electron/services/sites/handlers';
import { fieldChanges, recordName, summarise } from '../../renderer/src/features/audit/diff';
import { applyLanguage } from '../../renderer/src/i18n';
import { exportThroughJob, readCsv } from '../helpers/exports';
import { openTestCore, type TestCore } from '../helpers/core';

/*
 * A created record's audit entry holds the values it was created with, not the whole stored row
 * (issue 12: half of each entry of a 100,000-item import was nulls and stamps the audit row already
 * holds). The trail must read as it did: the Audit page's words for a creation are compared between
 * an entry written now and the whole row the entry used to hold (what saveRecords returns, as stored).
 */

let t: TestCore;
afterEach(async () => {
  await t?.core.jobs.idle();
  t?.cleanup();
});

type Row = Record<string, unknown>;
const STAMPS = ['id', 'version', 'createdAt', 'createdByInstallation', 'updatedAt', 'updatedByInstallation'];
/** The stored row's values: what the entry must hold, every one of them. */
const valuesOf = (row: Row) => Object.fromEntries(Object.entries(row).filter(([k, v]) => v != null && !STAMPS.includes(k)));

const created: [RecordSpec, string, Row][] = [
  [
    itemSpec,
    'items.save',
    {
      code: 'TARP-46',
      name: 'Tarpaulin 4×6 m',
      category: 'shelter',
      baseUnit: 'each',
      unitWeightKg: 4.2,
      coldMinC: 0,
      packSizes: [{ name: 'bale', quantity: 5 }],
    },
  ],
  [
    itemSpec,
    'items.save',
    { code: 'SOAP-250', name: 'Savon 250 g', category: 'wash', baseUnit: 'each', needsLotExpiry: true, sharing: 'GREEN' },
  ],
  [siteSpec, 'sites.save', { code: 'TH-AST', name: 'Aster Falls hub', kind: 'transit_hub', latitude: 10.41, longitude: 0 }],
  [organisationSpec, 'organisations.save', { name: 'Vireland Relief', shortName: 'VRR', kind: 'ngo', country: 'VR' }],
];

/** Saves each record through saveRecords; returns each row as stored (the old entry's whole `after`) with its audit entry. */
async function createAll(): Promise<{ row: Row; entry: AuditEntry }[]> {
  t = await openTestCore();
  const out: { row: Row; entry: AuditEntry }[] = [];
  for (const [spec, op, input] of created) {
    const [row] = saveRecords<Row>(t.core.context(op as never), spec, [input]);
    const [entry] = await t.core.call('audit.list', { entityId: row.id as string });
    out.push({ row, entry });
  }
  return out;
}

describe('the audit entry of a created record', () => {
  it('holds every value the record has (false, 0 and [] too), and no nulls or stamps; its columns hold the stamps', async () => {
    const entries = await createAll();
    for (const { row, entry } of entries) {
      const after = JSON.parse(entry.after!) as Row;
      expect(after).toEqual(valuesOf(row));
      expect(Object.values(after)).not.toContain(null);
      expect(Object.keys(after).filter((k) => STAMPS.includes(k))).toEqual([]);
      expect(entry).toMatchObject({ before: null, entityId: row.id, installationId: row.createdByInstallation });
      // The entry's time is read once per saved batch, after its inserts, in the same transaction.
      expect(entry.at >= (row.createdAt as string) && row.createdAt === row.updatedAt && row.version === 1).toBe(true);
    }
    // Not empty by accident: the false, 0 and [] values a record is created with are kept, nulls are not.
    const [tarp, soap, site] = entries.map((e) => JSON.parse(e.entry.after!) as Row);
    expect(tarp).toMatchObject({ code: 'TARP-46', coldMinC: 0, needsLotExpiry: false, archived: false });
    expect(soap).toMatchObject({ packSizes: [], needsLotExpiry: true, sharing: 'GREEN' });
    expect(site).toMatchObject({ code: 'TH-AST', longitude: 0 });
    expect(tarp).not.toHaveProperty('nsn');
  });

  it('keeps an update’s whole before and after (the page diffs them field by field)', async () => {
    const [{ row }] = await createAll();
    await t.core.call('items.save', { rows: [{ ...row, name: 'Tarpaulin 4×6 m, reinforced' }] as never });
    const update = (await t.core.call('audit.list', { entityId: row.id as string })).find((e) => e.before !== null)!;
    expect(JSON.parse(update.before!)).toEqual(row);
    expect(JSON.parse(update.after!)).toMatchObject({ id: row.id, version: 2, nsn: null, name: 'Tarpaulin 4×6 m, reinforced' });
  });

  it('reads on the Audit page as the whole stored row did: summary, record name and field list, in English and French', async () => {
    const entries = await createAll();
    const names = new Map([[entries[3].row.id as string, 'VRR']]);
    try {
      for (const language of ['en', 'fr'] as const) {
        applyLanguage(language);
        for (const { row, entry } of entries) {
          const old = JSON.stringify(row);
          const words = (json: string) => [
            summarise(null, json, names, entry.entity),
            recordName(null, json, names),
            fieldChanges(null, json, names, entry.entity),
          ];
          expect(words(entry.after!)).toEqual(words(old));
          expect(entry.after!.length).toBeLessThan(old.length / 2);
        }
      }
      applyLanguage('en');
      expect(summarise(null, entries[0].entry.after, names, 'item')).toBe(
        'created: Code “TARP-46”, Name “Tarpaulin 4×6 m”, Category “Shelter”, Base unit “each”, …',
      );
    } finally {
      applyLanguage('en');
    }
  });

  it('is exported with its values in After, and its id, time and installation in their own columns', async () => {
    const [{ row, entry }] = await createAll();
    const { file } = await exportThroughJob(t, { source: 'audit', params: { entityId: row.id as string }, format: 'csv' });
    const rows = await readCsv(file);
    const header = rows.findIndex((r) => r.includes('After'));
    const [line] = rows.slice(header + 1).filter((r) => r.includes(row.id as string));
    const cell = (name: string) => line[rows[header].indexOf(name)];
    expect(cell('After')).toBe(entry.after);
    expect(JSON.parse(cell('After'))).toEqual(valuesOf(row));
    expect([cell('Before'), cell('Record id'), cell('Installation')]).toEqual(['', row.id, row.createdByInstallation]);
    expect(cell('When')).not.toBe('');
  });
});
