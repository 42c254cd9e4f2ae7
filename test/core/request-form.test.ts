import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../electron/api/convoys';
import type { RequestDetail } from '../../electron/api/requests';
import { exportFileOf } from '../../electron/services/exchange/files';
import { recordEvents } from '../helpers/jobs';
import { pdfText } from '../helpers/pdf';
import { englishLeftIn, keysNamedIn } from '../helpers/english-labels';
import { CATALOGUES, type MessageKey } from '../../electron/api/i18n';
import { LAST_RESORT, requestIn, requestWorld, type RequestWorld } from './requests-fixture';

/**
 * The printable request form on real SQLite, made by a real print job and read back with
 * pdftotext: the number, lines, last-resort answers, the decision's comment in the timeline and
 * the operator who printed it; escort criteria when it is an escort; French when the operator
 * reads French; an unknown request refused by name.
 */

let w: RequestWorld;
let partial: RequestDetail;

async function printForm(requestId: string) {
  const rec = recordEvents(w.core);
  const started = await w.call('jobs.start', { kind: 'print', print: { document: 'request-form', requestId } });
  const job = await rec.ended(started.id);
  rec.unsubscribe();
  if (job.state !== 'done') throw new Error(`print ${job.state}: ${job.message}`);
  const file = exportFileOf(path.join(w.dir, 'home'), job.id)!;
  expect(file.name).toBe((job.result as PrintOutcome).fileName);
  expect(fs.readFileSync(file.path).subarray(0, 5).toString()).toBe('%PDF-');
  // One line per text: pdftotext -layout spreads a table's cells over a wide line.
  return pdfText(file.path).replace(/[ \t]+/g, ' ');
}

beforeAll(async () => {
  w = await requestWorld();
  partial = await requestIn(w, 'partially_approved');
});
afterAll(() => w.cleanup());

describe('printed request form', () => {
  it('holds the number, parties, lines, the last-resort record, the timeline and who printed it', async () => {
    const r = partial.request;
    const text = await printForm(r.id);
    expect(text).toContain('Shared-resource request');
    expect(text).toContain(r.number);
    expect(text).toContain('Trucks for shelter kits to Tarvik');
    expect(text).toContain('HHI');
    expect(text).toContain('Partially approved');
    // Line, what, asked, days, approved, committed, (available from blank), delivered.
    expect(text).toMatch(/ 1 Truck 10 t 2 trucks 3 1 — 0\n/);
    expect(text).toContain('Last-resort record');
    for (const answer of [LAST_RESORT.civilianOptionsTried, LAST_RESORT.capabilityGap, LAST_RESORT.exitPlan])
      expect(text).toContain(answer);
    expect(text).toContain('20/06/2026 to 25/06/2026'); // the day as the screens write it (en-GB), never ISO
    expect(text).toContain('One truck only');
    expect(text).toContain('Under review → Partially approved Approve in part Capt. Test (TLB) One truck only');
    expect(text).toContain('Printed by Capt. Test');
    expect(text).not.toContain('Escort criteria');
  });

  it('an escort request prints its four criteria and the date to stop using escorts', async () => {
    const escort = await w.call('requests.create', {
      requesterOrgId: w.ngo,
      providerOrgId: w.home,
      actingOrgId: w.ngo,
      title: 'Escort for the Kessa food convoy',
      type: 'escort',
      priority: 1,
      ...LAST_RESORT,
      escortNeed: 'Food for 9,000 people cut off for three weeks',
      escortAuthorities: 'District governor and the UN security cell agree',
      escortSafety: 'Armed groups stop trucks on the Kessa road',
      escortSustainability: 'Unescorted convoys once the road is cleared',
      escortEndDate: '2026-07-31',
      lines: [{ kind: 'capacity', description: 'Escort vehicle', quantity: 2, unit: 'vehicles', durationDays: 2 }],
    });
    const text = await printForm(escort.request.id);
    expect(text).toContain('Escort criteria');
    expect(text).toContain('Armed groups stop trucks on the Kessa road');
    expect(text).toContain('31/07/2026');
  });

  it('prints in French for an operator who reads French', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    try {
      const text = await printForm(partial.request.id);
      expect(text).toContain('Demande de ressources partagées');
      expect(text).toContain(partial.request.number);
      expect(text).toContain(LAST_RESORT.capabilityGap);
      expect(text).toContain('Imprimé par Capt. Test');
      // Days and moments as French screens write them (issue 9), never ISO.
      expect(text).toMatch(/Imprimé par Capt\. Test, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toContain('Shared-resource request');
    } finally {
      await w.call('system.setLanguage', { language: 'en' });
    }
  });

  it('in Arabic, a sentence of the form reads as Arabic letters (no italics: the oblique font has none)', async () => {
    await w.call('system.setLanguage', { language: 'ar' });
    try {
      // Arabic words are kept apart by no-break spaces and may break at zero-width spaces (print/bidi.ts).
      const text = (await printForm(partial.request.id)).replace(/\u200b/g, '').replace(/[\u00a0 ]+/g, ' ');
      expect(text).toContain('طلب موارد مشتركة');
      // Words without diacritics (pdftotext may give a shadda and its vowel in either order).
      expect(text).toContain('شيء على قافلة بعد');
    } finally {
      await w.call('system.setLanguage', { language: 'en' });
    }
  });

  it('in French and Arabic, the form holds no English label', async () => {
    // Every label the form names, with the statuses, kinds and units it prints.
    const keys = [
      ...keysNamedIn(['electron/services/requests/print-form.ts', 'electron/services/convoys/print/layout.ts']),
      ...(Object.keys(CATALOGUES.en) as MessageKey[]).filter((k) =>
        /^(vocab\.request(Type|Priority|Status)|vocab\.baseUnit|requests\.kind)\./.test(k),
      ),
    ];
    expect(keys.length).toBeGreaterThan(30);
    // The request's own words (title, answers, lines, comments) stay as typed.
    const r = partial.request;
    const data = [r.title, ...Object.values(LAST_RESORT).map(String), 'One truck only', 'Truck 10 t', 'trucks', 'Capt. Test', 'HHI', 'TLB'];
    const left: string[] = [];
    for (const language of ['fr', 'ar'] as const) {
      await w.call('system.setLanguage', { language });
      left.push(...englishLeftIn(await printForm(r.id), language, keys, data).map((l) => `${language}: ${l}`));
    }
    await w.call('system.setLanguage', { language: 'en' });
    expect(left).toEqual([]);
  });

  it('an unknown request fails the job with its name', async () => {
    const rec = recordEvents(w.core);
    const started = await w.call('jobs.start', {
      kind: 'print',
      print: { document: 'request-form', requestId: '00000000-0000-4000-8000-000000000000' },
    });
    const job = await rec.ended(started.id);
    rec.unsubscribe();
    expect(job.state).toBe('failed');
    expect(job.message).toMatch(/Request/i);
  });
});
