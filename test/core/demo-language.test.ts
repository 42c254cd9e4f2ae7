import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_HOME_ORGANISATION, DEMO_OPERATOR } from '../../electron/services/demo/identity';
import { DEMO_TEXTS } from '../../electron/services/demo/texts';
import { openTestCore, type TestCore } from '../helpers/core';

/* The demo in French or Arabic (issue 9 point 7): free text in the chosen language, names as they are. */
let t: TestCore;
afterEach(() => t?.cleanup());

const DEMO_DIR = path.resolve(__dirname, '..', '..', 'electron', 'services', 'demo');

describe('demo scenario in the chosen language', () => {
  it('every demo text has French and Arabic and is one the scenario writes', () => {
    const sources = fs
      .readdirSync(DEMO_DIR)
      .filter((f) => f.endsWith('.ts') && !f.startsWith('texts'))
      .map((f) => fs.readFileSync(path.join(DEMO_DIR, f), 'utf8'))
      .join('\n')
      // A long text is written as 'one ' + 'two' across lines.
      .replace(/'\s*\+\s*'/g, '');
    for (const [en, { fr, ar }] of Object.entries(DEMO_TEXTS)) {
      expect(fr.trim(), en).not.toBe('');
      expect(ar.trim(), en).not.toBe('');
      expect(sources.includes(`'${en}'`), `${en} is not in the demo any more`).toBe(true);
    }
  });

  it('set up in French with the demo: notes, roles, requests and timelines in French; names and codes as they are', async () => {
    t = await openTestCore({ setup: false });
    await t.core.call('system.setup', {
      operator: DEMO_OPERATOR,
      pin: '1234',
      organisation: DEMO_HOME_ORGANISATION,
      demo: true,
      language: 'fr',
    });
    const orgs = await t.core.call('organisations.list', {});
    expect(orgs.find((o) => o.shortName === 'NSLB')!.notes).toBe('L’organisation de cette installation');
    expect(orgs.find((o) => o.shortName === 'AVTC')?.notes).toMatch(/^Transporteurs commerciaux/);
    const contacts = await t.core.call('contacts.list', {});
    expect(contacts.map((c) => c.role)).toContain('Chef de convoi');
    const docs = t.core.sqlite.prepare('SELECT notes FROM stock_documents').pluck().all() as string[];
    expect(docs).toContain('Palette percée par le chariot élévateur');
    expect(docs).not.toContain('Forklift pierced a pallet');
    const titles = t.core.sqlite.prepare('SELECT title FROM requests').pluck().all() as string[];
    expect(titles).toContain('Groupe électrogène pour le centre de santé de Tarvik');
    const comments = t.core.sqlite.prepare('SELECT comment FROM request_events').pluck().all() as string[];
    expect(comments).toContain('Reçu en totalité, merci');
    // What the core writes into a timeline (a commitment, its days) is worded when read: French words, French dates.
    const committed = t.core.sqlite
      .prepare(`SELECT request_id FROM request_events WHERE comment LIKE '{"text":"committed"%' LIMIT 1`)
      .pluck()
      .get() as string;
    const detail = await t.core.call('requests.get', { id: committed });
    expect(detail.timeline.map((e) => e.comment)).toContainEqual(
      expect.stringMatching(/^Engagé ligne 1 : .* à partir du \d{2}\/\d{2}\/\d{4}/),
    );
    // A count's adjustment lines say what was counted, in French, the reason worded.
    const adjustment = t.core.sqlite
      .prepare(`SELECT document_id FROM stock_document_lines WHERE notes LIKE '{"text":"countNote"%' LIMIT 1`)
      .pluck()
      .get() as string;
    const doc = await t.core.call('stock.documents.get', { id: adjustment });
    expect(doc.lines[0].notes).toMatch(
      /^Ligne d’inventaire \d+ : attendu [\d\s\u202f]+, compté [\d\s\u202f]+ \(Écart d’inventaire physique\)$/,
    );
  });

  it('loaded by an Arabic-speaking operator: the same records in Arabic', async () => {
    t = await openTestCore();
    await t.core.call('system.setLanguage', { language: 'ar' });
    await t.core.call('system.loadDemo', {});
    const docs = t.core.sqlite.prepare('SELECT notes FROM stock_documents').pluck().all() as string[];
    expect(docs).toContain('ثقبت الرافعة الشوكية منصة');
    const contacts = await t.core.call('contacts.list', {});
    expect(contacts.map((c) => c.role)).toContain('قائد القافلة');
  });

  it('leaves no English sentence of its own in French: every free-text value differs from the English load', async () => {
    const freeText = async (language: 'en' | 'fr') => {
      const core = await openTestCore();
      try {
        await core.core.call('system.setLanguage', { language });
        await core.core.call('system.loadDemo', {});
        const db = core.core.sqlite;
        const tables = db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%drizzle%' AND name NOT IN ('audit_log', 'change_log', 'item_search', 'jobs', 'settings')",
          )
          .pluck()
          .all() as string[];
        const values = new Set<string>();
        for (const table of tables) {
          const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[]).filter(
            (c) =>
              c.type.toUpperCase() === 'TEXT' &&
              !/(^id$|_id$|_at$|date|code|number|sharing|status|kind|^name$|short_name|sha|hash)/.test(c.name),
          );
          for (const c of columns) {
            // Sentences only (two words or more); texts the core stores as keys and values are worded when read.
            const found = db
              .prepare(`SELECT DISTINCT "${c.name}" FROM "${table}" WHERE "${c.name}" GLOB '*[a-z] [a-z]*'`)
              .pluck()
              .all() as string[];
            for (const v of found) if (!v.startsWith('{') && !v.startsWith('[')) values.add(`${table}.${c.name}: ${v}`);
          }
        }
        return values;
      } finally {
        core.cleanup();
      }
    };
    const en = await freeText('en');
    const fr = await freeText('fr');
    // Names of places and routes stay as they are; so does the home organisation's note, written at set-up in English here.
    const names = /^(convoy_stops\.place_name|convoys\.route|organisations\.notes: This installation)/;
    expect([...en].filter((v) => fr.has(v) && !names.test(v))).toEqual([]);
  }, 120_000);
});
