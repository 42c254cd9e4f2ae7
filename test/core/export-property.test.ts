import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_RULES, TLP_LABELS, tlpRank, type TlpLabel } from '../../electron/api/vocabularies';
import { runExport } from '../../electron/services/exchange/run';
import { openTestCore, type TestCore } from '../helpers/core';
import { readCsv } from '../helpers/exports';

/**
 * Property: for random labels on records and a random partner profile, an export for that
 * partner never holds a record above its highest label, nor a field its profile omits.
 */
let t: TestCore;
let partnerId: string;
const SITES = ['S-A', 'S-B', 'S-C', 'S-D'];

beforeAll(async () => {
  t = await openTestCore();
  const [partner] = await t.core.call('organisations.save', { rows: [{ name: 'Partner NGO', shortName: 'PNGO', kind: 'ngo' }] });
  partnerId = partner.id;
  await t.core.call('sites.save', {
    rows: SITES.map((code, i) => ({
      code,
      name: `Site ${code}`,
      kind: 'warehouse' as const,
      adm1Code: `AD${i}`,
      latitude: 10.123 + i,
      longitude: 20.456 + i,
    })),
  });
  await t.core.call('contacts.save', {
    rows: SITES.map((code) => ({ organisationId: partnerId, name: `Contact ${code}`, callSign: `CS-${code}` })),
  });
});
afterAll(() => t?.cleanup());

const label = fc.constantFrom(...TLP_LABELS);
const labelOrDefault = fc.option(label, { nil: null });

describe('partner exports, property-based', () => {
  it('never hold a record above the partner’s highest label or a field its profile omits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(labelOrDefault, { minLength: 4, maxLength: 4 }),
        fc.array(labelOrDefault, { minLength: 4, maxLength: 4 }),
        label,
        label,
        fc.constantFrom(...FIELD_RULES),
        fc.constantFrom(...FIELD_RULES),
        async (siteLabels, contactLabels, siteDefault, maxLabel, locations, callSigns) => {
          const call = t.core.call;
          await call('sharing.setDefaults', { site: siteDefault });
          const sites = await call('sites.list', {});
          await call('sites.save', { rows: sites.map((s, i) => ({ ...s, sharing: siteLabels[i] })) });
          const contacts = await call('contacts.list', {});
          await call('contacts.save', { rows: contacts.map((c, i) => ({ ...c, sharing: contactLabels[i] })) });
          const profiles = await call('exportProfiles.list', {});
          await call('exportProfiles.save', {
            rows: [{ ...(profiles[0] ?? {}), organisationId: partnerId, maxLabel, locations, callSigns }],
          });
          const defaults = await call('sharing.defaults', {});
          const partner = (await call('organisations.list', {})).find((o) => o.id === partnerId)!;
          const folder = path.join(t.dir, 'prop');
          fs.rmSync(folder, { recursive: true, force: true });
          const ctx = t.core.context('jobs.start');

          const siteOut = await runExport(
            ctx,
            { source: 'sites', params: {}, format: 'csv', hxl: false, partnerOrgId: partnerId, sort: [] },
            { folder, operator: 'Capt. Test' },
          );
          const siteRows = await readCsv(path.join(folder, siteOut.fileName));
          const header = siteRows[0];
          const sharingCol = header.indexOf('Sharing');
          for (const r of siteRows.slice(1)) expect(tlpRank(r[sharingCol] as never)).toBeLessThanOrEqual(tlpRank(maxLabel));
          const allowed = (await call('sites.list', {})).filter((s) => tlpRank(s.sharing ?? defaults.site) <= tlpRank(maxLabel));
          expect(
            siteRows
              .slice(1)
              .map((r) => r[0])
              .sort(),
          ).toEqual(allowed.map((s) => s.code).sort());
          if (locations !== 'include') {
            expect(header).not.toContain('Latitude');
            expect(header).not.toContain('Longitude');
            expect(siteRows.flat().some((v) => /^(1[0-3]\.123|2[0-3]\.456)$/.test(v))).toBe(false);
          }

          fs.rmSync(folder, { recursive: true, force: true });
          const contactOut = await runExport(
            ctx,
            { source: 'contacts', params: {}, format: 'csv', hxl: false, partnerOrgId: partnerId, sort: [] },
            { folder, operator: 'Capt. Test' },
          );
          const text = fs.readFileSync(path.join(folder, contactOut.fileName), 'utf8');
          if (callSigns !== 'include') expect(text).not.toContain('CS-');
          const contactRows = await readCsv(path.join(folder, contactOut.fileName));
          const orgLabel = partner.sharing;
          const expected = (await call('contacts.list', {})).filter(
            (c) => Math.max(tlpRank(c.sharing ?? defaults.contact), tlpRank(orgLabel as TlpLabel)) <= tlpRank(maxLabel),
          );
          expect(contactRows.length - 1).toBe(expected.length);
        },
      ),
      { numRuns: 12 },
    );
  });
});
