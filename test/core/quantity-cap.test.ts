import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { MAX_QUANTITY } from '../../electron/api/vocabularies';
import { MIGRATIONS, refusedWritingNothing, tempDir } from '../helpers/core';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

let w: StockWorld | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  w?.t.cleanup();
  w = undefined;
  while (cleanups.length) cleanups.pop()!();
});

const receiptLine = (world: StockWorld, extra: Record<string, unknown>) => ({
  itemId: world.item.rice,
  lotNumber: 'R-1',
  expiryDate: inDays(300),
  ownerOrgId: world.org.wfp,
  ...extra,
});

describe('every stored quantity is a whole number within the cap', () => {
  it('refuses a pack size above 1,000,000 base units, naming the cell', async () => {
    w = await stockWorld();
    const e = await refusedWritingNothing(w.t.core, 'items.save', {
      rows: [{ code: 'NAILS', name: 'Nails', category: 'construction', baseUnit: 'each', packSizes: 'crate=2000000' }],
    });
    expect(e.code).toBe('invalid_input');
    expect(e.issues).toEqual([{ path: ['rows', 0, 'packSizes'], message: 'A pack holds at most 1,000,000 base units' }]);
  });

  it('refuses pack count × pack size above the cap, naming the pack count', async () => {
    w = await stockWorld();
    const e = await refusedWritingNothing(w.t.core, 'stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      post: true,
      lines: [receiptLine(w, { packName: 'pallet', packCount: 1_000_000_000 })],
    });
    expect(e.code).toBe('invalid_input');
    expect(e.issues).toEqual([
      {
        path: ['lines', 0, 'packCount'],
        message: 'Pack count: 1,000,000,000 pallet of 40 make 40,000,000,000 each, more than one line may hold (1,000,000,000)',
      },
    ]);
  });

  it('refuses a receipt that would take a balance above the cap, naming the lot', async () => {
    w = await stockWorld();
    await w.receive(w.site.fob, [receiptLine(w, { quantity: 600_000_000 })]);
    const e = await refusedWritingNothing(w.t.core, 'stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      post: true,
      lines: [receiptLine(w, { quantity: 600_000_000 })],
    });
    expect(e.code).toBe('rule_violation');
    expect(e.issues?.[0].path).toEqual(['lines', 0, 'quantity']);
    expect(e.issues?.[0].message).toMatch(
      /^Too much stock: RICE-25 lot R-1 .* at FOB-N would hold 1,200,000,000 each good, more than one balance may hold/,
    );
    // One unit still moves the balance by one: the stored values are integers.
    await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      ownerOrgId: w.org.wfp,
      counterpartyOrgId: w.org.ngo,
      lines: [{ lotId: lotOf(w), quantity: 1 }],
    });
    expect(balances(w)).toEqual([{ quantity: 599_999_999, t: 'integer' }]);
  });

  it('the database refuses a non-integer or out-of-range quantity in ledger, balances, document lines and count lines', async () => {
    w = await stockWorld();
    await w.receive(w.site.fob, [receiptLine(w, { quantity: 10 })]);
    const db = w.t.core.sqlite;
    const ledger = db.prepare('SELECT * FROM stock_ledger LIMIT 1').get() as Record<string, unknown>;
    const insertLedger = (quantity: number) =>
      db
        .prepare(
          `INSERT INTO stock_ledger (id, document_id, line_id, kind, lot_id, item_id, site_id, condition, quantity, occurred_at, recorded_at, recorded_by, installation_id)
           VALUES (@id, @document_id, @line_id, @kind, @lot_id, @item_id, @site_id, @condition, @quantity, @occurred_at, @recorded_at, @recorded_by, @installation_id)`,
        )
        .run({ ...ledger, id: crypto.randomUUID(), quantity });
    for (const bad of [0.5, 8e11, MAX_QUANTITY + 1, -MAX_QUANTITY - 1]) {
      expect(() => insertLedger(bad)).toThrow(/CHECK constraint failed: stock_ledger_quantity_range/);
    }
    expect(() => db.prepare('UPDATE stock_balances SET quantity = 1e12').run()).toThrow(/stock_balances_quantity_range/);
    expect(() => db.prepare('UPDATE stock_balances SET quantity = 10.5').run()).toThrow(/stock_balances_quantity_range/);
    // Lines of posted documents are frozen by a trigger; a draft line takes the CHECK.
    const draft = await w.call('stock.documents.create', {
      siteId: w.site.fob,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [receiptLine(w, { quantity: 5 })],
    });
    expect(() => db.prepare('UPDATE stock_document_lines SET quantity = 2.5 WHERE document_id = ?').run(draft.document.id)).toThrow(
      /stock_document_lines_quantity_range/,
    );
    expect(() => db.prepare('UPDATE stock_document_lines SET pack_count = 0 WHERE document_id = ?').run(draft.document.id)).toThrow(
      /stock_document_lines_pack_count_range/,
    );
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    expect(() => db.prepare('UPDATE stock_count_lines SET counted = 1e10 WHERE document_id = ?').run(sheet.document.id)).toThrow(
      /stock_count_lines_counted_range/,
    );
  });

  it('the integrity check reports a stored quantity that is not a whole number or is out of range', async () => {
    w = await stockWorld();
    await w.receive(w.site.fob, [receiptLine(w, { quantity: 10 })]);
    const db = w.t.core.sqlite;
    expect((await w.call('system.integrity', { depth: 'ledger' })).ok).toBe(true);
    // What another tool (or an older version) could leave: a ledger entry and its balance both at a fraction.
    db.pragma('ignore_check_constraints = ON');
    const ledger = db.prepare('SELECT * FROM stock_ledger LIMIT 1').get() as Record<string, unknown>;
    db.prepare(
      `INSERT INTO stock_ledger (id, document_id, line_id, kind, lot_id, item_id, site_id, condition, quantity, occurred_at, recorded_at, recorded_by, installation_id)
       VALUES (@id, @document_id, @line_id, @kind, @lot_id, @item_id, @site_id, @condition, @quantity, @occurred_at, @recorded_at, @recorded_by, @installation_id)`,
    ).run({ ...ledger, id: crypto.randomUUID(), quantity: 0.5 });
    db.prepare('UPDATE stock_balances SET quantity = quantity + 0.5').run();
    db.pragma('ignore_check_constraints = OFF');

    const report = await w.call('system.integrity', { depth: 'ledger' });
    expect(report.ok).toBe(false);
    const found = report.differences.map((d) => d.description).join('\n');
    expect(found).toMatch(/ledger entry \(stock_ledger row \d+\): quantity 0\.5 is not a whole number/);
    expect(found).toMatch(/balance \(stock_balances row \d+\): quantity 10\.5 is not a whole number/);
  });
});

function lotOf(world: StockWorld): string {
  return (world.t.core.sqlite.prepare('SELECT id FROM stock_lots LIMIT 1').get() as { id: string }).id;
}
function balances(world: StockWorld) {
  return world.t.core.sqlite.prepare('SELECT quantity, typeof(quantity) AS t FROM stock_balances').all();
}

/** The committed migrations up to (not including) the one named `tag`: what the previous version shipped. */
function migrationsBefore(dir: string, tag: string): string {
  const folder = path.join(dir, 'migrations-before');
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return folder;
}

describe('codes are unique whatever their case', () => {
  it('the database refuses a code that differs from another only in case', async () => {
    w = await stockWorld();
    const db = w.t.core.sqlite;
    const item = db.prepare('SELECT * FROM items WHERE code = ?').get('TENT-F') as Record<string, unknown>;
    const cols = Object.keys(item);
    const insert = db.prepare(`INSERT INTO items (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
    expect(() => insert.run({ ...item, id: crypto.randomUUID(), code: 'tent-f' })).toThrow(/UNIQUE constraint failed: items.code/);
    expect(() => db.prepare("UPDATE sites SET code = 'fob-n' WHERE code = 'WH-A'").run()).toThrow(/UNIQUE constraint failed: sites.code/);
    expect(() => db.prepare("UPDATE organisations SET short_name = 'wfp' WHERE short_name = 'HH'").run()).toThrow(
      /UNIQUE constraint failed: organisations.short_name/,
    );
  });

  it('refuses to migrate a file whose codes clash by case, listing them, and leaves it untouched', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, 'clashing.sqlite');
    const before = migrationsBefore(t.dir, '_quantity_checks_nocase_codes');
    openDatabase(file, { migrationsFolder: before }).close();
    const raw = new Database(file);
    const stamp = "'2026-01-01', 'i', '2026-01-01', 'i'";
    raw.exec(`INSERT INTO items (id, created_at, created_by_installation, updated_at, updated_by_installation, code, name, category, base_unit)
      VALUES ('a', ${stamp}, 'TARP', 'Tarpaulin', 'shelter', 'each'), ('b', ${stamp}, 'Tarp', 'Tarp (typed in lower case)', 'shelter', 'each');
      INSERT INTO sites (id, created_at, created_by_installation, updated_at, updated_by_installation, code, name, kind)
      VALUES ('s1', ${stamp}, 'FOB-N', 'North', 'forward_base'), ('s2', ${stamp}, 'fob-n', 'north', 'forward_base');`);
    raw.close();
    const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const listing = fs.readdirSync(t.dir).sort();

    let error: unknown;
    try {
      openDatabase(file, { migrationsFolder: MIGRATIONS });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const message = (error as Error).message;
    expect(message).toContain('cannot be upgraded to this version of Corridor until these are corrected');
    expect(message).toContain('item codes "TARP" and "Tarp" (table items) differ only in case');
    expect(message).toContain('site codes "FOB-N" and "fob-n" (table sites) differ only in case');
    expect(message).toContain('The file has not been changed');
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(hash);
    expect(fs.readdirSync(t.dir).sort()).toEqual(listing);
  });

  it('migrates a file without clashes, keeping its quantities and the append-only triggers', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, 'older.sqlite');
    openDatabase(file, { migrationsFolder: migrationsBefore(t.dir, '_quantity_checks_nocase_codes') }).close();
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    try {
      expect(opened.backupPath).not.toBeNull();
      const triggers = (opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map(
        (r) => r.name,
      );
      expect(triggers).toEqual(
        expect.arrayContaining(['stock_ledger_no_update', 'stock_ledger_no_delete', 'stock_count_lines_posted_no_delete']),
      );
    } finally {
      opened.close();
    }
  });
});

describe('migrations', () => {
  it('every trigger a migration creates still exists after all of them ran (a table rebuild drops its triggers)', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const created = new Set<string>();
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    for (const e of journal.entries) {
      const sql = fs.readFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), 'utf8');
      for (const m of sql.matchAll(/(CREATE|DROP) TRIGGER (?:IF (?:NOT )?EXISTS )?[`"]?(\w+)/gi)) {
        if (m[1].toUpperCase() === 'CREATE') created.add(m[2]);
        else created.delete(m[2]);
      }
    }
    expect(created.size).toBeGreaterThan(0);
    const opened = openDatabase(path.join(t.dir, 'all.sqlite'), { migrationsFolder: MIGRATIONS });
    try {
      const present = new Set(
        (opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name),
      );
      expect([...created].filter((name) => !present.has(name))).toEqual([]);
    } finally {
      opened.close();
    }
  });
});
