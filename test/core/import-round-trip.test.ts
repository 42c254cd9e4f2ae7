import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportThroughJob } from '../helpers/exports';
import { imported, upload } from '../helpers/imports';
import { openTestCore, type TestCore } from '../helpers/core';

/** Export then import: the records a partner gets back from our own files are the records we had. */
const cores: TestCore[] = [];
afterEach(async () => {
  for (const t of cores.splice(0)) {
    await t.core.jobs.idle();
    t.cleanup();
  }
});

async function open(demo: boolean) {
  const t = await openTestCore({ demo });
  cores.push(t);
  return t;
}

/** The fields compared; a blank label is the type's default, which is what the export wrote (and the import stores). */
const strip = <T extends Record<string, unknown>>(rows: T[], keep: string[], defaultLabel: string) =>
  rows
    .map((r) => Object.fromEntries(keep.map((k) => [k, (k === 'sharing' ? (r[k] ?? defaultLabel) : r[k]) ?? null])))
    .sort((a, b) => String(a[keep[0]]).localeCompare(String(b[keep[0]])));

describe('import: round trip', () => {
  it(
    'the demo catalogue, organisations and sites exported (XLSX with HXL, CSV) and imported into an empty file are the same records',
    { timeout: 180_000 },
    async () => {
      const from = await open(true);
      // The demo asks an approver to check exports above TLP:GREEN (four-eyes); this test is about
      // the files, so that check is off here (test/core/four-eyes.test.ts covers it).
      const rules = await from.core.call('system.fourEyes.get', {});
      await from.core.call('system.fourEyes.save', { ...rules, exportsAboveGreen: false });
      await from.core.jobs.idle();
      const to = await open(false);

      const itemFields = [
        'code',
        'name',
        'category',
        'supplyClass',
        'baseUnit',
        'packSizes',
        'unitWeightKg',
        'unitVolumeM3',
        'needsLotExpiry',
        'coldMinC',
        'coldMaxC',
        'freezeSensitive',
        'unNumber',
        'dgClass',
        'packingGroup',
        'nsn',
        'unicefCode',
        'gtin',
        'sharing',
      ];
      const orgFields = ['shortName', 'name', 'kind', 'country', 'sharing', 'notes'];
      const siteFields = ['code', 'name', 'kind', 'town', 'adm1Code', 'adm2Code', 'latitude', 'longitude', 'sharing'];

      const orgs = await exportThroughJob(from, { source: 'organisations', format: 'csv', hxl: true });
      expect(
        await imported(to, upload(to, 'orgs.csv', fs.readFileSync(orgs.file)), { target: 'organisations', commit: true }),
      ).toMatchObject({ badRows: 0, committed: true });
      const sites = await exportThroughJob(from, { source: 'sites', format: 'xlsx', hxl: true });
      expect(await imported(to, upload(to, 'sites.xlsx', fs.readFileSync(sites.file)), { target: 'sites', commit: true })).toMatchObject({
        badRows: 0,
      });
      const items = await exportThroughJob(from, { source: 'items', format: 'xlsx', hxl: true });
      const p = await imported(to, upload(to, 'items.xlsx', fs.readFileSync(items.file)), { target: 'items', commit: true });
      expect(p).toMatchObject({ badRows: 0, titleRows: 4 });
      expect(p.columns.every((c) => c.how === 'hashtag')).toBe(true);

      const d = await from.core.call('sharing.defaults', {});
      const home = async (t: TestCore) => (await t.core.call('organisations.list', {})).filter((o) => o.shortName !== 'TLB');
      expect(strip(await home(to), orgFields, d.organisation)).toEqual(strip(await home(from), orgFields, d.organisation));
      expect(strip(await to.core.call('sites.list', {}), siteFields, d.site)).toEqual(
        strip(await from.core.call('sites.list', {}), siteFields, d.site),
      );
      expect(strip(await to.core.call('items.list', {}), itemFields, d.item)).toEqual(
        strip(await from.core.call('items.list', {}), itemFields, d.item),
      );
      const operators = async (t: TestCore) => {
        const o = new Map((await t.core.call('organisations.list', {})).map((x) => [x.id, x.shortName]));
        return (await t.core.call('sites.list', {})).map((s) => `${s.code}:${o.get(s.operatorOrgId ?? '') ?? ''}`).sort();
      };
      expect(await operators(to)).toEqual(await operators(from));

      // The same files again: nothing to create, nothing to change.
      const again = await imported(to, upload(to, 'items.xlsx', fs.readFileSync(items.file)), { target: 'items' });
      expect(again).toMatchObject({ creates: 0, updates: 0, badRows: 0 });
    },
  );
});
