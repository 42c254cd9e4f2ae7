import { describe, expect, it } from 'vitest';
import { fieldChanges, humanEntity, humanField, recordName, show, summarise } from '../../renderer/src/features/audit/diff';

const ORG = '0190a0a0-0000-7000-8000-000000000001';
const names = new Map([[ORG, 'NSLB']]);
const j = (v: unknown) => JSON.stringify(v);

describe('audit diffs', () => {
  it('lists every field but the bookkeeping, changed ones flagged, references by name', () => {
    const before = j({ id: 'x', version: 1, updatedAt: 'a', code: 'FOB-N', operatorOrgId: null, archived: false });
    const after = j({ id: 'x', version: 2, updatedAt: 'b', code: 'FOB-N', operatorOrgId: ORG, archived: false });
    expect(fieldChanges(before, after, names)).toEqual([
      { field: 'code', before: 'FOB-N', after: 'FOB-N', changed: false },
      { field: 'operatorOrgId', before: '', after: 'NSLB', changed: true },
      { field: 'archived', before: 'no', after: 'no', changed: false },
    ]);
  });

  it('summarises creation, deletion, archiving, restoring and edits in one line', () => {
    expect(summarise(null, j({ code: 'A', name: 'Alpha', town: '', kind: 'warehouse', lat: 1, lon: 2 }))).toBe(
      'created: code “A”, name “Alpha”, kind “warehouse”, lat “1”, …',
    );
    expect(summarise(j({ code: 'A' }), null)).toBe('deleted');
    expect(summarise(j({ archived: false }), j({ archived: true }))).toBe('archived');
    expect(summarise(j({ archived: true }), j({ archived: false }))).toBe('restored');
    expect(summarise(j({ version: 1 }), j({ version: 2 }))).toBe('no visible change');
    expect(summarise(j({ unitWeightKg: 1 }), j({ unitWeightKg: 1.5 }))).toBe('unit weight kg: “1” → “1.5”');
  });

  it('shows pack sizes, booleans and unparseable text readably', () => {
    expect(
      show([
        { name: 'carton', quantity: 20 },
        { name: 'pallet', quantity: 800 },
      ]),
    ).toBe('carton=20; pallet=800');
    expect(show(true)).toBe('yes');
    expect(fieldChanges('not json', null)).toEqual([{ field: 'value', before: 'not json', after: '', changed: true }]);
  });

  it('names a record by its code or number, else by what it points at', () => {
    expect(recordName(null, j({ code: 'FOB-N', name: 'FOB North' }))).toBe('FOB-N');
    expect(recordName(j({ number: 'GRN-1' }), null)).toBe('GRN-1');
    expect(recordName(null, j({ itemId: ORG, siteId: 'unknown-site' }), names)).toBe('NSLB @ unknown-site');
    expect(humanField('operatorOrgId')).toBe('operator org');
    expect(humanEntity('stock_count_line')).toBe('stock count line');
  });
});
