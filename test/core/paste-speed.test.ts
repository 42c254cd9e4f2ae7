import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, writeSnapshot, type TestCore } from '../helpers/core';

/**
 * A 10,000-row paste into the item grid, created then edited, through the full dispatcher
 * (parse, checks, write, audit). Timings are printed for the report, not asserted: the machine
 * is shared. What is asserted is that every row and every audit entry is there.
 */
let t: TestCore;
afterEach(() => t?.cleanup());

const N = 10_000;
const ms = (start: number) => Math.round(performance.now() - start);

describe('pasting 10,000 rows', () => {
  it('creates, then updates, every row in one transaction each, with one audit entry per row', async () => {
    t = await openTestCore();
    const rows = Array.from({ length: N }, (_, i) => ({
      code: `PASTE-${String(i).padStart(5, '0')}`,
      name: `Pasted item ${i}`,
      category: i % 2 ? 'nfi' : 'shelter',
      baseUnit: 'each',
      packSizes: 'carton=20; pallet=800',
      unitWeightKg: '1,5',
      unitVolumeM3: '0.004',
      nsn: '8465-01-524-7226',
      freezeSensitive: 'no',
    }));
    const auditBefore = writeSnapshot(t.core).audit;

    let start = performance.now();
    const created = await t.core.call('items.save', { rows });
    const createMs = ms(start);
    expect(created).toHaveLength(N);
    expect(created[N - 1]).toMatchObject({
      code: `PASTE-0${N - 1}`,
      unitWeightKg: 1.5,
      packSizes: [
        { name: 'carton', quantity: 20 },
        { name: 'pallet', quantity: 800 },
      ],
    });

    start = performance.now();
    const updated = await t.core.call('items.save', {
      rows: created.map((r) => ({
        id: r.id,
        version: r.version,
        code: r.code,
        name: `${r.name} (checked)`,
        category: r.category,
        baseUnit: r.baseUnit,
      })),
    });
    const updateMs = ms(start);
    expect(
      updated.every((r, i) => r.version === 2 && r.name.endsWith('(checked)') && r.packSizes.length === 2 && r.id === created[i].id),
    ).toBe(true);

    // One bad cell in the last row of another 10,000-row block: refused, nothing written.
    const before = writeSnapshot(t.core);
    const bad = rows.map((r) => ({ ...r, code: `AGAIN-${r.code}` }));
    bad[N - 1] = { ...bad[N - 1], nsn: '8465-01-524-722' };
    start = performance.now();
    const refused = await t.core.invoke('items.save', { rows: bad });
    const refuseMs = ms(start);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['rows', N - 1, 'nsn'] }] } });
    expect(writeSnapshot(t.core)).toEqual(before);

    start = performance.now();
    const listed = await t.core.call('items.list', {});
    const listMs = ms(start);
    expect(listed).toHaveLength(N);
    expect(writeSnapshot(t.core).audit - auditBefore).toBe(2 * N);

    console.log(
      `[paste speed] ${N} rows: create ${createMs} ms, update ${updateMs} ms, refuse (bad last cell) ${refuseMs} ms, list ${listMs} ms`,
    );
  });
});
