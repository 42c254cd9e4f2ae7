import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

describe('demo convoys', () => {
  it('one planning near its payload with a notice warning, one in transit, one closed with a shortage and damage; the ledger holds', async () => {
    t = await openTestCore({ demo: true });
    const call = t.core.call.bind(t.core);
    const list = await call('convoys.list', {});
    expect(list.map((c) => c.status).sort()).toEqual(['closed', 'in_transit', 'planning']);
    const planning = await call('convoys.get', { id: list.find((c) => c.status === 'planning')!.id });
    const light = planning.loads.find((l) => l.plate === 'UNHLS-L14')!;
    expect(light.weightKg / light.payloadKg).toBeGreaterThan(0.85);
    expect(light.weightKg).toBeLessThanOrEqual(light.payloadKg);
    expect(planning.noticeWarning).toContain('48 h notice');
    const transit = await call('convoys.get', { id: list.find((c) => c.status === 'in_transit')!.id });
    expect(transit).toMatchObject({ notificationStatus: 'acknowledged', escortNeeded: true });
    expect(transit.waybills).toHaveLength(1);
    const closed = await call('convoys.get', { id: list.find((c) => c.status === 'closed')!.id });
    const lines = (await call('convoys.manifest.get', { convoyId: closed.id })).lines;
    expect(lines.some((l) => l.receivedGood! + l.receivedDamaged! < l.quantity)).toBe(true);
    expect(lines.some((l) => l.receivedDamaged! > 0)).toBe(true);
    expect(closed.waybills.length).toBe(2);
    expect((await call('vehicles.list', {})).length).toBeGreaterThanOrEqual(5);
    expect((await call('system.integrity', { depth: 'ledger' })).differences).toEqual([]);
  });
});
