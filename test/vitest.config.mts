import { defineConfig } from 'vitest/config';

// Core and transport tests: real SQLite files in temp folders; renderer logic that needs no
// browser (paste parsing, cell validation, line input, audit diffs). `forks` so a native crash is
// reported as a failure instead of killing the run.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/server/**/*.test.ts', 'test/renderer/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
