import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/services/core/create';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'corridor-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  dir: string;
  dbPath: string;
  cleanup: () => void;
}

/** A core over a real SQLite file in a temp folder; `setup` answers the first-start questions. */
export async function openTestCore(opts: { setup?: boolean; demo?: boolean } = {}): Promise<TestCore> {
  const { dir, cleanup } = tempDir();
  const dbPath = path.join(dir, 'corridor.sqlite');
  const core = createCore({ databasePath: dbPath, homeDir: path.join(dir, 'home') });
  if (opts.setup !== false) {
    await core.call('system.setup', {
      operator: 'Capt. Test',
      organisation: { name: 'Test Logistics Battalion', shortName: 'TLB', kind: 'military', country: 'XX' },
      demo: opts.demo ?? false,
    });
  }
  return {
    core,
    dir,
    dbPath,
    cleanup: () => {
      core.close();
      cleanup();
    },
  };
}

/** Row counts of every user table: proof that a refused operation wrote nothing. */
export function tableCounts(core: Core): Record<string, number> {
  const tables = core.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map((t) => [t.name, (core.sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
  );
}

/** Rows in the audit trail: proof that a refused operation recorded nothing either. */
export function auditCount(core: Core): number {
  return (core.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}
