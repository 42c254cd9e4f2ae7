import { describe, expect, it } from 'vitest';
import { crashSoakPassed, describeCrashSoak, runCrashSoak } from '../soak/crash-soak';
import { describeHttpSoak, runHttpSoak } from '../soak/http-soak';

// The short versions of `npm run soak:http` and `npm run soak:crash`, run with the core tests.
describe('soak (short versions)', () => {
  it('a running server answers 300 malformed request lines, headers and bodies with 4xx and never exits', async () => {
    const f = await runHttpSoak({ inputs: 300, seconds: 120, concurrency: 4 });
    console.log(describeHttpSoak(f));
    expect(f.failures).toEqual([]);
    expect(f.answered4xx).toBe(300);
    expect(f.serverExits).toBe(0);
    expect(f.stillServing).toBe(true);
  });

  it('3 kill -9 while posting: each restart opens, integrity ok, numbering without gaps, every acknowledged document present', async () => {
    const f = await runCrashSoak({ kills: 3 });
    console.log(describeCrashSoak(f));
    expect(f.problems).toEqual([]);
    expect(crashSoakPassed(f, 3)).toBe(true);
    expect(f.acknowledged).toBeGreaterThan(0);
  });
});
