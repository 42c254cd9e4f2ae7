import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, signInAs, TEST_PIN, type TestCore } from '../helpers/core';

let t: TestCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
});

/** A pinned clock the test moves by hand. */
function clock(start = '2026-11-30T20:00:00.000Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at).toISOString(), advanceMinutes: (m: number) => (at += m * 60_000) };
}

const TAB = 'tab-idle';

describe('idle lock (issue 10)', () => {
  it('a session idle for the settings’ time is refused until its operator types the PIN again; the in-process session never locks by time', async () => {
    const c = clock();
    t = await openTestCore({ now: c.now });
    await signInAs(t.core, 'Cpl. Idle', 'storekeeper', TAB);
    expect((await t.core.call('system.status', {}, TAB)).idleLockMinutes).toBe(15);
    await t.core.call('sites.list', {}, TAB);

    c.advanceMinutes(14);
    await t.core.call('sites.list', {}, TAB); // activity within the time keeps it open
    c.advanceMinutes(15.5);
    const refused = await t.core.invoke('sites.save', { rows: [{ code: 'IDLE-1', name: 'Idle depot', kind: 'warehouse' }] }, TAB);
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    if (!refused.ok) expect(refused.error.message).toContain('15 minutes');
    expect((await t.core.call('sites.list', {})).map((s) => s.code)).not.toContain('IDLE-1');
    // Still signed in (the window keeps its work behind the lock), but locked.
    const status = await t.core.call('system.status', {}, TAB);
    expect(status.operator?.displayName).toBe('Cpl. Idle');
    expect(status.locked).toBe(true);

    // A wrong PIN does not open it; the right one does, and counts as activity.
    expect(await t.core.invoke('auth.unlock', { pin: '9999' }, TAB)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    expect(await t.core.invoke('sites.list', {}, TAB)).toMatchObject({ ok: false, error: { code: 'locked' } });
    await t.core.call('auth.unlock', { pin: TEST_PIN }, TAB);
    expect((await t.core.call('system.status', {}, TAB)).locked).toBe(false);
    await t.core.call('sites.save', { rows: [{ code: 'IDLE-1', name: 'Idle depot', kind: 'warehouse' }] }, TAB);

    // The in-process session (tests, CLI, job threads) has no keyboard to walk away from.
    c.advanceMinutes(600);
    await t.core.call('sites.list', {});
    // …while the tab locked again.
    expect(await t.core.invoke('sites.list', {}, TAB)).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('the window locks its session at once (auth.lock); another operator may sign in instead; the idle time is a setting', async () => {
    const c = clock();
    t = await openTestCore({ now: c.now });
    await signInAs(t.core, 'Cpl. Idle', 'storekeeper', TAB);
    await t.core.call('auth.lock', {}, TAB);
    expect(await t.core.invoke('sites.list', {}, TAB)).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Someone else at the keyboard signs in over the lock.
    await signInAs(t.core, 'Sgt. Other', 'approver', TAB);
    expect((await t.core.call('system.status', {}, TAB)).locked).toBe(false);
    await t.core.call('sites.list', {}, TAB);

    // Only an administrator sets the idle time; a shorter one applies to the next call.
    expect(await t.core.invoke('system.idleLock.save', { minutes: 2 }, TAB)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.core.invoke('system.idleLock.save', { minutes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.core.call('system.idleLock.save', { minutes: 2 })).idleLockMinutes).toBe(2);
    c.advanceMinutes(3);
    expect(await t.core.invoke('sites.list', {}, TAB)).toMatchObject({ ok: false, error: { code: 'locked' } });
    const audit = await t.core.call('audit.list', { entity: 'setting' });
    expect(audit.some((e) => e.entityId === 'idle_lock_minutes')).toBe(true);
  });
});
