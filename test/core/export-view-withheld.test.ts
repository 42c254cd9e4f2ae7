import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpInput } from '../../electron/api/contract';
import { openTestCore, type TestCore } from '../helpers/core';
import { exportThroughJob, readXlsx } from '../helpers/exports';

/**
 * A partner's export leaves out the grid's filters, sort terms and quick search on fields its
 * profile withholds (plan.ts' viewedColumns); the preview and the file's title block say so, in the
 * exporting operator's language, so the file's order and rows are not taken for the grid's.
 */
type Request = OpInput<'exports.preview'>;
let t: TestCore;
let partnerId: string;
let orgId: string;

beforeAll(async () => {
  t = await openTestCore();
  const [partner] = await t.core.call('organisations.save', { rows: [{ name: 'Partner NGO', shortName: 'PNGO', kind: 'ngo' }] });
  const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Escort Unit', shortName: 'ESC', kind: 'military' }] });
  partnerId = partner.id;
  orgId = org.id;
  await t.core.call('exportProfiles.save', { rows: [{ organisationId: partner.id, maxLabel: 'AMBER', callSigns: 'omit' }] });
  await t.core.call('contacts.save', {
    rows: [
      ['Alpha', 'CS-ZULU'],
      ['Bravo', 'CS-YANKEE'],
    ].map(([name, callSign]) => ({ organisationId: org.id, name, callSign, sharing: 'GREEN' as const })),
  });
});
afterAll(() => t?.cleanup());

const request = (more: Partial<Request>): Request => ({
  source: 'contacts',
  params: { organisationId: orgId },
  format: 'xlsx',
  hxl: false,
  partnerOrgId: partnerId,
  columns: [{ colId: 'name' }, { colId: 'callSign' }],
  ...more,
});

const VIEW: Partial<Request> = {
  sort: [
    { colId: 'callSign', sort: 'asc' },
    { colId: 'name', sort: 'desc' },
  ],
  filterModel: { callSign: { filterType: 'text', type: 'contains', filter: 'CS-' } },
  quickFilter: 'a',
};

describe('a partner’s export says which of the grid’s view it left out', () => {
  it('in the preview and the XLSX title block: the filter, the sort term and the quick search on the withheld call sign', async () => {
    const preview = await t.core.call('exports.preview', request(VIEW));
    expect(preview.notApplied).toEqual([
      'Filter on Call sign not applied: withheld from PNGO.',
      'Sort by Call sign not applied: withheld from PNGO.',
      'Quick search did not look in Call sign: withheld from PNGO.',
    ]);
    const { file } = await exportThroughJob(t, request(VIEW));
    const { rows } = await readXlsx(file);
    const block = String(rows[3][0]);
    expect(block).toContain('For PNGO.');
    expect(block).toContain('Call sign omitted.');
    for (const line of preview.notApplied) expect(block).toContain(line);
    // The sort on the name still applies; the file's rows are the search's on the name alone.
    expect(rows.slice(6).map((r) => r[0])).toEqual(['Bravo', 'Alpha']);
  });

  it('says nothing when the view looks only at fields the partner gets, or there is no partner', async () => {
    const plain = await t.core.call(
      'exports.preview',
      request({ sort: [{ colId: 'name', sort: 'asc' }], filterModel: { name: { filterType: 'text', filter: 'a' } } }),
    );
    expect(plain.notApplied).toEqual([]);
    // A quick search when the grid does not show the call sign never looked there.
    const hidden = await t.core.call('exports.preview', request({ quickFilter: 'a', columns: [{ colId: 'name' }] }));
    expect(hidden.notApplied).toEqual([]);
    const internal = await t.core.call('exports.preview', request({ ...VIEW, partnerOrgId: undefined }));
    expect(internal.notApplied).toEqual([]);
  });

  it('in the exporting operator’s language', async () => {
    await t.core.call('system.setLanguage', { language: 'fr' });
    try {
      const preview = await t.core.call('exports.preview', request({ sort: [{ colId: 'callSign', sort: 'asc' }] }));
      expect(preview.notApplied).toEqual([expect.stringMatching(/^Tri par .+ non appliqué : non communiqué à PNGO\.$/)]);
      const { file } = await exportThroughJob(t, request({ sort: [{ colId: 'callSign', sort: 'asc' }] }));
      expect(String((await readXlsx(file)).rows[3][0])).toContain(preview.notApplied[0]);
    } finally {
      await t.core.call('system.setLanguage', { language: 'en' });
    }
  });
});
