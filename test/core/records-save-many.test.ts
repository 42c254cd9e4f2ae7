import { afterEach, describe, expect, it } from 'vitest';
import { itemSpec } from '../../electron/services/catalogue/handlers';
import type { LocalCore } from '../../electron/services/core/create';
import { DomainError } from '../../electron/services/core/errors';
import { saveManyRecords } from '../../electron/services/records/save-many';
import { openTestCore, writeSnapshot, type TestCore } from '../helpers/core';

/*
 * The bulk save imports use (saveManyRecords: the grid's save in chunks, in one transaction) must
 * leave exactly what the grid's save (items.save through the dispatcher) leaves: the same records,
 * change log, audit entries and item search text. Two files, the same rows, the clock pinned; ids
 * and installation ids differ per file, so rows are compared by item code.
 */

const NOW = '2026-12-01T10:00:00.000Z';
let cores: TestCore[] = [];
afterEach(() => {
  for (const c of cores) c.cleanup();
  cores = [];
});

const open = async () => {
  const t = await openTestCore({ now: () => NOW });
  cores.push(t);
  return t.core;
};

type Row = Record<string, unknown>;
const all = (core: LocalCore, sql: string) => core.sqlite.prepare(sql).all() as Row[];

/** Everything the saves wrote about items, with ids and the installation replaced by stable names. */
function itemTrace(core: LocalCore) {
  const codeOf = new Map(all(core, 'SELECT id, code FROM items').map((r) => [r.id as string, `item:${String(r.code)}`]));
  const installation = (all(core, "SELECT value FROM settings WHERE key = 'installation_id'")[0]?.value as string) ?? '?';
  const named = (text: string | null) => {
    if (text == null) return null;
    let out = text.split(installation).join('INSTALLATION');
    for (const [id, name] of codeOf) out = out.split(id).join(name);
    return out;
  };
  const stable = (r: Row) => JSON.parse(named(JSON.stringify(r))!) as Row;
  return {
    items: all(core, 'SELECT * FROM items ORDER BY code').map(stable),
    changeLog: all(
      core,
      "SELECT record_type, record_id, operation, version, installation_id, at FROM change_log WHERE record_type = 'items' ORDER BY seq",
    ).map(stable),
    audit: all(
      core,
      "SELECT at, operator, operation, entity, entity_id, before_json, after_json FROM audit_log WHERE entity = 'item' ORDER BY rowid",
    ).map((r): Row => ({
      ...stable(r),
      before_json: named(r.before_json as string | null),
      after_json: named(r.after_json as string | null),
    })),
    search: all(core, 'SELECT s.folded, s.source, i.code FROM item_search s JOIN items i ON i.id = s.item_id ORDER BY i.code'),
  };
}

const item = (code: string, extra: Row = {}): Row => ({ code, name: `Item ${code}`, category: 'nfi', baseUnit: 'each', ...extra });

const created: Row[] = [
  item('TARP-46', { name: 'Tarpaulin 4×6 m', category: 'shelter', unitWeightKg: 4.2, packSizes: [{ name: 'bale', quantity: 5 }] }),
  item('SOAP-250', { name: 'Savon 250 g', category: 'wash', needsLotExpiry: true, sharing: 'GREEN' }),
  item('JC-20', { name: 'Jerrycan 20 l', unitVolumeM3: 0.025, nsn: '7240-01-337-5269' }),
  item('KIT-FAM', { name: 'Family kit', supplyClass: 'II' }),
  item('BLK-01', { name: 'Blanket', freezeSensitive: false }),
];

/** The second batch: two items changed (by id and version, as a grid sends them) and one new. */
async function changes(core: LocalCore): Promise<Row[]> {
  const stored = await core.call('items.list', {});
  const byCode = new Map(stored.map((r) => [r.code, r]));
  const tarp = byCode.get('TARP-46')!;
  const soap = byCode.get('SOAP-250')!;
  return [
    {
      id: tarp.id,
      version: tarp.version,
      ...item('TARP-46', { name: 'Tarpaulin 4×6 m, reinforced', category: 'shelter', unitWeightKg: 4.5 }),
    },
    {
      id: soap.id,
      version: soap.version,
      ...item('SOAP-250', { name: 'Savon 250 g', category: 'wash', needsLotExpiry: true, sharing: 'AMBER' }),
    },
    item('NET-LLIN', { name: 'Mosquito net', category: 'wash' }),
  ];
}

describe('saveManyRecords (the bulk path of imports) writes what the grid’s save writes', () => {
  it('gives the same records, change log, audit entries and search text as items.save, creating and updating', async () => {
    const single = await open();
    const bulk = await open();
    await single.call('items.save', { rows: created as never });
    saveManyRecords(bulk.context('jobs.start'), itemSpec, created, { operation: 'items.save', chunk: 2 });
    expect(itemTrace(bulk)).toEqual(itemTrace(single));

    await single.call('items.save', { rows: (await changes(single)) as never });
    saveManyRecords(bulk.context('jobs.start'), itemSpec, await changes(bulk), { operation: 'items.save', chunk: 2 });
    const trace = itemTrace(bulk);
    expect(trace).toEqual(itemTrace(single));
    // The trace is not empty by accident: 6 items, 8 logged writes, 8 audit entries recorded as items.save.
    expect(trace.items).toHaveLength(6);
    expect(trace.changeLog).toHaveLength(8);
    expect(trace.audit.map((a) => a.operation)).toEqual(Array(8).fill('items.save'));
    expect(trace.audit[5]).toMatchObject({ entity_id: 'item:TARP-46', operator: 'Capt. Test' });
  });

  it('gives the same for a block larger than one statement of audit or search rows, across chunks', async () => {
    const single = await open();
    const bulk = await open();
    const many = Array.from({ length: 150 }, (_, i) => item(`BULK-${String(i).padStart(3, '0')}`, { name: `Colis n°${i} «${i % 7}»` }));
    await single.call('items.save', { rows: many as never });
    saveManyRecords(bulk.context('jobs.start'), itemSpec, many, { operation: 'items.save', chunk: 120 });
    const trace = itemTrace(bulk);
    expect(trace).toEqual(itemTrace(single));
    expect([trace.items.length, trace.audit.length, trace.search.length]).toEqual([150, 150, 150]);
  });

  it('refuses a bad row in a later chunk naming its row in the whole list, and writes nothing of the earlier chunks', async () => {
    const core = await open();
    await core.call('items.save', { rows: [item('TAKEN')] as never });
    const before = writeSnapshot(core);
    const rows = [item('NEW-1'), item('NEW-2'), item('NEW-3'), item('taken'), item('NEW-5')];
    let refusal: unknown;
    try {
      saveManyRecords(core.context('jobs.start'), itemSpec, rows, { operation: 'items.save', chunk: 2 });
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    const e = refusal as DomainError;
    expect(e.code).toBe('invalid_input');
    expect(e.issues).toEqual([{ path: ['rows', 3, 'code'], message: 'Code "taken" is already used by another item' }]);
    expect(e.message).toContain('row 4');
    expect(writeSnapshot(core)).toEqual(before);
  });
});
