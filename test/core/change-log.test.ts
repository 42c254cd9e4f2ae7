/* eslint-disable max-lines -- a table test: the expected change entries of every write operation of the contract */
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLogTriggers, CHANGE_LOG_GUARDS, mutableTables } from '../../db/change-log';
import * as schema from '../../db/schema';
import { contract, type OpInput, type OpName } from '../../electron/api/contract';
import { RECORD_TYPES, UNLOGGED_TYPES, type Change, type CoreEvent, type RecordType } from '../../electron/api/events';
import { createCore, type LocalCore as Core } from '../../electron/services/core/create';
import { READS } from '../../renderer/src/app/reads';
import { tempDir } from '../helpers/core';
import { saveUpload } from '../../electron/services/exchange/import/files';
import { recordEvents } from '../helpers/jobs';

/**
 * The change log: every write operation of the contract (the list is the contract's, so a new
 * operation fails here until it has a case) leaves exactly the expected change-log rows for a valid
 * call, and none for a refused one. After every call the log agrees with the tables (each record's
 * last entry carries its current version; a deleted record's is a tombstone), and the `changed`
 * event names exactly what the log says.
 */

const NOW = '2026-06-15T09:00:00.000Z';
const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

interface LogRow {
  seq: number;
  type: RecordType;
  id: string;
  op: 'insert' | 'update' | 'delete';
  version: number;
  installation: string;
  at: string;
}

/** "type:op" → how many rows; the shape every case states what it expects in. */
type Tally = Partial<Record<`${RecordType}:${'insert' | 'update' | 'delete'}`, number>>;

let dir: { dir: string; cleanup: () => void };
let core: Core;
let installationId: string;
const events: CoreEvent[] = [];
let n = 0;
const call = <K extends OpName>(name: K, input: OpInput<K>) => core.call(name, input);
const uniq = (prefix: string) => `${prefix}-${++n}`;
/** The version a record has now (what an editor that just read it would send). */
const ver = (type: RecordType, id: string) =>
  (core.sqlite.prepare(`SELECT version FROM "${type}" WHERE id = ?`).get(id) as { version: number } | undefined)?.version ?? 1;

function openCore(name: string): Core {
  return createCore({ databasePath: path.join(dir.dir, `${name}.sqlite`), homeDir: path.join(dir.dir, 'home'), now: () => NOW });
}

async function setUp(c: Core): Promise<void> {
  await c.call('system.setup', {
    operator: 'Capt. Test',
    pin: '1234',
    organisation: { name: 'Test Logistics Battalion', shortName: 'TLB', kind: 'military', country: 'XX' },
    demo: false,
  });
}

const logAfter = (c: Core, seq: number) =>
  c.sqlite
    .prepare(
      `SELECT seq, record_type AS type, record_id AS id, operation AS op, version, installation_id AS installation, at
       FROM change_log WHERE seq > ? ORDER BY seq`,
    )
    .all(seq) as LogRow[];
const lastSeq = (c: Core) => (c.sqlite.prepare('SELECT coalesce(max(seq), 0) AS n FROM change_log').get() as { n: number }).n;

function tally(rows: LogRow[]): Tally {
  const t: Record<string, number> = {};
  for (const r of rows) t[`${r.type}:${r.op}`] = (t[`${r.type}:${r.op}`] ?? 0) + 1;
  return t as Tally;
}

/** Every record's last log entry carries its current version; a record's absence is a tombstone. */
function expectLogAgreesWithTables(c: Core): void {
  const last = new Map<string, LogRow>();
  for (const r of logAfter(c, 0)) last.set(`${r.type}/${r.id}`, r);
  const present = new Set<string>();
  for (const type of RECORD_TYPES) {
    for (const row of c.sqlite.prepare(`SELECT id, version FROM "${type}"`).all() as { id: string; version: number }[]) {
      const key = `${type}/${row.id}`;
      present.add(key);
      const entry = last.get(key);
      expect(entry, `${key} has no change-log entry`).toBeDefined();
      expect(entry!.op, `${key}`).not.toBe('delete');
      expect(entry!.version, `${key}: last logged version`).toBe(row.version);
    }
  }
  for (const [key, entry] of last)
    if (!present.has(key)) expect(entry.op, `${key} is gone but its last entry is not a tombstone`).toBe('delete');
}

/** The event reports the types the log has, with each record's last change. */
function expectEventMatches(rows: LogRow[], changes: Change[]): void {
  const byType = new Map(changes.map((c) => [c.type, c]));
  const lastById = new Map<string, LogRow>();
  for (const r of rows) lastById.set(`${r.type}/${r.id}`, r);
  for (const type of new Set(rows.map((r) => r.type))) {
    const change = byType.get(type);
    expect(change, `the changed event names ${type}`).toBeDefined();
    const expected = [...lastById.values()].filter((r) => r.type === type).map((r) => ({ id: r.id, version: r.version, op: r.op }));
    if (change!.records)
      expect(new Set(change!.records.map((x) => JSON.stringify(x)))).toEqual(new Set(expected.map((x) => JSON.stringify(x))));
  }
  for (const c of changes)
    if ((RECORD_TYPES as readonly string[]).includes(c.type))
      expect(
        rows.some((r) => r.type === c.type),
        `${c.type} reported but not logged`,
      ).toBe(true);
}

/** Calls a valid operation and checks what it logged against `expected` (and the invariants). */
async function expectLogged<K extends OpName>(name: K, input: OpInput<K>, expected: Tally, c: Core = core): Promise<LogRow[]> {
  const seq = lastSeq(c);
  events.length = 0;
  const r = await c.invoke(name, input);
  expect(r.ok, `${name}: ${JSON.stringify(r)}`).toBe(true);
  const rows = logAfter(c, seq);
  expect(tally(rows), name).toEqual(expected);
  for (const row of rows) {
    expect(row.installation, `${name}: installation of ${row.type} ${row.op}`).toBe(installationId);
    if (row.op !== 'delete') expect(row.at, `${name}: time of ${row.type} ${row.op}`).toBe(NOW);
  }
  const changed = events.filter((e): e is Extract<CoreEvent, { type: 'changed' }> => e.type === 'changed');
  if (rows.length > 0) {
    expect(changed.length, `${name}: one changed event`).toBe(1);
    expectEventMatches(rows, changed[0].changes);
  }
  expectLogAgreesWithTables(c);
  return rows;
}

/** Calls an operation that must be refused and checks it logged nothing and reported no change. */
async function expectRefused<K extends OpName>(name: K, input: OpInput<K>): Promise<void> {
  const seq = lastSeq(core);
  events.length = 0;
  const r = await core.invoke(name, input);
  expect(r.ok, `${name} should have been refused: ${JSON.stringify(r)}`).toBe(false);
  expect(logAfter(core, seq), `${name} refused but logged`).toEqual([]);
  expect(
    events.filter((e) => e.type === 'changed'),
    `${name} refused but reported a change`,
  ).toEqual([]);
}

// ---- a small world --------------------------------------------------------------------------
const w = { wfp: '', ngo: '', fob: '', wh: '', rice: '', tent: '', home: '' };
const future = '2027-12-31';

async function draftReceipt(lines = 1) {
  return call('stock.documents.create', {
    siteId: w.fob,
    kind: 'receipt',
    counterpartyOrgId: w.wfp,
    lines: Array.from({ length: lines }, () => ({
      itemId: w.rice,
      lotNumber: uniq('LOT'),
      expiryDate: future,
      ownerOrgId: w.wfp,
      quantity: 10,
    })),
  });
}
async function postedReceipt(site = w.fob) {
  return call('stock.documents.create', {
    siteId: site,
    kind: 'receipt',
    counterpartyOrgId: w.wfp,
    lines: [{ itemId: w.rice, lotNumber: uniq('LOT'), expiryDate: future, ownerOrgId: w.wfp, quantity: 10 }],
    post: true,
  });
}
async function postedTransfer() {
  const grn = await postedReceipt();
  return call('stock.documents.create', {
    siteId: w.fob,
    kind: 'transfer_out',
    otherSiteId: w.wh,
    ownerOrgId: w.wfp,
    lines: [{ lotId: grn.lines[0].lotId!, quantity: 4 }],
    post: true,
  });
}
async function countAt() {
  const site = (await call('sites.save', { rows: [{ code: uniq('CNT'), name: 'Count site', kind: 'warehouse' }] }))[0].id;
  await postedReceipt(site);
  await postedReceipt(site);
  return { site, sheet: await call('stock.count.create', { siteId: site }) };
}
async function adminId() {
  return (await call('auth.operators', {})).find((o) => o.displayName === 'Capt. Test')!.id;
}
async function newOrg() {
  return (await call('organisations.save', { rows: [{ name: uniq('Org'), shortName: uniq('O'), kind: 'ngo' }] }))[0];
}

/** A planned convoy from FOB-N to WH-A: one vehicle, one stop, one manifest line of 3 from a fresh lot. */
async function convoyWorld() {
  const grn = await postedReceipt();
  const [v] = await call('vehicles.save', { rows: [{ plate: uniq('CV'), kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30 }] });
  const c = await call('convoys.create', { originSiteId: w.fob, stops: [{ siteId: w.wh }], vehicleIds: [v.id] });
  const m = await call('convoys.manifest.save', {
    convoyId: c.id,
    rows: [
      {
        vehicleId: v.id,
        lotId: grn.lines[0].lotId!,
        consigneeOrgId: w.wfp,
        stopId: c.stops[0].id,
        quantity: 3,
        fefoOverrideReason: 'test lot',
      },
    ],
  });
  return { id: c.id, vehicle: v.id, stop: c.stops[0].id, line: m.lines[0].id, lot: grn.lines[0].lotId! };
}

/** One or more valid calls and one refused call for every write operation of the contract. */
const CASES: Record<string, () => Promise<void>> = {
  'system.setup': async () => {
    const fresh = openCore('fresh');
    try {
      const seq = lastSeq(fresh);
      await fresh.call('system.setup', {
        operator: 'Lt. New',
        pin: '1234',
        organisation: { name: 'New Unit', shortName: 'NU', kind: 'military' },
        demo: false,
      });
      const rows = logAfter(fresh, seq);
      expect(tally(rows)).toEqual({ 'organisations:insert': 1, 'operators:insert': 1 });
      expectLogAgreesWithTables(fresh);
    } finally {
      fresh.close();
    }
    await expectRefused('system.setup', {
      operator: 'Again',
      pin: '1234',
      organisation: { name: 'X', shortName: 'X', kind: 'ngo' },
      demo: false,
    });
  },
  'auth.signIn': async () => {
    const other = await call('operators.create', { name: uniq('Sgt. Other'), role: 'storekeeper', pin: '1234' });
    // A right PIN writes no record (the audit trail has the sign-in); the test signs back in as the administrator.
    await expectLogged('auth.signIn', { operatorId: other.id, pin: '1234' }, {});
    await expectLogged('auth.signIn', { operatorId: await adminId(), pin: '1234' }, {});
    await expectRefused('auth.signIn', { operatorId: '01900000-0000-7000-8000-000000000000', pin: '1234' });
  },
  'auth.signOut': async () => {
    const admin = await adminId();
    await expectLogged('auth.signOut', {}, {});
    await call('auth.signIn', { operatorId: admin, pin: '1234' });
    await expectRefused('auth.signOut', 5 as never);
  },
  'auth.lock': async () => {
    // Locking and unlocking write no record (the unlock is in the audit trail).
    await expectLogged('auth.lock', {}, {});
    await call('auth.unlock', { pin: '1234' });
  },
  'auth.unlock': async () => {
    await call('auth.lock', {});
    await expectLogged('auth.unlock', { pin: '1234' }, {});
    await expectRefused('auth.unlock', { pin: 5 } as never);
  },
  'system.idleLock.save': async () => {
    await expectLogged('system.idleLock.save', { minutes: 20 }, {});
    await expectLogged('system.idleLock.save', { minutes: 15 }, {});
    await expectRefused('system.idleLock.save', { minutes: -1 });
  },
  'auth.createAdministrator': async () => {
    // Only a database without accounts may create its first administrator (operators.test.ts has that case).
    await expectRefused('auth.createAdministrator', { name: 'Someone', pin: '1234' });
  },
  'operators.create': async () => {
    const name = uniq('Pte. New');
    await expectLogged('operators.create', { name, role: 'viewer', pin: '5678' }, { 'operators:insert': 1 });
    await expectRefused('operators.create', { name, role: 'viewer', pin: '5678' });
  },
  'operators.update': async () => {
    const op = await call('operators.create', { name: uniq('Pte. Edit'), role: 'viewer', pin: '5678' });
    await expectLogged('operators.update', { ...op, role: 'storekeeper' }, { 'operators:update': 1 });
    await expectRefused('operators.update', { ...op, role: 'approver' });
  },
  'operators.resetPin': async () => {
    const op = await call('operators.create', { name: uniq('Pte. Pin'), role: 'viewer', pin: '5678' });
    await expectLogged('operators.resetPin', { id: op.id, version: op.version, pin: '8765' }, { 'operators:update': 1 });
    await expectRefused('operators.resetPin', { id: op.id, version: op.version, pin: '8765' });
  },
  'system.loadDemo': async () => {
    const demo = openCore('demo');
    try {
      await setUp(demo);
      const seq = lastSeq(demo);
      await demo.call('system.loadDemo', {});
      const t = tally(logAfter(demo, seq));
      for (const type of ['organisations', 'contacts', 'agreements', 'sites', 'items', 'stock_lots', 'stock_documents'] as const)
        expect(t[`${type}:insert`], `demo inserts ${type}`).toBeGreaterThan(0);
      expectLogAgreesWithTables(demo);
      // Loading it again adds nothing.
      const again = lastSeq(demo);
      await demo.call('system.loadDemo', {});
      expect(logAfter(demo, again)).toEqual([]);
    } finally {
      demo.close();
    }
  },
  'jobs.start': async () => {
    // A job's own writes are logged as the operations inside it are (the demo job: jobs.test.ts);
    // starting one writes only the job history, which is not a record.
    const rec = recordEvents(core);
    try {
      const seq = lastSeq(core);
      const job = await call('jobs.start', { kind: 'integrity', depth: 'ledger' });
      await rec.ended(job.id);
      expect(logAfter(core, seq)).toEqual([]);
    } finally {
      rec.unsubscribe();
    }
    await expectRefused('jobs.start', { kind: 'integrity', depth: 'nonsense' } as never);
  },
  'jobs.cancel': async () => {
    await expectRefused('jobs.cancel', { jobId: NO_SUCH_ID });
  },
  'system.fourEyes.save': async () => {
    const rules = await call('system.fourEyes.get', {});
    const on = await call('system.fourEyes.save', { ...rules, reversals: true });
    await expectRefused('system.fourEyes.save', rules);
    // Back off, so the other cases' reversals need no second operator.
    await expectLogged('system.fourEyes.save', { ...on, reversals: false }, {});
  },
  'system.rules.save': async () => {
    const rules = await call('system.rules.get', {});
    await expectLogged('system.rules.save', { backdateLimitDays: rules.backdateLimitDays + 1, version: rules.version }, {});
    await expectRefused('system.rules.save', { backdateLimitDays: 3, version: rules.version });
  },
  'backups.settings.save': async () => {
    const settings = await call('backups.list', {});
    await expectLogged('backups.settings.save', { keep: settings.keep + 1, version: settings.version }, {});
    await expectRefused('backups.settings.save', { keep: 3, version: settings.version });
  },
  'backups.restore': async () => {
    // Restoring replaces the whole file (its own log with it); test/core/backups.test.ts covers it.
    // This in-process core has no owner to reopen it, so it refuses, as it does a file not found.
    await expectRefused('backups.restore', { backup: 'missing.sqlite' });
  },
  'sharing.setDefaults': async () => {
    await expectLogged('sharing.setDefaults', { site: 'AMBER' }, {});
    await expectRefused('sharing.setDefaults', { site: 'PURPLE' } as never);
  },
  'exportProfiles.save': async () => {
    await expectLogged(
      'exportProfiles.save',
      { rows: [{ organisationId: w.ngo, maxLabel: 'RED', callSigns: 'omit' }] },
      { 'export_profiles:insert': 1 },
    );
    await expectRefused('exportProfiles.save', { rows: [{ organisationId: NO_SUCH_ID, maxLabel: 'RED', callSigns: 'omit' }] });
  },
  'exportProfiles.remove': async () => {
    const [p] = await call('exportProfiles.save', { rows: [{ organisationId: w.wfp, maxLabel: 'GREEN', callSigns: 'omit' }] });
    await expectLogged('exportProfiles.remove', { id: p.id, version: p.version }, { 'export_profiles:delete': 1 });
    await expectRefused('exportProfiles.remove', { id: p.id, version: p.version });
  },
  'system.setLanguage': async () => {
    // A preference in the settings, like the column layout: nothing in the change log.
    await expectLogged('system.setLanguage', { language: 'fr' }, {});
    await expectLogged('system.setLanguage', { language: 'en' }, {});
  },
  'locale.save': async () => {
    await expectLogged('locale.save', { dateStyle: 'iso' }, {});
    expect(await call('locale.get', {})).toEqual({ englishRegion: 'GB', arabicDigits: 'latn', dateStyle: 'iso' });
    await expectRefused('locale.save', { arabicDigits: 'roman' } as never);
  },
  'layout.save': async () => {
    await expectLogged('layout.save', { key: 'items', state: { columns: [] } }, {});
  },

  'organisations.save': async () => {
    const org = await newOrg();
    await expectLogged(
      'organisations.save',
      { rows: [{ name: 'Another NGO', shortName: uniq('AN'), kind: 'ngo' }] },
      { 'organisations:insert': 1 },
    );
    await expectLogged(
      'organisations.save',
      { rows: [{ id: org.id, version: org.version, name: org.name, shortName: org.shortName, kind: org.kind, notes: 'renamed' }] },
      { 'organisations:update': 1 },
    );
    await expectRefused('organisations.save', { rows: [{ name: 'Dup', shortName: 'WFP', kind: 'ngo' }] });
  },
  'organisations.remove': async () => {
    const org = await newOrg();
    await expectLogged('organisations.remove', { id: org.id, version: ver('organisations', org.id) }, { 'organisations:delete': 1 });
    await expectLogged('organisations.remove', { id: w.ngo, version: ver('organisations', w.ngo) }, { 'organisations:update': 1 }); // referenced: archived
    await expectRefused('organisations.remove', { id: NO_SUCH_ID, version: ver('organisations', NO_SUCH_ID) });
  },
  'organisations.restore': async () => {
    await expectLogged('organisations.restore', { id: w.ngo, version: ver('organisations', w.ngo) }, { 'organisations:update': 1 });
    await expectRefused('organisations.restore', { id: NO_SUCH_ID, version: ver('organisations', NO_SUCH_ID) });
  },
  'contacts.save': async () => {
    await expectLogged('contacts.save', { rows: [{ organisationId: w.wfp, name: 'Ms. Contact' }] }, { 'contacts:insert': 1 });
    await expectRefused('contacts.save', { rows: [{ organisationId: NO_SUCH_ID, name: 'Nobody' }] });
  },
  'contacts.remove': async () => {
    const [c] = await call('contacts.save', { rows: [{ organisationId: w.wfp, name: 'Mr. Gone' }] });
    await expectLogged('contacts.remove', { id: c.id, version: ver('contacts', c.id) }, { 'contacts:delete': 1 });
    await expectRefused('contacts.remove', { id: c.id, version: ver('contacts', c.id) });
  },
  'agreements.save': async () => {
    await expectLogged('agreements.save', { rows: [{ organisationId: w.wfp, title: 'MOU' }] }, { 'agreements:insert': 1 });
    await expectRefused('agreements.save', { rows: [{ organisationId: NO_SUCH_ID, title: 'MOU' }] });
  },
  'agreements.remove': async () => {
    const [a] = await call('agreements.save', { rows: [{ organisationId: w.wfp, title: 'Old MOU' }] });
    await expectLogged('agreements.remove', { id: a.id, version: ver('agreements', a.id) }, { 'agreements:delete': 1 });
    await expectRefused('agreements.remove', { id: a.id, version: ver('agreements', a.id) });
  },
  'sites.save': async () => {
    await expectLogged('sites.save', { rows: [{ code: uniq('S'), name: 'A site', kind: 'warehouse' }] }, { 'sites:insert': 1 });
    await expectRefused('sites.save', { rows: [{ code: 'FOB-N', name: 'Same code', kind: 'warehouse' }] });
  },
  'sites.remove': async () => {
    const [s] = await call('sites.save', { rows: [{ code: uniq('S'), name: 'Unused', kind: 'warehouse' }] });
    await expectLogged('sites.remove', { id: s.id, version: ver('sites', s.id) }, { 'sites:delete': 1 });
    await expectRefused('sites.remove', { id: s.id, version: ver('sites', s.id) });
  },
  'sites.restore': async () => {
    const [s] = await call('sites.save', { rows: [{ code: uniq('S'), name: 'Used', kind: 'warehouse' }] });
    await call('stock.thresholds.save', { rows: [{ siteId: s.id, itemId: w.tent, minQuantity: 1 }] });
    await expectLogged('sites.remove', { id: s.id, version: ver('sites', s.id) }, { 'sites:update': 1 }); // referenced by a threshold: archived
    await expectLogged('sites.restore', { id: s.id, version: ver('sites', s.id) }, { 'sites:update': 1 });
    await expectRefused('sites.restore', { id: NO_SUCH_ID, version: ver('sites', NO_SUCH_ID) });
  },
  'items.save': async () => {
    const [item] = await call('items.save', { rows: [{ code: uniq('IT'), name: 'Thing', category: 'nfi', baseUnit: 'each' }] });
    await expectLogged('items.save', { rows: [{ ...item, packSizes: '', name: 'Thing, renamed' }] }, { 'items:update': 1 });
    // Two items swapping codes: each parked under a placeholder first, then given its new code.
    const [a, b] = await call('items.save', {
      rows: [
        { code: uniq('SW'), name: 'A', category: 'nfi', baseUnit: 'each' },
        { code: uniq('SW'), name: 'B', category: 'nfi', baseUnit: 'each' },
      ],
    });
    const swapped = await expectLogged(
      'items.save',
      {
        rows: [
          { ...a, packSizes: '', code: b.code },
          { ...b, packSizes: '', code: a.code },
        ],
      },
      { 'items:update': 4 },
    );
    expect(swapped.filter((r) => r.id === a.id).map((r) => r.version)).toEqual([2, 3]);
    await expectRefused('items.save', { rows: [{ ...item, packSizes: '', version: 1, name: 'stale' }] });
  },
  'items.remove': async () => {
    const [item] = await call('items.save', { rows: [{ code: uniq('IT'), name: 'Unused', category: 'nfi', baseUnit: 'each' }] });
    await expectLogged('items.remove', { id: item.id, version: ver('items', item.id) }, { 'items:delete': 1 });
    await expectLogged('items.remove', { id: w.tent, version: ver('items', w.tent) }, { 'items:update': 1 });
    await expectRefused('items.remove', { id: NO_SUCH_ID, version: ver('items', NO_SUCH_ID) });
  },
  'items.restore': async () => {
    await expectLogged('items.restore', { id: w.tent, version: ver('items', w.tent) }, { 'items:update': 1 });
    await expectRefused('items.restore', { id: NO_SUCH_ID, version: ver('items', NO_SUCH_ID) });
  },

  'stock.documents.create': async () => {
    await expectLogged(
      'stock.documents.create',
      {
        siteId: w.fob,
        kind: 'receipt',
        counterpartyOrgId: w.wfp,
        lines: [
          { itemId: w.tent, ownerOrgId: w.wfp, quantity: 5 },
          { itemId: w.tent, ownerOrgId: w.wfp, quantity: 6 },
        ],
      },
      { 'stock_documents:insert': 1, 'stock_document_lines:insert': 2 },
    );
    // Created and posted at once: the new lot first, the line inserted already pointing at it (no
    // update of the line), the document posted.
    await expectLogged(
      'stock.documents.create',
      {
        siteId: w.fob,
        kind: 'receipt',
        counterpartyOrgId: w.wfp,
        lines: [{ itemId: w.rice, lotNumber: uniq('LOT'), expiryDate: future, ownerOrgId: w.wfp, quantity: 5 }],
        post: true,
      },
      {
        'stock_documents:insert': 1,
        'stock_documents:update': 1,
        'stock_document_lines:insert': 1,
        'stock_lots:insert': 1,
      },
    );
    // A lot-tracked item without its lot: nothing is created.
    await expectRefused('stock.documents.create', {
      siteId: w.fob,
      kind: 'receipt',
      counterpartyOrgId: w.wfp,
      lines: [{ itemId: w.rice, ownerOrgId: w.wfp, quantity: 5 }],
      post: true,
    });
  },
  'stock.documents.update': async () => {
    const d = await draftReceipt();
    await expectLogged(
      'stock.documents.update',
      { id: d.document.id, version: d.document.version, notes: 'checked' },
      { 'stock_documents:update': 1 },
    );
    await expectRefused('stock.documents.update', { id: d.document.id, version: d.document.version, notes: 'stale' });
  },
  'stock.documents.setSharing': async () => {
    // Posted: the label is the one column a posted document still takes (freeze trigger).
    const posted = await postedReceipt();
    await expectLogged(
      'stock.documents.setSharing',
      { id: posted.document.id, version: ver('stock_documents', posted.document.id), sharing: 'RED' },
      { 'stock_documents:update': 1 },
    );
    await expectRefused('stock.documents.setSharing', { id: posted.document.id, version: posted.document.version, sharing: 'GREEN' });
  },
  'stock.documents.delete': async () => {
    const d = await draftReceipt(2);
    await expectLogged(
      'stock.documents.delete',
      { id: d.document.id, version: ver('stock_documents', d.document.id) },
      { 'stock_document_lines:delete': 2, 'stock_documents:delete': 1 },
    );
    const posted = await postedReceipt();
    await expectRefused('stock.documents.delete', { id: posted.document.id, version: ver('stock_documents', posted.document.id) });
  },
  'stock.documents.post': async () => {
    const d = await draftReceipt();
    await expectLogged(
      'stock.documents.post',
      { id: d.document.id, version: d.document.version },
      { 'stock_documents:update': 1, 'stock_document_lines:update': 1, 'stock_lots:insert': 1 },
    );
    await expectRefused('stock.documents.post', { id: d.document.id, version: ver('stock_documents', d.document.id) });
  },
  'stock.documents.reverse': async () => {
    const posted = await postedReceipt();
    await expectLogged(
      'stock.documents.reverse',
      { id: posted.document.id, version: posted.document.version, reason: 'Entered twice' },
      { 'stock_documents:insert': 1, 'stock_documents:update': 2, 'stock_document_lines:insert': 1 },
    );
    await expectRefused('stock.documents.reverse', {
      id: posted.document.id,
      version: ver('stock_documents', posted.document.id),
      reason: 'Again',
    });
  },
  'stock.lines.save': async () => {
    const d = await draftReceipt();
    const line = d.lines[0];
    await expectLogged(
      'stock.lines.save',
      {
        documentId: d.document.id,
        lines: [
          {
            id: line.id,
            version: line.version,
            itemId: w.rice,
            lotNumber: line.lotNumber,
            expiryDate: future,
            ownerOrgId: w.wfp,
            quantity: 12,
          },
          { itemId: w.tent, ownerOrgId: w.wfp, quantity: 3 },
        ],
      },
      { 'stock_document_lines:update': 1, 'stock_document_lines:insert': 1, 'stock_documents:update': 1 },
    );
    await expectRefused('stock.lines.save', {
      documentId: d.document.id,
      lines: [
        {
          id: line.id,
          version: line.version,
          itemId: w.rice,
          lotNumber: line.lotNumber,
          expiryDate: future,
          ownerOrgId: w.wfp,
          quantity: 13,
        },
      ],
    });
  },
  'stock.lines.remove': async () => {
    const d = await draftReceipt(2);
    await expectLogged(
      'stock.lines.remove',
      { documentId: d.document.id, lines: [{ id: d.lines[0].id, version: d.lines[0].version }] },
      { 'stock_document_lines:delete': 1, 'stock_documents:update': 1 },
    );
    await expectRefused('stock.lines.remove', { documentId: d.document.id, lines: [{ id: d.lines[0].id, version: d.lines[0].version }] });
  },
  'stock.lines.paste': async () => {
    const d = await draftReceipt();
    await expectLogged(
      'stock.lines.paste',
      {
        documentId: d.document.id,
        columns: ['item', 'owner', 'quantity'],
        rows: [
          ['TENT-F', 'WFP', '3'],
          ['TENT-F', 'WFP', '4'],
        ],
      },
      { 'stock_document_lines:insert': 2, 'stock_documents:update': 1 },
    );
    await expectRefused('stock.lines.paste', {
      documentId: d.document.id,
      columns: ['item', 'owner', 'quantity'],
      rows: [['NOPE', 'WFP', '3']],
    });
  },
  'stock.transfer.receive': async () => {
    const tro = await postedTransfer();
    await expectLogged(
      'stock.transfer.receive',
      { transferId: tro.document.id, version: ver('stock_documents', tro.document.id) },
      { 'stock_documents:insert': 1, 'stock_documents:update': 2, 'stock_document_lines:insert': 1 },
    );
    await expectRefused('stock.transfer.receive', { transferId: tro.document.id, version: ver('stock_documents', tro.document.id) });
  },
  'stock.thresholds.save': async () => {
    const [r] = await expectLogged(
      'stock.thresholds.save',
      { rows: [{ siteId: w.wh, itemId: w.rice, minQuantity: 5 }] },
      { 'stock_thresholds:insert': 1 },
    );
    await expectLogged(
      'stock.thresholds.save',
      { rows: [{ siteId: w.wh, itemId: w.rice, minQuantity: 7, version: ver('stock_thresholds', r.id) }] },
      { 'stock_thresholds:update': 1 },
    );
    await expectLogged(
      'stock.thresholds.save',
      { rows: [{ siteId: w.wh, itemId: w.rice, minQuantity: 7, version: ver('stock_thresholds', r.id) }] },
      {},
    );
    await expectRefused('stock.thresholds.save', { rows: [{ siteId: w.wh, itemId: NO_SUCH_ID, minQuantity: 1 }] });
  },
  'stock.thresholds.remove': async () => {
    const [t] = await call('stock.thresholds.save', { rows: [{ siteId: w.fob, itemId: w.tent, minQuantity: 2 }] });
    await expectLogged('stock.thresholds.remove', { id: t.id, version: t.version }, { 'stock_thresholds:delete': 1 });
    await expectRefused('stock.thresholds.remove', { id: t.id, version: t.version });
  },
  'stock.count.create': async () => {
    const site = (await call('sites.save', { rows: [{ code: uniq('CNT'), name: 'Count site', kind: 'warehouse' }] }))[0].id;
    await postedReceipt(site);
    await postedReceipt(site);
    await expectLogged('stock.count.create', { siteId: site }, { 'stock_documents:insert': 1, 'stock_count_lines:insert': 2 });
    await expectRefused('stock.count.create', { siteId: NO_SUCH_ID });
  },
  'stock.count.setLine': async () => {
    const { sheet } = await countAt();
    await expectLogged(
      'stock.count.setLine',
      { lineId: sheet.rows[0].id, version: sheet.rows[0].version, counted: 9 },
      { 'stock_count_lines:update': 1 },
    );
    await expectRefused('stock.count.setLine', { lineId: NO_SUCH_ID, version: 1, counted: 9 });
  },
  'stock.count.setLines': async () => {
    const { sheet } = await countAt();
    await expectLogged(
      'stock.count.setLines',
      { documentId: sheet.document.id, lines: sheet.rows.map((r) => ({ lineId: r.id, version: r.version, counted: 1 })) },
      { 'stock_count_lines:update': 2 },
    );
    await expectRefused('stock.count.setLines', { documentId: sheet.document.id, lines: [{ lineId: NO_SUCH_ID, version: 1, counted: 1 }] });
  },
  'stock.count.addLine': async () => {
    const { sheet } = await countAt();
    await expectLogged(
      'stock.count.addLine',
      { documentId: sheet.document.id, itemId: w.tent, ownerOrgId: w.wfp, counted: 3 },
      { 'stock_count_lines:insert': 1, 'stock_lots:insert': 1 },
    );
    await expectRefused('stock.count.addLine', { documentId: sheet.document.id, itemId: NO_SUCH_ID, ownerOrgId: w.wfp, counted: 3 });
  },
  'stock.count.pasteFound': async () => {
    const { sheet } = await countAt();
    await expectLogged(
      'stock.count.pasteFound',
      { documentId: sheet.document.id, columns: ['item', 'lot', 'owner', 'counted'], rows: [['TENT-F', 'NEW-1', 'WFP', '3']] },
      { 'stock_count_lines:insert': 1, 'stock_lots:insert': 1 },
    );
    await expectRefused('stock.count.pasteFound', {
      documentId: sheet.document.id,
      columns: ['item', 'owner', 'counted'],
      rows: [['TENT-F', 'WFP', 'x']],
    });
  },
  'stock.count.submit': async () => {
    const { sheet } = await countAt();
    await call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: sheet.rows.map((r) => ({ lineId: r.id, version: r.version, counted: 10 })),
    });
    await expectLogged(
      'stock.count.submit',
      { id: sheet.document.id, version: ver('stock_documents', sheet.document.id) },
      { 'stock_documents:update': 1 },
    );
    await expectRefused('stock.count.submit', { id: sheet.document.id, version: ver('stock_documents', sheet.document.id) });
  },
  'stock.count.setReason': async () => {
    const { sheet } = await countAt();
    const line = sheet.rows[0];
    await expectLogged(
      'stock.count.setReason',
      { lineId: line.id, version: ver('stock_count_lines', line.id), reasonCode: 'counting_error' },
      { 'stock_count_lines:update': 1 },
    );
    await expectRefused('stock.count.setReason', { lineId: line.id, version: 1, reasonCode: 'found' });
  },
  'stock.count.approve': async () => {
    const { sheet } = await countAt();
    await call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: sheet.rows.map((r, i) => ({ lineId: r.id, version: r.version, counted: i === 0 ? 8 : 10 })),
    });
    // One difference: an adjustment with one line, posted; the sheet points at it and is closed.
    await expectLogged(
      'stock.count.approve',
      { id: sheet.document.id, version: ver('stock_documents', sheet.document.id) },
      { 'stock_documents:insert': 1, 'stock_documents:update': 3, 'stock_document_lines:insert': 1 },
    );
    await expectRefused('stock.count.approve', { id: sheet.document.id, version: ver('stock_documents', sheet.document.id) });
  },
  'requests.create': async () => {
    await expectLogged('requests.create', requestInput(), { 'requests:insert': 1, 'request_lines:insert': 2, 'request_events:insert': 1 });
    await expectRefused('requests.create', { ...requestInput(), providerOrgId: w.ngo });
  },
  'requests.update': async () => {
    const r = await call('requests.create', requestInput());
    await expectLogged(
      'requests.update',
      {
        id: r.request.id,
        version: r.request.version,
        title: 'Two trucks, Tarvik',
        lines: [{ kind: 'capacity', description: 'Truck 10 t', quantity: 2, unit: 'trucks' }],
        actingOrgId: w.ngo,
      },
      { 'requests:update': 1, 'request_lines:delete': 2, 'request_lines:insert': 1 },
    );
    await expectRefused('requests.update', { id: r.request.id, version: r.request.version, title: 'Stale', actingOrgId: w.ngo });
  },
  'requests.act': async () => {
    const r = await call('requests.create', requestInput());
    await expectLogged(
      'requests.act',
      { id: r.request.id, version: 1, action: 'submit', actingOrgId: w.ngo },
      { 'requests:update': 1, 'request_events:insert': 1 },
    );
    await expectRefused('requests.act', { id: r.request.id, version: 2, action: 'review', actingOrgId: w.ngo });
    await expectLogged(
      'requests.act',
      { id: r.request.id, version: 2, action: 'review' },
      { 'requests:update': 1, 'request_events:insert': 1 },
    );
    await expectLogged(
      'requests.act',
      { id: r.request.id, version: 3, action: 'approve' },
      { 'requests:update': 1, 'request_lines:update': 2, 'request_events:insert': 1 },
    );
  },
  'requests.commit': async () => {
    const r = await approvedRequest();
    await expectLogged(
      'requests.commit',
      {
        id: r.request.id,
        version: ver('requests', r.request.id),
        lines: [{ lineId: r.lines[0].id, quantity: 2, availableFrom: '2026-06-16' }],
      },
      { 'requests:update': 1, 'request_lines:update': 1, 'request_events:insert': 1 },
    );
    await expectRefused('requests.commit', {
      id: r.request.id,
      version: ver('requests', r.request.id),
      lines: [{ lineId: r.lines[0].id, quantity: 99 }],
    });
  },
  'requests.deliver': async () => {
    const r = await approvedRequest();
    await call('requests.commit', {
      id: r.request.id,
      version: ver('requests', r.request.id),
      lines: [{ lineId: r.lines[0].id, quantity: 2 }],
    });
    await expectLogged(
      'requests.deliver',
      {
        id: r.request.id,
        version: ver('requests', r.request.id),
        lineId: r.lines[0].id,
        quantity: 1,
        link: 'other',
        reference: 'Trip sheet 44',
      },
      { 'requests:update': 1, 'request_lines:update': 1, 'request_events:insert': 1, 'request_fulfilments:insert': 1 },
    );
    await expectRefused('requests.deliver', {
      id: r.request.id,
      version: ver('requests', r.request.id),
      lineId: r.lines[0].id,
      quantity: 1,
      link: 'other',
    });
  },
  'requests.linkConvoy': async () => {
    const r = await approvedRequest();
    await call('requests.commit', {
      id: r.request.id,
      version: ver('requests', r.request.id),
      lines: [{ lineId: r.lines[0].id, quantity: 2 }],
    });
    const c = await convoyWorld();
    await expectLogged(
      'requests.linkConvoy',
      {
        id: r.request.id,
        version: ver('requests', r.request.id),
        lineId: r.lines[0].id,
        convoyId: c.id,
        vehicleId: c.vehicle,
        quantity: 1,
      },
      { 'requests:update': 1, 'request_events:insert': 1, 'request_convoy_links:insert': 1 },
    );
    await expectRefused('requests.linkConvoy', {
      id: r.request.id,
      version: ver('requests', r.request.id),
      lineId: r.lines[0].id,
      convoyId: c.id,
      quantity: 99,
    });
  },
  'requests.attachments.add': async () => {
    const r = await call('requests.create', requestInput());
    const uploadId = saveUpload(path.join(dir.dir, 'home'), 'route map.pdf', 'map').uploadId;
    await expectLogged(
      'requests.attachments.add',
      { requestId: r.request.id, uploadId },
      { 'request_attachments:insert': 1, 'request_events:insert': 1 },
    );
    await expectRefused('requests.attachments.add', {
      requestId: r.request.id,
      uploadId: saveUpload(path.join(dir.dir, 'home'), 'empty.pdf', '').uploadId,
    });
  },
  'requests.attachments.remove': async () => {
    const r = await call('requests.create', requestInput());
    const uploadId = saveUpload(path.join(dir.dir, 'home'), 'wrong.pdf', 'x').uploadId;
    const a = await call('requests.attachments.add', { requestId: r.request.id, uploadId });
    await expectRefused('requests.attachments.remove', { id: a.id, version: a.version + 1 });
    await expectLogged(
      'requests.attachments.remove',
      { id: a.id, version: a.version },
      { 'request_attachments:update': 1, 'request_events:insert': 1 },
    );
  },
  'vehicles.save': async () => {
    await expectLogged(
      'vehicles.save',
      { rows: [{ plate: uniq('UN'), kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30 }] },
      { 'vehicles:insert': 1 },
    );
    const [v] = await call('vehicles.save', { rows: [{ plate: uniq('UN'), kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30 }] });
    await expectLogged('vehicles.save', { rows: [{ ...v, driverName: 'Driver' }] }, { 'vehicles:update': 1 });
    await expectRefused('vehicles.save', { rows: [{ plate: v.plate, kind: 'truck', payloadKg: 1, cargoVolumeM3: 1 }] });
  },
  'vehicles.remove': async () => {
    const [v] = await call('vehicles.save', { rows: [{ plate: uniq('RM'), kind: 'van', payloadKg: 900, cargoVolumeM3: 4 }] });
    await expectLogged('vehicles.remove', { id: v.id, version: v.version }, { 'vehicles:delete': 1 });
    const c = await convoyWorld();
    await expectLogged('vehicles.remove', { id: c.vehicle, version: ver('vehicles', c.vehicle) }, { 'vehicles:update': 1 });
    await expectRefused('vehicles.remove', { id: NO_SUCH_ID, version: 1 });
  },
  'vehicles.restore': async () => {
    const c = await convoyWorld();
    await call('vehicles.remove', { id: c.vehicle, version: ver('vehicles', c.vehicle) });
    await expectLogged('vehicles.restore', { id: c.vehicle, version: ver('vehicles', c.vehicle) }, { 'vehicles:update': 1 });
    await expectRefused('vehicles.restore', { id: c.vehicle, version: 1 });
  },
  'convoys.create': async () => {
    const [v] = await call('vehicles.save', { rows: [{ plate: uniq('CR'), kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30 }] });
    await expectLogged(
      'convoys.create',
      { originSiteId: w.fob, stops: [{ siteId: w.wh }, { placeName: 'Village' }], vehicleIds: [v.id] },
      { 'convoys:insert': 1, 'convoy_stops:insert': 2, 'convoy_vehicles:insert': 1, 'convoy_events:insert': 1 },
    );
    await expectRefused('convoys.create', { originSiteId: NO_SUCH_ID });
  },
  'convoys.update': async () => {
    const c = await convoyWorld();
    await expectLogged('convoys.update', { id: c.id, version: ver('convoys', c.id), movementNumber: 'MC-1' }, { 'convoys:update': 1 });
    await expectRefused('convoys.update', { id: c.id, version: 1, movementNumber: 'MC-2' });
  },
  'convoys.stops.save': async () => {
    const c = await convoyWorld();
    await expectLogged(
      'convoys.stops.save',
      { convoyId: c.id, rows: [{ placeName: 'Another village' }] },
      { 'convoy_stops:insert': 1, 'convoys:update': 1 },
    );
    await expectRefused('convoys.stops.save', { convoyId: c.id, rows: [{ placeName: '' }] });
  },
  'convoys.stops.remove': async () => {
    const c = await convoyWorld();
    const d = await call('convoys.stops.save', { convoyId: c.id, rows: [{ placeName: 'Spare stop' }] });
    const spare = d.stops.find((s) => s.placeName === 'Spare stop')!;
    await expectLogged('convoys.stops.remove', { id: spare.id, version: spare.version }, { 'convoy_stops:delete': 1, 'convoys:update': 1 });
    await expectRefused('convoys.stops.remove', { id: c.stop, version: ver('convoy_stops', c.stop) });
  },
  'convoys.vehicles.add': async () => {
    const c = await convoyWorld();
    const [v] = await call('vehicles.save', { rows: [{ plate: uniq('ADD'), kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30 }] });
    await expectLogged('convoys.vehicles.add', { convoyId: c.id, vehicleId: v.id }, { 'convoy_vehicles:insert': 1, 'convoys:update': 1 });
    await expectRefused('convoys.vehicles.add', { convoyId: c.id, vehicleId: v.id });
  },
  'convoys.vehicles.remove': async () => {
    const c = await convoyWorld();
    const [v] = await call('vehicles.save', { rows: [{ plate: uniq('DEL'), kind: 'truck', payloadKg: 8000, cargoVolumeM3: 30 }] });
    const d = await call('convoys.vehicles.add', { convoyId: c.id, vehicleId: v.id });
    const cv = d.vehicles.find((x) => x.vehicleId === v.id)!;
    await expectLogged('convoys.vehicles.remove', { id: cv.id, version: cv.version }, { 'convoy_vehicles:delete': 1, 'convoys:update': 1 });
    const loaded = d.vehicles.find((x) => x.vehicleId === c.vehicle)!;
    await expectRefused('convoys.vehicles.remove', { id: loaded.id, version: loaded.version });
  },
  'convoys.act': async () => {
    const c = await convoyWorld();
    await expectLogged(
      'convoys.act',
      { id: c.id, version: ver('convoys', c.id), action: 'startLoading' },
      { 'convoys:update': 1, 'convoy_events:insert': 1 },
    );
    await expectLogged(
      'convoys.act',
      { id: c.id, version: ver('convoys', c.id), action: 'clear' },
      { 'convoys:update': 1, 'convoy_events:insert': 1 },
    );
    // Dispatch: one waybill, one posted transfer with its line, the manifest line linked to both.
    await expectLogged(
      'convoys.act',
      { id: c.id, version: ver('convoys', c.id), action: 'depart' },
      {
        'convoys:update': 1,
        'convoy_events:insert': 1,
        'waybills:insert': 1,
        'stock_documents:insert': 1,
        'stock_documents:update': 1,
        'stock_document_lines:insert': 1,
        'manifest_lines:update': 1,
      },
    );
    await expectRefused('convoys.act', { id: c.id, version: ver('convoys', c.id), action: 'cancel', comment: 'too late' });
  },
  'convoys.notification': async () => {
    const c = await convoyWorld();
    await expectLogged(
      'convoys.notification',
      { id: c.id, version: ver('convoys', c.id), status: 'submitted' },
      { 'convoys:update': 1, 'convoy_events:insert': 1 },
    );
    await expectRefused('convoys.notification', { id: c.id, version: 1, status: 'acknowledged' });
  },
  'convoys.manifest.save': async () => {
    const c = await convoyWorld();
    await expectLogged(
      'convoys.manifest.save',
      { convoyId: c.id, rows: [{ id: c.line, version: ver('manifest_lines', c.line), quantity: 2 }] },
      { 'manifest_lines:update': 1 },
    );
    await expectRefused('convoys.manifest.save', { convoyId: c.id, rows: [{ lotId: c.lot, quantity: 1000000 }] });
  },
  'convoys.manifest.remove': async () => {
    const c = await convoyWorld();
    await expectLogged(
      'convoys.manifest.remove',
      { convoyId: c.id, lines: [{ id: c.line, version: ver('manifest_lines', c.line) }] },
      { 'manifest_lines:delete': 1 },
    );
    await expectRefused('convoys.manifest.remove', { convoyId: c.id, lines: [{ id: c.line, version: 2 }] });
  },
  'convoys.receiveStop': async () => {
    const c = await convoyWorld();
    for (const action of ['startLoading', 'clear', 'depart'] as const)
      await call('convoys.act', { id: c.id, version: ver('convoys', c.id), action });
    // The transfer is received through the stock ledger's own receipt; the line and the stop record the arrival.
    await expectLogged(
      'convoys.receiveStop',
      { convoyId: c.id, stopId: c.stop, lines: [{ lineId: c.line, good: 2, damaged: 0 }] },
      {
        'stock_documents:insert': 1,
        'stock_documents:update': 2,
        'stock_document_lines:insert': 1,
        'manifest_lines:update': 1,
        'convoy_stops:update': 1,
        'convoy_events:insert': 1,
      },
    );
    await expectRefused('convoys.receiveStop', { convoyId: c.id, stopId: c.stop, lines: [{ lineId: c.line, good: 2, damaged: 0 }] });
  },
  'waybills.void': async () => {
    const c = await convoyWorld();
    for (const action of ['startLoading', 'clear', 'depart'] as const)
      await call('convoys.act', { id: c.id, version: ver('convoys', c.id), action });
    const [wb] = (await call('convoys.get', { id: c.id })).waybills;
    await expectLogged('waybills.void', { id: wb.id, version: wb.version, reason: 'Spoiled print' }, { 'waybills:update': 1 });
    await expectRefused('waybills.void', { id: wb.id, version: wb.version + 1, reason: 'Again' });
  },
};

/** An NGO's transport request to this installation's military unit, with its last-resort record. */
function requestInput(): OpInput<'requests.create'> {
  return {
    requesterOrgId: w.ngo,
    providerOrgId: w.home,
    actingOrgId: w.ngo,
    title: 'Transport of shelter kits',
    type: 'transport',
    priority: 2,
    neededBy: '2026-06-30',
    justification: 'Shelter for 400 displaced families',
    civilianOptionsTried: 'Two commercial carriers refused the route',
    capabilityGap: 'No civilian trucks available',
    whyMilitaryUnique: 'Only military trucks may cross the bridge',
    militaryStart: '2026-06-20',
    militaryEnd: '2026-06-25',
    exitPlan: 'Commercial carriers once the bridge reopens',
    lines: [
      { kind: 'capacity', description: 'Truck 10 t', quantity: 2, unit: 'trucks', durationDays: 3 },
      { kind: 'item', itemId: w.tent, quantity: 40, unit: 'each' },
    ],
  };
}
async function approvedRequest() {
  const r = await call('requests.create', requestInput());
  await call('requests.act', { id: r.request.id, version: 1, action: 'submit', actingOrgId: w.ngo });
  await call('requests.act', { id: r.request.id, version: 2, action: 'review' });
  return call('requests.act', { id: r.request.id, version: 3, action: 'approve' });
}

beforeAll(async () => {
  dir = tempDir();
  core = openCore('main');
  core.subscribe((e) => events.push(e));
  await setUp(core);
  installationId = (await call('system.status', {})).installationId;
  w.home = (core.sqlite.prepare("SELECT value FROM settings WHERE key = 'home_organisation_id'").get() as { value: string }).value;
  const orgs = await call('organisations.save', {
    rows: [
      { name: 'World Food Programme', shortName: 'WFP', kind: 'un_agency' },
      { name: 'Helping Hands', shortName: 'HH', kind: 'ngo' },
    ],
  });
  const sites = await call('sites.save', {
    rows: [
      { code: 'FOB-N', name: 'Forward Operating Base North', kind: 'forward_base' },
      { code: 'WH-A', name: 'Warehouse Alpha', kind: 'warehouse' },
    ],
  });
  const items = await call('items.save', {
    rows: [
      { code: 'RICE-25', name: 'Rice 25 kg bag', category: 'food', baseUnit: 'each', needsLotExpiry: true },
      { code: 'TENT-F', name: 'Family tent', category: 'shelter', baseUnit: 'each' },
    ],
  });
  Object.assign(w, { wfp: orgs[0].id, ngo: orgs[1].id, fob: sites[0].id, wh: sites[1].id, rice: items[0].id, tent: items[1].id });
  // HH and the tent are referenced (a threshold, a contact), so removing them archives them.
  await call('contacts.save', { rows: [{ organisationId: w.ngo, name: 'Desk' }] });
  await call('stock.thresholds.save', { rows: [{ siteId: w.wh, itemId: w.tent, minQuantity: 1 }] });
});
afterAll(() => {
  core?.close();
  dir?.cleanup();
});

describe('the change log', () => {
  it('has a record type for every mutable table of the schema, and every one has its triggers', () => {
    expect([...RECORD_TYPES].sort()).toEqual(mutableTables());
    const stored = new Map(
      (core.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[]).map(
        (t) => [t.name, t.sql.replace(/\s+/g, ' ')],
      ),
    );
    for (const t of [...CHANGE_LOG_GUARDS, ...mutableTables().flatMap(changeLogTriggers)]) {
      expect(stored.get(t.name), `trigger ${t.name} is missing or differs from db/change-log.ts: add a migration with its SQL`).toBe(
        t.sql.replace(/\s+/g, ' '),
      );
    }
  });

  it('refuses an update that skips the write path, and any edit of the log', () => {
    expect(() => core.sqlite.prepare("UPDATE items SET name = 'sneaky' WHERE id = ?").run(w.tent)).toThrow(
      /must go through the write path/,
    );
    expect(() => core.sqlite.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
    expect(() => core.sqlite.prepare('UPDATE change_log SET version = 0').run()).toThrow(/append-only/);
  });
});

describe('every write operation logs exactly its changes; a refused one logs nothing', () => {
  const writes = (Object.keys(contract) as OpName[]).filter((name) => contract[name].write);

  it('has a case for every write operation of the contract', () => {
    expect(writes.filter((name) => !(name in CASES))).toEqual([]);
  });

  // In the order the cases are written: later ones rely on earlier (e.g. restore after remove).
  for (const name of Object.keys(CASES)) {
    it(name, async () => {
      expect(writes).toContain(name);
      await CASES[name]();
    });
  }
});

describe('tombstones', () => {
  it('a deleted draft leaves a tombstone for it and each line: the next version, this installation', async () => {
    const d = await draftReceipt(2);
    const seq = lastSeq(core);
    await call('stock.documents.delete', { id: d.document.id, version: ver('stock_documents', d.document.id) });
    const rows = logAfter(core, seq);
    const tombstones = rows.filter((r) => r.op === 'delete');
    expect(tombstones.map((r) => [r.type, r.id, r.version]).sort()).toEqual(
      [
        ['stock_documents', d.document.id, d.document.version + 1],
        ...d.lines.map((l) => ['stock_document_lines', l.id, l.version + 1]),
      ].sort(),
    );
    for (const t of tombstones) {
      expect(t.installation).toBe(installationId);
      expect(Number.isNaN(Date.parse(t.at))).toBe(false);
    }
  });
});

describe('one write path', () => {
  it('no service writes a record table except through electron/services/core/write.ts', () => {
    const root = path.resolve(__dirname, '..', '..', 'electron', 'services');
    const tables = mutableTables().join('|');
    const sqlWrite = new RegExp(`(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+["\`]?(${tables})\\b`, 'i');
    // Drizzle writes to a record table (by its schema export name, or a generic `table`).
    const recordExports = Object.entries(schema)
      .filter(([, t]) => is(t, SQLiteTable) && mutableTables().includes(getTableName(t as SQLiteTable)))
      .map(([name]) => name);
    const drizzleWrite = new RegExp(`\\bdb\\s*\\.(insert|update|delete)\\((${[...recordExports, 'table'].join('|')})\\b`);
    const offenders: string[] = [];
    for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts') || file === path.join('core', 'write.ts')) continue;
      fs.readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (sqlWrite.test(line) || drizzleWrite.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe('precise refresh', () => {
  it('the renderer knows which record types every query operation reads', () => {
    const queries = (Object.keys(contract) as OpName[]).filter((name) => !contract[name].write);
    expect(queries.filter((name) => !READS[name])).toEqual([]);
    for (const name of queries) for (const type of READS[name]!) expect([...RECORD_TYPES, ...UNLOGGED_TYPES]).toContain(type);
  });

  it('renaming an item reports the item by id and version, and the stock views read items', async () => {
    const [item] = await call('items.save', { rows: [{ code: uniq('REN'), name: 'Before', category: 'nfi', baseUnit: 'each' }] });
    events.length = 0;
    await call('items.save', { rows: [{ ...item, packSizes: '', name: 'After' }] });
    expect(events).toEqual([
      {
        type: 'changed',
        changes: expect.arrayContaining([{ type: 'items', records: [{ id: item.id, version: 2, op: 'update' }] }, { type: 'audit_log' }]),
      },
    ]);
    for (const view of ['stock.onHand', 'stock.card', 'stock.documents.get', 'stock.documents.list', 'stock.count.get'] as const)
      expect(READS[view]).toContain('items');
  });
});
