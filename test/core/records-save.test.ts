/* eslint-disable max-lines -- the batch save's cases (create, update, conflicts, refusals) share one fixture */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../db/schema';
import { createCore } from '../../electron/services/core/create';
import { TABLE_USES_KEYS } from '../../electron/services/records/uses-words';
import { openTestCore, refusedWritingNothing, signInAs, writeSnapshot, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

const item = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Item ${code}`,
  category: 'nfi',
  baseUnit: 'each',
  ...extra,
});

const refused = (name: string, input: unknown) => refusedWritingNothing(t.core, name, input);

const auditOf = async (entityId: string): Promise<AuditEntry[]> =>
  (await t.core.call('audit.list', { entityId })).sort((a, b) => a.id.localeCompare(b.id));
const parse = (json: string | null) => (json == null ? null : (JSON.parse(json) as Record<string, unknown>));

describe('pasted batches are all-or-nothing', () => {
  it('one bad cell among three rows: error at [rows, i, field], nothing written', async () => {
    t = await openTestCore();
    const error = await refused('items.save', {
      rows: [item('JC-20', { nsn: '7240-01-337-5269' }), item('TARP-46', { nsn: '7240-01-33-5269' }), item('SOAP-250')],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['rows', 1, 'nsn'], message: expect.stringContaining('NNNN-NN-NNN-NNNN') }]);
    expect(error.message).toContain('Row 2, nsn');
  });

  it('reports every bad cell of the block at once, each at its row and field', async () => {
    t = await openTestCore();
    const error = await refused('items.save', {
      rows: [item('A-1', { unitWeightKg: -1 }), item('A-2'), item('A-3', { unNumber: '1202', dgClass: '3' })],
    });
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['rows', 0, 'unitWeightKg'],
      ['rows', 2, 'unNumber'],
    ]);
  });

  it('refuses a code that appears twice in the batch, naming both rows', async () => {
    t = await openTestCore();
    const error = await refused('items.save', { rows: [item('DUP-1'), item('X-2'), item('dup-1')] });
    expect(error.issues).toEqual([
      { path: ['rows', 2, 'code'], message: 'Code "DUP-1" appears twice in what you are saving (also row 1)' },
    ]);
  });

  it('refuses a code already used by a stored row (case-insensitive), in small and large batches', async () => {
    t = await openTestCore();
    await t.core.call('items.save', { rows: [item('TAKEN')] });
    const small = await refused('items.save', { rows: [item('FREE-1'), item('taken')] });
    expect(small.issues).toEqual([{ path: ['rows', 1, 'code'], message: 'Code "TAKEN" is already used by another item' }]);
    // Large batches check against a snapshot of the column instead of one query per row: same answer.
    const rows = Array.from({ length: 100 }, (_, i) => item(`BULK-${i}`));
    rows[57] = item('Taken');
    const large = await refused('items.save', { rows });
    expect(large.issues).toEqual([{ path: ['rows', 57, 'code'], message: 'Code "TAKEN" is already used by another item' }]);
    const orgs = await refused('organisations.save', { rows: [{ name: 'Again', shortName: 'tlb', kind: 'ngo' }] });
    expect(orgs.issues?.[0]).toEqual({
      path: ['rows', 0, 'shortName'],
      message: 'Short name "tlb" is already used by another organisation',
    });
  });

  it('refuses a stale version with a conflict naming the record, and writes nothing', async () => {
    t = await openTestCore();
    const [a] = await t.core.call('items.save', { rows: [item('V-1')] });
    await t.core.call('items.save', { rows: [{ ...item('V-1', { name: 'Edited elsewhere' }), id: a.id, version: 1 }] });
    const error = await refused('items.save', { rows: [item('OK-NEW'), { ...item('V-1', { name: 'My edit' }), id: a.id, version: 1 }] });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Item V-1 was changed by someone else since you loaded it; reload and edit again');
    expect(error.issues?.[0].path).toEqual(['rows', 1, 'version']);
  });

  it('refuses the same record twice in one batch', async () => {
    t = await openTestCore();
    const [a] = await t.core.call('items.save', { rows: [item('TWICE')] });
    const error = await refused('items.save', {
      rows: [
        { ...item('TWICE', { name: 'One' }), id: a.id, version: a.version },
        { ...item('TWICE', { name: 'Two' }), id: a.id, version: a.version },
      ],
    });
    expect(error.issues).toEqual([{ path: ['rows', 1, 'id'], message: 'The same item appears twice in what you are saving (also row 1)' }]);
  });

  it('refuses a row whose id no longer exists', async () => {
    t = await openTestCore();
    const error = await refused('items.save', { rows: [{ ...item('GONE'), id: '01900000-0000-7000-8000-000000000000', version: 1 }] });
    expect(error.issues?.[0]).toMatchObject({ path: ['rows', 0, 'id'], message: expect.stringContaining('no longer exists') });
  });

  it('refuses a reference to a missing or archived organisation', async () => {
    t = await openTestCore();
    const missing = await refused('sites.save', {
      rows: [{ code: 'S-1', name: 'S', kind: 'warehouse', operatorOrgId: '01900000-0000-7000-8000-000000000000' }],
    });
    expect(missing.issues?.[0]).toEqual({
      path: ['rows', 0, 'operatorOrgId'],
      message: 'Operating organisation does not exist; choose one from the list',
    });
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Old NGO', shortName: 'OLD', kind: 'ngo' }] });
    await t.core.call('contacts.save', { rows: [{ organisationId: org.id, name: 'Someone' }] });
    await t.core.call('organisations.remove', { id: org.id, version: org.version });
    const archived = await refused('sites.save', { rows: [{ code: 'S-1', name: 'S', kind: 'warehouse', operatorOrgId: org.id }] });
    expect(archived.issues?.[0].message).toBe('Operating organisation is archived; restore it first or choose another');
  });
});

describe('saving rows', () => {
  it('returns the rows as stored, in the order given, and audits only real changes', async () => {
    t = await openTestCore();
    const saved = await t.core.call('items.save', {
      rows: [item('B-2', { packSizes: 'carton=20; pallet=800', needsLotExpiry: 'yes' }), item('A-1')],
    });
    expect(saved.map((r) => r.code)).toEqual(['B-2', 'A-1']);
    expect(saved[0]).toMatchObject({
      packSizes: [
        { name: 'carton', quantity: 20 },
        { name: 'pallet', quantity: 800 },
      ],
      needsLotExpiry: true,
      version: 1,
      archived: false,
    });
    expect(await t.core.call('items.list', {})).toEqual([saved[1], saved[0]]);

    const before = writeSnapshot(t.core);
    const same = await t.core.call('items.save', { rows: [{ ...item('A-1'), id: saved[1].id, version: 1 }] });
    expect(same[0]).toEqual(saved[1]);
    expect(writeSnapshot(t.core)).toEqual(before);
  });

  it('lists in natural, case-insensitive order of code', async () => {
    t = await openTestCore();
    await t.core.call('items.save', { rows: [item('FD-10'), item('fd-9'), item('FD-100'), item('AB-1')] });
    expect((await t.core.call('items.list', {})).map((i) => i.code)).toEqual(['AB-1', 'FD-9', 'FD-10', 'FD-100']);
  });

  it('keeps fields a row leaves out (pack sizes, flags, sharing) instead of resetting them', async () => {
    // Regression: zod defaults used to turn an absent field into [] / false / GREEN on update.
    t = await openTestCore();
    const [food] = await t.core.call('items.save', {
      rows: [
        item('FL-25', { category: 'food', needsLotExpiry: true, packSizes: 'pallet=40', freezeSensitive: true, nsn: '8970-01-321-9153' }),
      ],
    });
    const [renamed] = await t.core.call('items.save', {
      rows: [
        {
          id: food.id,
          version: food.version,
          code: 'FL-25',
          name: 'Flour 25 kg',
          category: 'food',
          baseUnit: 'each',
          needsLotExpiry: true,
        },
      ],
    });
    expect(renamed).toMatchObject({
      name: 'Flour 25 kg',
      packSizes: [{ name: 'pallet', quantity: 40 }],
      freezeSensitive: true,
      nsn: '8970-01-321-9153',
      version: 2,
    });
    const [org] = await t.core.call('organisations.save', {
      rows: [{ name: 'Ops', shortName: 'OPS', kind: 'military', sharing: 'AMBER', notes: 'kept' }],
    });
    const [org2] = await t.core.call('organisations.save', {
      rows: [{ id: org.id, version: org.version, name: 'Ops cell', shortName: 'OPS', kind: 'military' }],
    });
    expect(org2).toMatchObject({ name: 'Ops cell', sharing: 'AMBER', notes: 'kept' });
    const [contact] = await t.core.call('contacts.save', {
      rows: [{ organisationId: org.id, name: 'Maj. Brandt', email: 'oc@nslb.example.org', callSign: 'LOGBASE 6' }],
    });
    const [contact2] = await t.core.call('contacts.save', {
      rows: [{ id: contact.id, version: contact.version, organisationId: org.id, name: 'Maj. L. Brandt' }],
    });
    expect(contact2).toMatchObject({ name: 'Maj. L. Brandt', email: 'oc@nslb.example.org', callSign: 'LOGBASE 6' });
    // A new row without them gets the column defaults.
    const [fresh] = await t.core.call('organisations.save', { rows: [{ name: 'Fresh', shortName: 'FRESH', kind: 'ngo' }] });
    expect(fresh).toMatchObject({ sharing: 'GREEN', notes: '', country: '' });
  });

  it('lets rows of one batch swap or hand over unique codes', async () => {
    // Regression: these used to fail half-way on the unique index with an "internal" error.
    t = await openTestCore();
    const [a, b] = await t.core.call('items.save', { rows: [item('CODE-A'), item('CODE-B')] });
    const swapped = await t.core.call('items.save', {
      rows: [
        { ...item('CODE-B'), id: a.id, version: a.version },
        { ...item('CODE-A'), id: b.id, version: b.version },
      ],
    });
    expect(swapped.map((r) => [r.id, r.code])).toEqual([
      [a.id, 'CODE-B'],
      [b.id, 'CODE-A'],
    ]);
    // A new row takes a code that an existing row of the same batch gives up (new row first).
    const handed = await t.core.call('items.save', {
      rows: [item('CODE-A'), { ...item('CODE-C'), id: b.id, version: swapped[1].version }],
    });
    expect(handed.map((r) => r.code)).toEqual(['CODE-A', 'CODE-C']);
    expect((await t.core.call('items.list', {})).map((r) => r.code)).toEqual(['CODE-A', 'CODE-B', 'CODE-C']);
    const audit = await auditOf(b.id);
    expect(audit.map((e) => parse(e.after)?.code)).toEqual(['CODE-B', 'CODE-A', 'CODE-C']);
  });

  it('refuses a new row taking the code that another row of the batch keeps', async () => {
    t = await openTestCore();
    const [a] = await t.core.call('items.save', { rows: [item('KEEP')] });
    const error = await refused('items.save', {
      rows: [{ ...item('KEEP', { name: 'Renamed' }), id: a.id, version: a.version }, item('keep')],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: ['rows', 1, 'code'], message: 'Code "KEEP" appears twice in what you are saving (also row 1)' }]);
  });
});

describe('remove, archive, restore', () => {
  it('deletes an unreferenced organisation, archives a referenced one, and restores it', async () => {
    t = await openTestCore();
    const [lonely, used] = await t.core.call('organisations.save', {
      rows: [
        { name: 'Lonely NGO', shortName: 'LONE', kind: 'ngo' },
        { name: 'WASH Without Borders', shortName: 'WWB', kind: 'ngo' },
      ],
    });
    expect([lonely.version, used.version]).toEqual([1, 1]);
    await t.core.call('sites.save', { rows: [{ code: 'WWB-MRW', name: 'WWB Warehouse', kind: 'warehouse', operatorOrgId: used.id }] });
    await t.core.call('contacts.save', { rows: [{ organisationId: used.id, name: 'Marta Jansen', email: 'm@wwb.example.org' }] });

    expect(await t.core.call('organisations.remove', { id: lonely.id, version: lonely.version })).toEqual({
      id: lonely.id,
      outcome: 'deleted',
    });
    expect(await t.core.call('organisations.remove', { id: used.id, version: used.version })).toEqual({
      id: used.id,
      outcome: 'archived',
      reason: 'used by 1 contact, 1 site',
    });
    expect((await t.core.call('organisations.list', {})).map((o) => o.shortName)).toEqual(['TLB']);
    const withArchived = await t.core.call('organisations.list', { includeArchived: true });
    expect(withArchived.find((o) => o.id === used.id)).toMatchObject({ archived: true, version: 2 });
    expect(await t.core.invoke('organisations.remove', { id: lonely.id, version: lonely.version })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const restored = await t.core.call('organisations.restore', { id: used.id, version: 2 });
    expect(restored).toMatchObject({ archived: false, version: 3 });

    const lonelyAudit = await auditOf(lonely.id);
    expect(
      lonelyAudit.map((e) => [e.operation, e.operator, parse(e.before)?.shortName ?? null, parse(e.after)?.shortName ?? null]),
    ).toEqual([
      ['organisations.save', 'Capt. Test', null, 'LONE'],
      ['organisations.remove', 'Capt. Test', 'LONE', null],
    ]);
    const usedAudit = await auditOf(used.id);
    expect(usedAudit.map((e) => [e.operation, parse(e.before)?.archived ?? null, parse(e.after)?.archived])).toEqual([
      ['organisations.save', null, false],
      ['organisations.remove', false, true],
      ['organisations.restore', true, false],
    ]);
    expect(usedAudit.every((e) => e.entity === 'organisation' && e.installationId === usedAudit[0].installationId)).toBe(true);
  });

  it('archives instead of failing when a table it does not list refers to the record', async () => {
    // Regression: referrers were a hand-kept list, so a newer table (stock lots → items) made
    // "remove" hit the foreign key and fail as an internal error instead of archiving.
    t = await openTestCore();
    t.core.sqlite.exec('CREATE TABLE test_item_uses (id TEXT PRIMARY KEY, item_id TEXT NOT NULL REFERENCES items(id))');
    const [used, free] = await t.core.call('items.save', { rows: [item('USED-1'), item('FREE-1')] });
    t.core.sqlite.prepare('INSERT INTO test_item_uses (id, item_id) VALUES (?, ?)').run('u1', used.id);
    expect(await t.core.call('items.remove', { id: used.id, version: used.version })).toEqual({
      id: used.id,
      outcome: 'archived',
      reason: 'used by 1 other record',
    });
    expect(await t.core.call('items.remove', { id: free.id, version: free.version })).toEqual({ id: free.id, outcome: 'deleted' });
    // Removing an archived, still referenced record again changes nothing.
    const before = writeSnapshot(t.core);
    expect(await t.core.call('items.remove', { id: used.id, version: 2 })).toMatchObject({ outcome: 'archived' });
    expect(writeSnapshot(t.core)).toEqual(before);
  });

  it('says what still uses a record in the reader’s language, each table with its plural (issue 9)', async () => {
    t = await openTestCore();
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'WASH Without Borders', shortName: 'WWB', kind: 'ngo' }] });
    await t.core.call('sites.save', { rows: [{ code: 'WWB-MRW', name: 'WWB Warehouse', kind: 'warehouse', operatorOrgId: org.id }] });
    await t.core.call('contacts.save', {
      rows: [
        { organisationId: org.id, name: 'Marta Jansen', email: 'm@wwb.example.org' },
        { organisationId: org.id, name: 'Idris Kane', email: 'i@wwb.example.org' },
      ],
    });
    await t.core.call('system.setLanguage', { language: 'fr' });
    expect(await t.core.call('organisations.remove', { id: org.id, version: 1 })).toMatchObject({
      reason: 'utilisé par 2 contacts, 1 site',
    });
    await t.core.call('system.setLanguage', { language: 'ar' });
    expect(await t.core.call('organisations.remove', { id: org.id, version: 2 })).toMatchObject({
      reason: 'مستخدم في سجلان من جهات الاتصال، سجل واحد من المواقع',
    });
  });

  it('has a plural message for every table that can refer to a record (a new table fails here)', async () => {
    t = await openTestCore();
    const tables = t.core.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
      .all() as { name: string }[];
    const referring = tables
      .filter(({ name }) => (t.core.sqlite.prepare(`PRAGMA foreign_key_list("${name}")`).all() as unknown[]).length > 0)
      .map(({ name }) => name);
    expect(referring.length).toBeGreaterThan(10);
    expect(referring.filter((name) => !(name in TABLE_USES_KEYS))).toEqual([]);
  });

  it('records before and after of an update, and who made it', async () => {
    t = await openTestCore();
    const [site] = await t.core.call('sites.save', {
      rows: [{ code: 'TH-AST', name: 'Aster Falls hub', kind: 'transit_hub', latitude: '10,41' }],
    });
    expect(site.latitude).toBe(10.41);
    await signInAs(t.core, 'Lt. Varga', 'storekeeper');
    await t.core.call('sites.save', {
      rows: [{ id: site.id, version: 1, code: 'TH-AST', name: 'Aster Falls Transit Hub', kind: 'transit_hub' }],
    });
    const [created, updated] = await auditOf(site.id);
    expect(created).toMatchObject({ operator: 'Capt. Test', entity: 'site', before: null });
    expect(updated).toMatchObject({ operator: 'Lt. Varga', operation: 'sites.save' });
    expect(parse(updated.before)).toMatchObject({ name: 'Aster Falls hub', version: 1, latitude: 10.41 });
    expect(parse(updated.after)).toMatchObject({ name: 'Aster Falls Transit Hub', version: 2, latitude: 10.41 });
    expect((await t.core.call('system.status', {})).operator).toMatchObject({ displayName: 'Lt. Varga', role: 'storekeeper' });
  });
});

describe('first-start setup and the operator', () => {
  it('refuses writes and reads before setup (not_ready: nobody is signed in); the status answers', async () => {
    t = await openTestCore({ setup: false });
    const before = writeSnapshot(t.core);
    const r = await t.core.invoke('organisations.save', { rows: [{ name: 'X', shortName: 'X', kind: 'ngo' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_ready', message: expect.stringContaining('Sign in first') } });
    expect(await t.core.invoke('system.loadDemo', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    expect(writeSnapshot(t.core)).toEqual(before);
    expect(await t.core.call('system.status', {})).toMatchObject({ setupDone: false, operator: null, homeOrganisation: null });
    expect(await t.core.invoke('items.list', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
  });

  it('sets up once; a second setup is refused and changes nothing', async () => {
    t = await openTestCore({ setup: false });
    const status = await t.core.call('system.setup', {
      operator: '  WO2 Okafor ',
      pin: '1234',
      organisation: { name: 'Northern Sector Logistics Battalion', shortName: 'NSLB', kind: 'military' },
    });
    expect(status).toMatchObject({
      setupDone: true,
      operator: { displayName: 'WO2 Okafor', role: 'administrator' },
      homeOrganisation: { shortName: 'NSLB', kind: 'military' },
    });
    const [home] = await auditOf(status.homeOrganisation!.id);
    expect(home).toMatchObject({ operator: 'WO2 Okafor', operation: 'system.setup' });
    const error = await refused('system.setup', {
      operator: 'Someone else',
      pin: '1234',
      organisation: { name: 'Other', shortName: 'OTH', kind: 'ngo' },
    });
    expect(error).toMatchObject({ code: 'rule_violation', message: expect.stringContaining('already set up') });
    expect((await t.core.call('system.status', {})).operator?.displayName).toBe('WO2 Okafor');
  });

  it('signing in changes who is recorded; after a restart nobody is signed in until a PIN is typed again', async () => {
    t = await openTestCore();
    await signInAs(t.core, 'Cpl. Night Shift', 'storekeeper');
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Night NGO', shortName: 'NGT', kind: 'ngo' }] });
    expect((await auditOf(org.id))[0].operator).toBe('Cpl. Night Shift');
    const error = await refused('operators.create', { name: '   ', role: 'viewer', pin: '1234' });
    expect(error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('"operators" permission') });
    t.core.close();
    const again = createCore({ databasePath: t.dbPath, homeDir: path.join(t.dir, 'home') });
    try {
      expect((await again.call('system.status', {})).operator).toBeNull();
      expect(await again.invoke('organisations.list', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    } finally {
      again.close();
    }
  });
});
