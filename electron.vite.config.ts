import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The dev server (`npm run dev`) injects inline scripts (React refresh) that the page's CSP
 * <meta> would block, so only there the tag is removed; every build keeps it.
 */
const devServerWithoutCspMeta: Plugin = {
  name: 'corridor:dev-server-without-csp-meta',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// Main and preload stay CommonJS (a sandboxed preload cannot load ES chunks); better-sqlite3 is
// external to the main bundle because it is a native module.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The core's thread and each job's thread load their own entry files (thread-script.ts finds them).
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'core-thread': resolve(__dirname, 'electron/services/core/worker/core-thread.ts'),
          'job-thread': resolve(__dirname, 'electron/services/jobs/job-thread.ts'),
        },
        external: ['better-sqlite3', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // One file: a sandboxed preload can only require('electron'), never a chunk.
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), devServerWithoutCspMeta],
    // Every bare `zod` import in the page resolves to the module that makes zod jitless first.
    resolve: { alias: [{ find: /^zod$/, replacement: resolve(__dirname, 'renderer/src/zod-jitless.ts') }] },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
