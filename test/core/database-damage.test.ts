import { signInAgain } from '../helpers/core';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type LocalCore } from '../../electron/services/core/create';
import { inDays, stockWorld } from './stock-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/**
 * Overwrites every page of the named tables (and their indexes) with a fixed noise pattern, as a
 * failing disk or a half-copied file would: the pages are found from the file's own b-tree
 * (dbstat), the bytes are written with plain file I/O while no connection is open.
 */
function damageTables(file: string, tables: string[]) {
  const raw = new Database(file, { readonly: true });
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const names = raw
    .prepare(`SELECT name FROM sqlite_master WHERE tbl_name IN (${tables.map(() => '?').join(', ')}) AND rootpage > 0`)
    .all(...tables) as { name: string }[];
  const pages = raw
    .prepare(`SELECT pageno FROM dbstat WHERE name IN (${names.map(() => '?').join(', ')})`)
    .all(...names.map((n) => n.name)) as { pageno: number }[];
  raw.close();
  expect(pages.length).toBeGreaterThan(tables.length);
  const noise = Buffer.alloc(pageSize, 0);
  for (let i = 0; i < pageSize; i++) noise[i] = (i * 131 + 7) % 251;
  const fd = fs.openSync(file, 'r+');
  for (const p of pages) fs.writeSync(fd, noise, 0, pageSize, (p.pageno - 1) * pageSize);
  fs.closeSync(fd);
}

async function damagedCore(): Promise<LocalCore> {
  const w = await stockWorld();
  const { dbPath, dir } = w.t;
  for (let i = 0; i < 3; i++) {
    await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: `R-${i}`, expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 100 + i },
      { itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 5 },
    ]);
  }
  w.t.core.close(); // checkpoints the WAL into the file
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  damageTables(dbPath, ['stock_ledger', 'stock_documents']);
  const core = createCore({ databasePath: dbPath, homeDir: path.join(dir, 'home') });
  cleanups.push(() => core.close());
  // Signing in stays possible on a damaged file (what is readable can be viewed and exported).
  await signInAgain(core);
  return core;
}

describe('a database with damaged pages', () => {
  it('is found by the background quick_check after opening; writes are then refused with what to do', async () => {
    const core = await damagedCore();
    const check = await core.databaseCheck;
    expect(check.ok).toBe(false);
    expect(check.problems.join('\n')).toMatch(/page|malformed|corrupt/i);

    const write = await core.invoke('items.save', { rows: [{ code: 'ROPE', name: 'Rope', category: 'shelter', baseUnit: 'each' }] });
    expect(write.ok).toBe(false);
    if (write.ok) return;
    expect(write.error.code).toBe('rule_violation');
    expect(write.error.message).toMatch(/^This database file is damaged/);
    expect(write.error.message).toMatch(/restore your latest backup/i);
    expect(write.error.message).toMatch(/copy of this file .* for support/i);
    // Reads of undamaged tables still answer.
    expect((await core.invoke('items.list', {})).ok).toBe(true);
  });

  it('reports the damage as a failed integrity report at every depth, never an internal error', async () => {
    const core = await damagedCore();
    await core.databaseCheck;
    for (const depth of ['ledger', 'quick', 'full'] as const) {
      const r = await core.invoke('system.integrity', { depth });
      expect(r, depth).toMatchObject({ ok: true, value: { ok: false, depth } });
      if (!r.ok) continue;
      const report = r.value as { sqlite: string[]; differences: { description: string }[] };
      expect(report.sqlite.join('\n'), depth).toMatch(/page|malformed|corrupt/i);
    }
  });

  it('an undamaged file passes the background check and takes writes', async () => {
    const w = await stockWorld();
    cleanups.push(() => w.t.cleanup());
    expect(await w.t.core.databaseCheck).toMatchObject({ ok: true, problems: ['ok'] });
    expect(
      (await w.t.core.invoke('items.save', { rows: [{ code: 'ROPE', name: 'Rope', category: 'shelter', baseUnit: 'each' }] })).ok,
    ).toBe(true);
  });
});
