import { describe, expect, it } from 'vitest';
import { runFuzz } from '../soak/fuzz';

/**
 * The contract fuzz's short run (`npm run soak:fuzz` runs 10,000): 1,000 random malformed and
 * adversarial inputs across every operation, against a real core on a real SQLite file.
 */
describe('contract fuzz (1,000 inputs)', () => {
  it('no crash, no internal error, no write by a refused call', async () => {
    const f = await runFuzz({ count: 1_000, seed: 20261130 });
    expect(f.failures).toEqual([]);
    expect({ inputs: f.inputs, crashes: f.crashes, internalErrors: f.internalErrors, partialWrites: f.partialWrites }).toEqual({
      inputs: 1_000,
      crashes: 0,
      internalErrors: 0,
      partialWrites: 0,
    });
    // Shaped after the schemas, a fair share gets past the parser into the services.
    expect(f.accepted).toBeGreaterThan(50);
  }, 300_000);
});
