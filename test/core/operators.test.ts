import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/services/core/create';
import { MAX_FAILED_PINS, PIN_LOCK_MINUTES } from '../../electron/services/operators/accounts';
import { hashPin, verifyPin } from '../../electron/services/operators/pin';
import { openTestCore, signInAs, TEST_PIN, writeSnapshot, type TestCore } from '../helpers/core';

let t: TestCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
  vi.restoreAllMocks();
});

/** A pinned clock the test moves by hand. */
function clock(start = '2026-11-30T20:00:00.000Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at).toISOString(), advanceMinutes: (m: number) => (at += m * 60_000) };
}

describe('PINs are stored only as salted scrypt hashes', () => {
  it('hashes with its parameters and a fresh salt; verifies the right PIN only', () => {
    const a = hashPin('735194');
    const b = hashPin('735194');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(verifyPin('735194', a)).toBe(true);
    expect(verifyPin('735195', a)).toBe(false);
    expect(verifyPin('735194', 'scrypt$0$8$1$x$y')).toBe(false);
    expect(verifyPin('735194', 'plain')).toBe(false);
  });

  it('no PIN in the database file, its WAL, the audit trail or the logs', async () => {
    const logged: string[] = [];
    for (const method of ['log', 'error', 'warn', 'info'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    t = await openTestCore();
    const PIN = '735194';
    const op = await t.core.call('operators.create', { name: 'Sgt. Pin Test', role: 'storekeeper', pin: PIN });
    await t.core.invoke('auth.signIn', { operatorId: op.id, pin: '000000' }, 'tab-1');
    await t.core.call('auth.signIn', { operatorId: op.id, pin: PIN }, 'tab-1');
    await t.core.call('operators.resetPin', {
      id: op.id,
      version: (await t.core.call('operators.list', {})).find((o) => o.id === op.id)!.version,
      pin: '468024',
    });
    const audit = JSON.stringify(t.core.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(PIN);
    expect(audit).not.toContain('468024');
    expect(audit).not.toContain('pinHash');
    expect(audit).not.toContain('scrypt$');
    const stored = t.core.sqlite.prepare('SELECT * FROM operators').all();
    expect(JSON.stringify(stored)).not.toContain(PIN);
    for (const file of [t.dbPath, `${t.dbPath}-wal`].filter((f) => fs.existsSync(f))) {
      const bytes = fs.readFileSync(file);
      expect(bytes.includes(Buffer.from(PIN)), file).toBe(false);
      expect(bytes.includes(Buffer.from('468024')), file).toBe(false);
    }
    expect(logged.join('\n')).not.toContain(PIN);
    // Nothing the core answers carries the hash either.
    expect(JSON.stringify(await t.core.call('operators.list', {}))).not.toContain('scrypt$');
    expect(JSON.stringify(await t.core.call('auth.operators', {}))).not.toContain('scrypt$');
  });
});

describe('signing in', () => {
  it(`locks an account after ${MAX_FAILED_PINS} wrong PINs for ${PIN_LOCK_MINUTES} minutes (pinned clock); the right PIN then works`, async () => {
    const c = clock();
    t = await openTestCore({ now: c.now });
    const op = await t.core.call('operators.create', { name: 'Cpl. Lock', role: 'storekeeper', pin: TEST_PIN });
    for (let i = 1; i < MAX_FAILED_PINS; i++) {
      const r = await t.core.invoke('auth.signIn', { operatorId: op.id, pin: '9999' }, 'tab');
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'rule_violation', message: expect.stringContaining(`${MAX_FAILED_PINS - i} more tries`) },
      });
    }
    const last = await t.core.invoke('auth.signIn', { operatorId: op.id, pin: '9999' }, 'tab');
    expect(last).toMatchObject({ ok: false, error: { message: expect.stringContaining(`now locked for ${PIN_LOCK_MINUTES} minutes`) } });
    // Locked: even the right PIN is refused, and the refusal writes nothing.
    const before = writeSnapshot(t.core);
    const locked = await t.core.invoke('auth.signIn', { operatorId: op.id, pin: TEST_PIN }, 'tab');
    expect(locked).toMatchObject({ ok: false, error: { message: expect.stringContaining('locked after 5 wrong PINs until 20:05 UTC') } });
    expect(writeSnapshot(t.core)).toEqual(before);
    expect((await t.core.call('auth.operators', {})).find((o) => o.id === op.id)?.lockedUntil).toBe('2026-11-30T20:05:00.000Z');
    expect(await t.core.invoke('items.list', {}, 'tab')).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    c.advanceMinutes(PIN_LOCK_MINUTES);
    expect(await t.core.call('auth.signIn', { operatorId: op.id, pin: TEST_PIN }, 'tab')).toMatchObject({
      displayName: 'Cpl. Lock',
      role: 'storekeeper',
    });
    expect((await t.core.call('operators.list', {})).find((o) => o.id === op.id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    const audit = await t.core.call('audit.list', { entity: 'operator', entityId: op.id });
    expect(audit.some((e) => e.after?.includes('"locked"'))).toBe(true);
  });

  it('an administrator resets a PIN, which also lifts a lock', async () => {
    t = await openTestCore();
    const op = await t.core.call('operators.create', { name: 'Cpl. Forgot', role: 'viewer', pin: TEST_PIN });
    for (let i = 0; i < MAX_FAILED_PINS; i++) await t.core.invoke('auth.signIn', { operatorId: op.id, pin: '0000' }, 'tab');
    const view = (await t.core.call('operators.list', {})).find((o) => o.id === op.id)!;
    expect(view.lockedUntil).not.toBeNull();
    await t.core.call('operators.resetPin', { id: op.id, version: view.version, pin: '2580' });
    expect(await t.core.call('auth.signIn', { operatorId: op.id, pin: '2580' }, 'tab')).toMatchObject({ role: 'viewer' });
  });

  it('each session has its own operator; a disabled account or a role change takes effect on the next call', async () => {
    t = await openTestCore();
    const id = await signInAs(t.core, 'Pte. Two', 'storekeeper', 'tab-2');
    expect((await t.core.call('system.status', {}, 'tab-2')).operator).toMatchObject({ displayName: 'Pte. Two', role: 'storekeeper' });
    expect((await t.core.call('system.status', {})).operator).toMatchObject({ displayName: 'Capt. Test', role: 'administrator' });
    const view = (await t.core.call('operators.list', {})).find((o) => o.id === id)!;
    const viewer = await t.core.call('operators.update', { ...view, role: 'viewer' });
    expect(await t.core.invoke('organisations.save', { rows: [{ name: 'X', shortName: 'X', kind: 'ngo' }] }, 'tab-2')).toMatchObject({
      error: { code: 'forbidden' },
    });
    await t.core.call('operators.update', { ...viewer, active: false });
    expect(await t.core.invoke('organisations.list', {}, 'tab-2')).toMatchObject({ error: { code: 'not_ready' } });
    expect((await t.core.call('auth.operators', {})).map((o) => o.displayName)).not.toContain('Pte. Two');
  });

  it('the last active administrator cannot be demoted or disabled', async () => {
    t = await openTestCore();
    const [admin] = await t.core.call('operators.list', {});
    const r = await t.core.invoke('operators.update', { ...admin, role: 'approver' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: expect.stringContaining('only active administrator') },
    });
  });

  it('a name the window sends is just input: the audit trail names the verified operator', async () => {
    t = await openTestCore();
    await signInAs(t.core, 'Cpl. Real', 'storekeeper', 'tab');
    const [org] = await t.core.call(
      'organisations.save',
      { rows: [{ name: 'Forged', shortName: 'FRG', kind: 'ngo', operator: 'Gen. Forged' } as never] },
      'tab',
    );
    const [entry] = await t.core.call('audit.list', { entityId: org.id });
    expect(entry.operator).toBe('Cpl. Real');
  });
});

describe('a database set up before operator accounts', () => {
  it('asks for the first administrator once; then only sign-in', async () => {
    t = await openTestCore();
    // What an upgraded file looks like: set up, no accounts (the table is new).
    t.core.sqlite.exec('DELETE FROM operators');
    t.core.close();
    const core = createCore({ databasePath: t.dbPath, homeDir: `${t.dir}/home` });
    const dir = t.dir;
    t = { ...t, core, cleanup: () => (core.close(), fs.rmSync(dir, { recursive: true, force: true })) };
    expect(await core.call('system.status', {})).toMatchObject({ setupDone: true, needsAdministrator: true, operator: null });
    expect(await core.invoke('items.list', {})).toMatchObject({ error: { code: 'not_ready' } });
    const admin = await core.call('auth.createAdministrator', { name: 'Maj. Upgrade', pin: '1357' });
    expect(admin).toMatchObject({ displayName: 'Maj. Upgrade', role: 'administrator' });
    expect(await core.call('system.status', {})).toMatchObject({ needsAdministrator: false, operator: { displayName: 'Maj. Upgrade' } });
    const again = await core.invoke('auth.createAdministrator', { name: 'Intruder', pin: '1357' }, 'other-tab');
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: expect.stringContaining('already has operator accounts') },
    });
  });
});
