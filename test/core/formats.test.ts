import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { formatPackSizes } from '../../electron/api/catalogue';
import { gtinCheckDigitValid } from '../../electron/api/formats';
import { withCheckDigit } from '../../electron/services/demo/catalogue';
import { openTestCore } from '../helpers/core';

/** Field formats, checked through the contract's own input schemas (what the core and the grid cells use). */
const base = { code: 'FMT-1', name: 'Format test', category: 'nfi', baseUnit: 'each' };

function item(fields: Record<string, unknown>) {
  const r = contract['items.save'].input.safeParse({ rows: [{ ...base, ...fields }] });
  return r.success
    ? { ok: true as const, row: r.data.rows[0] as Record<string, unknown> }
    : { ok: false as const, issues: r.error.issues.map((i) => ({ path: i.path, message: i.message })) };
}

function expectRefused(fields: Record<string, unknown>, field: string, message: RegExp) {
  const r = item(fields);
  expect(r.ok, `${JSON.stringify(fields)} should be refused`).toBe(false);
  if (r.ok) return;
  // The cell is the first three path segments (the core reports deeper problems at the cell).
  expect(
    r.issues.map((i) => i.path.slice(0, 3)),
    JSON.stringify(fields),
  ).toContainEqual(['rows', 0, field]);
  expect(r.issues.find((i) => i.path[2] === field)?.message).toMatch(message);
}

function expectAccepted(fields: Record<string, unknown>, stored: Record<string, unknown>) {
  const r = item(fields);
  expect(r.ok, `${JSON.stringify(fields)} should be accepted: ${r.ok ? '' : JSON.stringify(r.issues)}`).toBe(true);
  if (r.ok) expect(r.row).toMatchObject(stored);
}

describe('NATO stock number NNNN-NN-NNN-NNNN', () => {
  it('accepts the written form, trims, and treats blank as none', () => {
    expectAccepted({ nsn: '8970-01-321-9153' }, { nsn: '8970-01-321-9153' });
    expectAccepted({ nsn: ' 9140-00-286-5294 ' }, { nsn: '9140-00-286-5294' });
    expectAccepted({ nsn: '' }, { nsn: null });
  });
  it.each(['8970013219153', '8970-01-321-915', '8970-1-321-91534', 'A970-01-321-9153', '8970 01 321 9153', '8970-01-321-9153-0'])(
    'refuses %s',
    (nsn) => {
      expectRefused({ nsn }, 'nsn', /NSN must be 13 digits written NNNN-NN-NNN-NNNN/);
    },
  );
});

describe('UN number UN####', () => {
  it('accepts UN and four digits, upper-casing what was typed', () => {
    expectAccepted({ unNumber: 'UN1202', dgClass: '3', packingGroup: 'III' }, { unNumber: 'UN1202', dgClass: '3', packingGroup: 'III' });
    expectAccepted({ unNumber: 'un1965', dgClass: '2.1' }, { unNumber: 'UN1965', dgClass: '2.1' });
  });
  it.each(['1202', 'UN 1202', 'UN120', 'UN12022', 'NA1993'])('refuses %s', (unNumber) => {
    expectRefused({ unNumber, dgClass: '3' }, 'unNumber', /UN number must be "UN" and 4 digits/);
  });
  it('needs a class with a UN number, and a UN number with a class or packing group', () => {
    expectRefused({ unNumber: 'UN1203' }, 'dgClass', /need a DG class/);
    expectRefused({ dgClass: '3' }, 'unNumber', /Give the UN number/);
    expectRefused({ packingGroup: 'II' }, 'unNumber', /Give the UN number/);
    expectRefused({ unNumber: 'UN1203', dgClass: '10' }, 'dgClass', /DG class must be 1–9/);
    expectRefused({ unNumber: 'UN1203', dgClass: '3', packingGroup: 'IV' }, 'packingGroup', /Packing group must be I, II or III/);
  });
});

describe('UNICEF supply code S#######', () => {
  it('accepts S and seven digits', () => {
    expectAccepted({ unicefCode: 'S1561010' }, { unicefCode: 'S1561010' });
    expectAccepted({ unicefCode: 's0000240' }, { unicefCode: 'S0000240' });
  });
  it.each(['1561010', 'S156101', 'S15610100', 'SS561010', 'S-1561010'])('refuses %s', (unicefCode) => {
    expectRefused({ unicefCode }, 'unicefCode', /UNICEF code must be "S" and 7 digits/);
  });
});

describe('GTIN with check digit', () => {
  it('computes and verifies GS1 check digits', () => {
    expect(withCheckDigit('400638133393')).toBe('4006381333931'); // GS1's own worked example
    expect(gtinCheckDigitValid('4006381333931')).toBe(true);
    expect(gtinCheckDigitValid('96385074')).toBe(true); // GTIN-8
    expect(gtinCheckDigitValid('036000291452')).toBe(true); // UPC-A
    expect(gtinCheckDigitValid('10012345678902')).toBe(true); // GTIN-14
  });
  it('accepts 8, 12, 13 and 14 digit codes with the right check digit', () => {
    for (const gtin of ['96385074', '036000291452', '4006381333931', '10012345678902']) expectAccepted({ gtin }, { gtin });
  });
  it('refuses a wrong check digit, naming the cause', () => {
    expectRefused({ gtin: '4006381333932' }, 'gtin', /check digit is wrong/);
  });
  it.each(['4006381', '40063813339', 'ABCDEFGHIJKLM', '4006-3813-3393-1', '123456789012345'])(
    'refuses the length or characters of %s',
    (gtin) => {
      expectRefused({ gtin }, 'gtin', /GTIN must be 8, 12, 13 or 14 digits/);
    },
  );
});

describe('weights and volumes', () => {
  it('accepts positive numbers, European decimal commas, and blank', () => {
    expectAccepted({ unitWeightKg: 25.2, unitVolumeM3: '0,036' }, { unitWeightKg: 25.2, unitVolumeM3: 0.036 });
    expectAccepted({ unitWeightKg: '', unitVolumeM3: null }, { unitWeightKg: null, unitVolumeM3: null });
  });
  it.each([0, -1, '-0,5', 'heavy', Number.POSITIVE_INFINITY, '1e400'])('refuses weight %s', (unitWeightKg) => {
    expectRefused({ unitWeightKg }, 'unitWeightKg', /Unit weight \(kg\) must be (a number|greater than 0)/);
  });
  it('refuses a volume of zero naming the volume', () => {
    expectRefused({ unitVolumeM3: '0' }, 'unitVolumeM3', /Unit volume \(m³\) must be greater than 0/);
  });
  it('checks cold-chain bounds and their order', () => {
    expectAccepted({ coldMinC: 2, coldMaxC: '8' }, { coldMinC: 2, coldMaxC: 8 });
    expectRefused({ coldMinC: 8, coldMaxC: 2 }, 'coldMaxC', /max must be at least the min/);
    expectRefused({ coldMinC: -200 }, 'coldMinC', /Cold chain min °C must be between -80 and 60/);
  });
});

describe('pack sizes "carton=20; pallet=800"', () => {
  it('parses the typed form and writes it back the same way', () => {
    expectAccepted(
      { packSizes: 'carton=20; pallet=800' },
      {
        packSizes: [
          { name: 'carton', quantity: 20 },
          { name: 'pallet', quantity: 800 },
        ],
      },
    );
    expectAccepted(
      { packSizes: ' Carton = 20 ;Shrink pack=6 ' },
      {
        packSizes: [
          { name: 'carton', quantity: 20 },
          { name: 'shrink pack', quantity: 6 },
        ],
      },
    );
    expectAccepted({ packSizes: '' }, { packSizes: [] });
    expect(
      formatPackSizes([
        { name: 'carton', quantity: 20 },
        { name: 'pallet', quantity: 800 },
      ]),
    ).toBe('carton=20; pallet=800');
  });
  it.each([
    ['carton', /name=quantity/],
    ['carton=twenty', /name=quantity/],
    ['carton=2.5', /name=quantity/],
    ['carton=1', /at least 2 base units/],
    ['carton=20; carton=40', /may appear once/],
    ['a=2;b=3;c=4;d=5;e=6;f=7;g=8', /At most 6 pack sizes/],
  ])('refuses %s', (packSizes, message) => {
    expectRefused({ packSizes }, 'packSizes', message);
  });
});

describe('yes/no flags', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['x', true],
    ['TRUE', true],
    [1, true],
    ['no', false],
    ['', false],
    ['0', false],
    [false, false],
  ])('reads %s as %s', (value, expected) => {
    expectAccepted({ freezeSensitive: value }, { freezeSensitive: expected });
  });
  it.each(['maybe', 'si', 2])('refuses %s naming the flag', (value) => {
    expectRefused({ freezeSensitive: value }, 'freezeSensitive', /Freeze sensitive must be yes or no/);
  });
  it('requires lot & expiry tracking for food and health items', () => {
    expectRefused({ category: 'food', needsLotExpiry: 'no' }, 'needsLotExpiry', /Food and health items must be tracked by lot & expiry/);
    expectAccepted({ category: 'Health', needsLotExpiry: 'yes' }, { category: 'health', needsLotExpiry: true });
  });
});

describe('required fields, codes and enumerations', () => {
  it('names the missing or bad field', () => {
    expectRefused({ name: '   ' }, 'name', /^Name is required$/);
    expectRefused({ code: 'a' }, 'code', /Code must be 2–30 letters/);
    expectRefused({ category: 'weapons' }, 'category', /Category must be one of: food, nfi/);
    expectRefused({ baseUnit: 'bushel' }, 'baseUnit', /Base unit must be one of: each, kg/);
    expectRefused({ supplyClass: 'XI' }, 'supplyClass', /Supply class must be a roman numeral I–X/);
    expectAccepted(
      { category: 'Spare parts', baseUnit: 'KG', supplyClass: 'ix' },
      { category: 'spare_parts', baseUnit: 'kg', supplyClass: 'IX' },
    );
  });
});

describe('dates, e-mails and coordinates', () => {
  const agreement = (fields: Record<string, unknown>) =>
    contract['agreements.save'].input.safeParse({
      rows: [{ organisationId: '01900000-0000-7000-8000-000000000000', title: 'MOU', ...fields }],
    });
  const issue = (r: ReturnType<typeof agreement>) => (r.success ? null : r.error.issues.map((i) => [i.path.join('.'), i.message]));

  it('accepts real calendar dates in order', () => {
    expect(agreement({ validFrom: '2026-02-28', validUntil: '2026-12-31' }).success).toBe(true);
    expect(agreement({ validFrom: '', validUntil: null }).success).toBe(true);
  });
  it('refuses impossible or misspelt dates and a reversed period, naming the field', () => {
    expect(issue(agreement({ validFrom: '2026-02-30' }))).toEqual([['rows.0.validFrom', 'Valid from is not a real date']]);
    expect(issue(agreement({ validUntil: '31/12/2026' }))).toEqual([
      ['rows.0.validUntil', 'Valid until must be a date written YYYY-MM-DD'],
    ]);
    expect(issue(agreement({ validFrom: '2026-06-01', validUntil: '2026-05-31' }))).toEqual([
      ['rows.0.validUntil', 'Valid until must not be before valid from'],
    ]);
  });
  it('checks e-mail addresses of contacts', () => {
    const contact = (email: unknown) =>
      contract['contacts.save'].input.safeParse({ rows: [{ organisationId: '01900000-0000-7000-8000-000000000000', name: 'A', email }] });
    expect(contact('a.rahman@hhi.example.org').success).toBe(true);
    expect(contact('').success).toBe(true);
    const bad = contact('a.rahman at hhi');
    expect(bad.success ? null : bad.error.issues[0]).toMatchObject({
      path: ['rows', 0, 'email'],
      message: 'Email must look like name@example.org',
    });
  });
  it('keeps latitude and longitude on the globe', () => {
    const site = (fields: Record<string, unknown>) =>
      contract['sites.save'].input.safeParse({ rows: [{ code: 'FOB-N', name: 'FOB', kind: 'forward_base', ...fields }] });
    expect(site({ latitude: '11,0842', longitude: 23.64 }).success).toBe(true);
    const bad = site({ latitude: 91, longitude: -181 });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path[2], i.message])).toEqual([
      ['latitude', 'Latitude must be between -90 and 90'],
      ['longitude', 'Longitude must be between -180 and 180'],
    ]);
    const code = site({ code: 'FOB NORTH' });
    expect(code.success ? null : code.error.issues[0].message).toMatch(/Code must be 2–12 letters, digits or dashes, e.g. FOB-N/);
  });
});

describe('issues as the core reports them', () => {
  it('points a problem inside a cell at the cell, with one message per cell', async () => {
    const t = await openTestCore();
    try {
      const r = await t.core.invoke('items.save', {
        rows: [
          { ...base, packSizes: 'carton=20; pallet=1' },
          { ...base, code: 'FMT-2', gtin: 'ABCDEFGHIJKLM' },
        ],
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.issues).toEqual([
        { path: ['rows', 0, 'packSizes'], message: 'A pack holds at least 2 base units' },
        { path: ['rows', 1, 'gtin'], message: 'GTIN must be 8, 12, 13 or 14 digits' },
      ]);
      expect(r.error.message).toBe(
        'Row 1, packSizes: A pack holds at least 2 base units; Row 2, gtin: GTIN must be 8, 12, 13 or 14 digits',
      );
    } finally {
      t.cleanup();
    }
  });
});
