import { beforeAll, describe, expect, it } from 'vitest';

// Issue 11 point 9: "Correct the highlighted values" appeared where nothing was highlighted.
// errors.ts reaches the core through the window's bridge when loaded: a bridge that is never called stands in.
let explain: typeof import('../../renderer/src/app/errors').explain;
beforeAll(async () => {
  (globalThis as { window?: unknown }).window ??= { corridor: {} };
  ({ explain } = await import('../../renderer/src/app/errors'));
});

describe('the advice under a refused input', () => {
  const refusal = { code: 'invalid_input', message: 'Line 1: 5 each short: choose why' };

  it('points at the message unless the screen highlights the fields', () => {
    expect(explain(refusal).fix).toBe('Correct what the message above names and try again. Nothing was saved.');
    expect(explain(refusal).fix).not.toContain('highlighted');
  });

  it('speaks of highlighted values only where the caller highlights them', () => {
    expect(explain(refusal, true).fix).toBe('Correct the highlighted values and try again. Nothing was saved.');
  });
});
