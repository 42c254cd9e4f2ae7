import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: each file starts the real browser-mode server and drives Debian's
// Chromium. One file at a time (the machine is small and each file owns a server), generous
// timeouts for a cold start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page that loads its grid lazily can take a few seconds on a busy machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
