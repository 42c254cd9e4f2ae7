import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

describe('system.integrity depths', () => {
  it('always recomputes the ledger, and runs SQLite quick_check, integrity_check or nothing as asked', async () => {
    t = await openTestCore();
    const quick = await t.core.call('system.integrity', {});
    expect(quick).toMatchObject({ ok: true, depth: 'quick', sqlite: ['ok'], differences: [] });
    const full = await t.core.call('system.integrity', { depth: 'full' });
    expect(full).toMatchObject({ ok: true, depth: 'full', sqlite: ['ok'] });
    const ledger = await t.core.call('system.integrity', { depth: 'ledger' });
    expect(ledger).toMatchObject({ ok: true, depth: 'ledger', sqlite: ['skipped'] });
    expect(ledger.durationMs).toBeGreaterThanOrEqual(ledger.ledgerMs);
  });

  it('refuses an unknown depth with a message naming the choices', async () => {
    t = await openTestCore();
    const r = await t.core.invoke('system.integrity', { depth: 'deep' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('ledger, quick, full');
  });
});
