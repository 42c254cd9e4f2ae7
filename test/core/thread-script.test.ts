import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_THREADS_ENV, threadScript, useBuiltThreads } from '../../electron/services/core/thread-script';

describe('thread scripts: from source, or from a build named by the scripts that just made it', () => {
  const saved = process.env[BUILT_THREADS_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[BUILT_THREADS_ENV];
    else process.env[BUILT_THREADS_ENV] = saved;
  });

  it('runs the .ts entries through tsx when no build is named', () => {
    delete process.env[BUILT_THREADS_ENV];
    const job = threadScript('job-thread');
    expect(job.file.endsWith(path.join('jobs', 'job-thread.ts'))).toBe(true);
    expect(fs.existsSync(job.file)).toBe(true);
    expect(job.execArgv[0]).toBe('--require');
  });

  it("takes a named build's bundled entries, with no loader", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-threads-'));
    try {
      for (const e of ['core-thread', 'job-thread']) fs.writeFileSync(path.join(dir, `${e}.js`), '');
      useBuiltThreads(dir);
      expect(threadScript('core-thread')).toEqual({ file: path.join(dir, 'core-thread.js'), execArgv: [] });
      expect(threadScript('job-thread')).toEqual({ file: path.join(dir, 'job-thread.js'), execArgv: [] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a build folder without the entries, naming what is missing and what to run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-threads-'));
    try {
      fs.writeFileSync(path.join(dir, 'core-thread.js'), '');
      expect(() => useBuiltThreads(dir)).toThrow(/job-thread\.js.*npm run build/);
      expect(process.env[BUILT_THREADS_ENV]).toBe(saved);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
