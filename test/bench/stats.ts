/** Small timing helpers shared by the benchmarks (run.ts and browser.ts). */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i];
}

export interface Timing {
  runs: number;
  median: number;
  p95: number;
  max: number;
}

export function summarise(samplesMs: number[]): Timing {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { runs: s.length, median: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
}

/** Times `fn` `runs` times (after `warmup` untimed runs). */
export async function timeIt(runs: number, fn: (i: number) => unknown, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** One result line: name, median/p95 and the target it is compared with (never asserted). */
export function printTiming(name: string, t: Timing, target?: string): void {
  const verdict = target ? `   target ${target}` : '';
  console.log(`${name.padEnd(58)} median ${ms(t.median).padStart(7)} ms   p95 ${ms(t.p95).padStart(7)} ms   (${t.runs} runs)${verdict}`);
}

export function printLine(name: string, value: string): void {
  console.log(`${name.padEnd(58)} ${value}`);
}

/** Deterministic pseudo-random numbers (mulberry32), so a seed produces the same database every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
