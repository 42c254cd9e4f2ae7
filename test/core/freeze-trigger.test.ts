import fs from 'node:fs';
import path from 'node:path';
import { getTableColumns } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freezeMigrationSql, freezeTriggerSql } from '../../electron/services/workflow/freeze-trigger';
import { STOCK_DOCUMENT_FREEZE } from '../../electron/services/workflow/stock-documents';
import { MIGRATIONS } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * The trigger that freezes posted stock documents is generated from the workflow definition and
 * the drizzle schema. If a column is added to stock_documents (or the definition changes) without
 * a new migration carrying the regenerated trigger, the first test fails and prints that migration.
 */
const spec = STOCK_DOCUMENT_FREEZE;
const columns = Object.values(getTableColumns(spec.table)).map((c) => c.name);
const byKey = getTableColumns(spec.table) as Record<string, { name: string }>;
const sqlName = (key: string) => byKey[key].name;
const frozen = columns.filter((c) => ![...spec.writable, ...(spec.editable ?? []), ...spec.setOnce].map(sqlName).includes(c));

let w: StockWorld;
let posted: string;

beforeAll(async () => {
  w = await stockWorld();
  posted = (await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 10 }])).document.id;
});
afterAll(() => w.t.cleanup());

const installed = () =>
  (w.t.core.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(spec.trigger) as { sql: string }).sql;

describe('the freeze trigger of posted stock documents', () => {
  it('is exactly what the definition and the schema generate (else: ship the printed migration)', () => {
    const expected = freezeTriggerSql(spec);
    if (installed() !== expected) {
      throw new Error(
        `The ${spec.trigger} trigger in the migrations differs from the one generated from the workflow definition and the schema.\n` +
          'Create a custom migration (npx drizzle-kit generate --custom --name=freeze_posted_documents) containing:\n\n' +
          freezeMigrationSql(spec),
      );
    }
    // And the last migration that writes it is the generated file, comments included.
    const files = fs
      .readdirSync(MIGRATIONS)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const last = files
      .filter((f) => fs.readFileSync(path.join(MIGRATIONS, f), 'utf8').includes(`CREATE TRIGGER \`${spec.trigger}\``))
      .pop()!;
    expect(fs.readFileSync(path.join(MIGRATIONS, last), 'utf8')).toBe(freezeMigrationSql(spec));
  });

  it('freezes every column but the stamps, the sharing label and the set-once links (the count category too)', () => {
    expect(frozen).toContain('count_category');
    expect(frozen).not.toContain('sharing');
    expect(frozen).toContain('notes');
    for (const column of frozen) {
      const change = () =>
        w.t.core.sqlite.prepare(`UPDATE stock_documents SET "${column}" = coalesce("${column}" || 'x', 'x') WHERE id = ?`).run(posted);
      expect(change, column).toThrow('a posted stock document cannot be changed: reverse it instead');
    }
  });

  it('lets the write path stamp a posted document and set each link once, never change it', () => {
    const db = w.t.core.sqlite;
    db.prepare("UPDATE stock_documents SET version = version + 1, updated_at = 'now', updated_by_installation = 'x' WHERE id = ?").run(
      posted,
    );
    for (const key of spec.setOnce) {
      const col = sqlName(key);
      db.prepare(`UPDATE stock_documents SET "${col}" = ?, version = version + 1 WHERE id = ?`).run(posted, posted);
      expect(() => db.prepare(`UPDATE stock_documents SET "${col}" = 'another' WHERE id = ?`).run(posted), col).toThrow(
        'a posted stock document cannot be changed',
      );
    }
  });
});
