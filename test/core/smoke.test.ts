import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, tableCounts, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

describe('core smoke', () => {
  it('sets up, saves an organisation and audits it', async () => {
    t = await openTestCore();
    const [org] = await t.core.call('organisations.save', { rows: [{ name: 'Helping Hands', shortName: 'HH', kind: 'ngo' }] });
    expect(org.version).toBe(1);
    const audit = await t.core.call('audit.list', { entityId: org.id });
    expect(audit).toHaveLength(1);
    expect(audit[0].operator).toBe('Capt. Test');
    const before = tableCounts(t.core);
    const r = await t.core.invoke('organisations.save', { rows: [{ name: 'X', shortName: 'hh', kind: 'ngo' }] });
    expect(r.ok).toBe(false);
    expect(tableCounts(t.core)).toEqual(before);
  });
});
