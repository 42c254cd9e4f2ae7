import { afterEach, describe, expect, it } from 'vitest';
import { fieldChanges, humanEntity, humanField, recordName, show, summarise } from '../../renderer/src/features/audit/diff';
import { operationLabel } from '../../renderer/src/features/audit/words';
import { applyLanguage } from '../../renderer/src/i18n';
import { getLocale, setLocale } from '../../renderer/src/locale/current';

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
      { field: 'archived', before: 'No', after: 'No', changed: false },
    ]);
  });

  it('lists the fields a creation filled, whether its entry holds the whole row or only the values', () => {
    const whole = j({ id: 'x', version: 1, createdAt: 'a', code: 'FOB-N', town: null, notes: '', archived: false, operatorOrgId: ORG });
    const values = j({ code: 'FOB-N', archived: false, operatorOrgId: ORG });
    const expected = [
      { field: 'code', before: '', after: 'FOB-N', changed: true },
      { field: 'archived', before: '', after: 'No', changed: true },
      { field: 'operatorOrgId', before: '', after: 'NSLB', changed: true },
    ];
    expect(fieldChanges(null, whole, names)).toEqual(expected);
    expect(fieldChanges(null, values, names)).toEqual(expected);
  });

  it('summarises creation, deletion, archiving, restoring and edits in one line', () => {
    expect(summarise(null, j({ code: 'A', name: 'Alpha', town: '', kind: 'warehouse', lat: 1, lon: 2 }), undefined, 'site')).toBe(
      'created: Code “A”, Name “Alpha”, Kind “Warehouse”, lat “1”, …',
    );
    expect(summarise(j({ code: 'A' }), null)).toBe('deleted');
    expect(summarise(j({ archived: false }), j({ archived: true }))).toBe('archived');
    expect(summarise(j({ archived: true }), j({ archived: false }))).toBe('restored');
    expect(summarise(j({ version: 1 }), j({ version: 2 }))).toBe('no visible change');
    expect(summarise(j({ unitWeightKg: 1 }), j({ unitWeightKg: 1.5 }))).toBe('Unit weight (kg): “1” → “1.5”');
  });

  it('shows pack sizes, booleans and unparseable text readably', () => {
    expect(
      show([
        { name: 'carton', quantity: 20 },
        { name: 'pallet', quantity: 800 },
      ]),
    ).toBe('carton=20; pallet=800');
    expect(show(true)).toBe('Yes');
    expect(fieldChanges('not json', null)).toEqual([{ field: 'value', before: 'not json', after: '', changed: true }]);
  });

  it('names a record by its code or number, else by what it points at', () => {
    expect(recordName(null, j({ code: 'FOB-N', name: 'FOB North' }))).toBe('FOB-N');
    expect(recordName(j({ number: 'GRN-1' }), null)).toBe('GRN-1');
    expect(recordName(null, j({ itemId: ORG, siteId: 'unknown-site' }), names)).toBe('NSLB @ unknown-site');
    expect(humanField('operatorOrgId')).toBe('Operated by');
    expect(humanField('someNewFieldId')).toBe('some new field');
    expect(humanEntity('stock_count_line')).toBe('Count sheet line');
    expect(humanEntity('brand_new_thing')).toBe('brand new thing');
  });

  describe("in French (issue 9: the audit trail in the user's words)", () => {
    const english = getLocale();
    afterEach(() => {
      applyLanguage('en');
      setLocale(english);
    });
    it('names operations, record types, fields and values in French, not codes', () => {
      applyLanguage('fr');
      setLocale({ ...english, language: 'fr' });
      expect(operationLabel('stock.thresholds.save')).toBe('Enregistré');
      expect(operationLabel('stock.documents.post')).toBe('Validé');
      expect(humanEntity('stock_threshold')).toBe('Seuil de stock bas');
      expect(summarise(j({ unitWeightKg: 1 }), j({ unitWeightKg: 1.5 }))).toBe('Poids unitaire (kg) : « 1 » → « 1,5 »');
      expect(summarise(j({ category: 'food' }), j({ category: 'nfi' }), undefined, 'item')).toBe(
        'Catégorie : « Vivres » → « ANA (articles non alimentaires) »',
      );
      expect(summarise(j({ archived: false }), j({ archived: true }))).toBe('archivé');
    });
  });
});
