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
      .filter((f) => f.endsWith('.ts') && f !== 'texts.ts')
      .map((f) => fs.readFileSync(path.join(DEMO_DIR, f), 'utf8'))
      .join('\n');
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
});
