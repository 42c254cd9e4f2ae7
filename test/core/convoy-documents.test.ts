import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../electron/api/convoys';
import type { OpInput } from '../../electron/api/contract';
import { exportFileOf } from '../../electron/services/exchange/files';
import { recordEvents } from '../helpers/jobs';
import { decodeQr, pdfPages, pdfText } from '../helpers/pdf';
import { englishLeftIn, keysNamedIn } from '../helpers/english-labels';
import { CATALOGUES, type MessageKey } from '../../electron/api/i18n';
import { stockWorld, inDays, type StockWorld } from './stock-fixture';

/**
 * Printed convoy documents on real SQLite, made by a real print job and read back with poppler:
 * the waybill's number, lines, totals and signature blocks; a 60-line manifest spanning pages with
 * its header row on page 2; the QR code decoded from the rendered page and checked by Verify;
 * a tampered code, a changed line and a void waybill refused in plain words.
 */

let w: StockWorld;
let convoyId: string;
let truck: string;
let wh: { id: string };
let village: { id: string };

type Print = Extract<OpInput<'jobs.start'>, { kind: 'print' }>['print'];

async function print(request: Print) {
  const rec = recordEvents(w.t.core);
  const started = await w.call('jobs.start', { kind: 'print', print: request });
  const job = await rec.ended(started.id);
  rec.unsubscribe();
  if (job.state !== 'done') throw new Error(`print ${job.state}: ${job.message}`);
  const file = exportFileOf(path.join(w.t.dir, 'home'), job.id)!;
  expect(file.name).toBe((job.result as PrintOutcome).fileName);
  expect(fs.readFileSync(file.path).subarray(0, 5).toString()).toBe('%PDF-');
  return file.path;
}

const act = async (action: 'startLoading' | 'clear' | 'depart') => {
  const c = await w.call('convoys.get', { id: convoyId });
  return w.call('convoys.act', { id: convoyId, version: c.version, action });
};

beforeAll(async () => {
  w = await stockWorld();
  await w.call('items.save', {
    rows: [{ ...(await w.call('items.list', {})).find((i) => i.code === 'RICE-25')!, packSizes: '', unitWeightKg: 25, unitVolumeM3: 0.04 }],
  });
  const vehicles = await w.call('vehicles.save', {
    rows: [{ plate: 'UN-4471', kind: 'truck', payloadKg: 20000, cargoVolumeM3: 60, driverName: 'A. Driver', driverPhone: '+000 555 0101' }],
  });
  truck = vehicles[0].id;
  const grn = await w.receive(w.site.fob, [
    { itemId: w.item.rice, lotNumber: 'R-1', expiryDate: inDays(200), ownerOrgId: w.org.wfp, quantity: 500 },
  ]);
  const lot = grn.lines[0].lotId!;
  const c = await w.call('convoys.create', {
    originSiteId: w.site.fob,
    plannedDeparture: '2099-01-01T06:00Z',
    stops: [{ siteId: w.site.wh }, { placeName: 'Kessa village school' }],
    vehicleIds: [truck],
  });
  convoyId = c.id;
  [wh, village] = c.stops;
  // 60 lines to the warehouse for WFP (one waybill), and 2 to the village for HH (a second one).
  await w.call('convoys.manifest.save', {
    convoyId,
    rows: [
      ...Array.from({ length: 60 }, (_, i) => ({
        vehicleId: truck,
        lotId: lot,
        consigneeOrgId: w.org.wfp,
        stopId: wh.id,
        quantity: 2 + (i % 3),
      })),
      { vehicleId: truck, lotId: lot, consigneeOrgId: w.org.ngo, stopId: village.id, quantity: 5 },
      { vehicleId: truck, lotId: lot, consigneeOrgId: w.org.ngo, stopId: village.id, quantity: 7 },
    ],
  });
});
afterAll(() => w.t.cleanup());

describe('printed convoy documents', () => {
  it('a 62-line manifest spans pages with its header row repeated on page 2, and its QR verifies', async () => {
    const file = await print({ document: 'manifest', convoyId, vehicleId: truck });
    expect(pdfPages(file)).toBeGreaterThanOrEqual(2);
    const page1 = pdfText(file, 1);
    expect(page1).toContain('Vehicle manifest');
    expect(page1).toMatch(/FOB-N-CVY-\d{4}-00001\/UN-4471/);
    expect(page1).toContain('A. Driver');
    const page2 = pdfText(file, 2);
    for (const header of ['Item', 'Lot', 'Expiry', 'Owner', 'Consignee', 'Quantity', 'Weight (kg)']) expect(page2).toContain(header);
    expect(page2).toContain('RICE-25');
    const code = decodeQr(file);
    expect(code).toMatch(/^CORRIDOR-MF:FOB-N-CVY-\d{4}-00001\/UN-4471:[0-9a-f]{16}$/);
    expect((await w.call('documents.verify', { code: code! })).state).toBe('match');
    // One more line on the vehicle: the printed manifest no longer matches.
    await w.call('convoys.manifest.save', {
      convoyId,
      rows: [
        {
          vehicleId: truck,
          lotId: (await w.call('convoys.manifest.get', { convoyId })).lines[0].lotId,
          consigneeOrgId: w.org.ngo,
          stopId: village.id,
          quantity: 1,
        },
      ],
    });
    expect((await w.call('documents.verify', { code: code! })).state).toBe('mismatch');
    const lines = (await w.call('convoys.manifest.get', { convoyId })).lines;
    const last = lines[lines.length - 1];
    await w.call('convoys.manifest.remove', { convoyId, lines: [{ id: last.id, version: last.version }] });
    expect((await w.call('documents.verify', { code: code! })).state).toBe('match');
  });

  it('a 60-line waybill: number, lines, totals and the three signature blocks; its QR decodes and verifies', async () => {
    await act('startLoading');
    await act('clear');
    const sent = await act('depart');
    const [wb, wb2] = sent.waybills;
    const file = await print({ document: 'waybill', waybillId: wb.id });
    const text = pdfText(file);
    expect(text).toContain('Waybill');
    expect(text).toContain(wb.number);
    expect(text).toContain('WH-A Warehouse Alpha');
    expect(text).toContain('WFP');
    expect(text.match(/RICE-25 Rice 25 kg bag/g)).toHaveLength(60);
    expect(text).toMatch(/^\s*60\s+RICE-25 Rice 25 kg bag\s+R-1\s+\d{2}\/\d{2}\/\d{4}\s+WFP\s+4 each/m);
    expect(text).toMatch(/Total: 60 lines, 4,500(\.0)? kg/);
    // The verified operator who printed the copy, at the foot of each page (issue 10 point 4).
    expect(text).toMatch(/Printed by Capt\. Test, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/);
    for (const label of ['Loaded by (dispatcher)', 'Transported by (driver)', 'Received by', 'Signature', 'Date and time'])
      expect(text).toContain(label);
    const code = decodeQr(file);
    expect(code).toBe(`CORRIDOR-WB:${wb.number}:${wb.contentHash.slice(0, 16)}`);
    expect(await w.call('documents.verify', { code: `  ${code!}\n` })).toMatchObject({
      state: 'match',
      kind: 'waybill',
      number: wb.number,
      consignee: 'WFP',
      lines: 60,
    });

    // A forged copy: the same number with another hash.
    const tampered = code!.replace(/:[0-9a-f]{16}$/, (h) => `:${h.slice(1, 17).padEnd(16, '0') === h.slice(1) ? 'f' : '0'}${h.slice(2)}`);
    expect(tampered).not.toBe(code);
    expect((await w.call('documents.verify', { code: tampered })).state).toBe('mismatch');
    // Not a Corridor code at all, and a number this register never issued.
    expect((await w.call('documents.verify', { code: 'hello' })).state).toBe('unreadable');
    expect((await w.call('documents.verify', { code: code!.replace(wb.number, 'XX-WB-2026-99999') })).state).toBe('unknown');

    // What the waybill printed changed in the database after issue (here the item's name): "changed".
    const rice = (await w.call('items.list', {})).find((i) => i.code === 'RICE-25')!;
    const renamed = (await w.call('items.save', { rows: [{ ...rice, name: 'Rice 20 kg bag' }] }))[0];
    expect((await w.call('documents.verify', { code: code! })).state).toBe('changed');
    await w.call('items.save', { rows: [{ ...renamed, name: 'Rice 25 kg bag' }] });
    expect((await w.call('documents.verify', { code: code! })).state).toBe('match');

    // The second waybill, voided: its printed copy (watermarked VOID) is refused as void.
    const voided = await w.call('waybills.void', { id: wb2.id, version: wb2.version, reason: 'Printed copy lost' });
    const voidFile = await print({ document: 'waybill', waybillId: voided.id });
    expect(pdfText(voidFile)).toContain('VOID — Printed copy lost');
    const voidCode = decodeQr(voidFile)!;
    expect(await w.call('documents.verify', { code: voidCode })).toMatchObject({ state: 'void', voidReason: 'Printed copy lost' });
  });

  it('the loss report after arrival lists the short and damaged lines with what happened', async () => {
    const lines = (await w.call('convoys.manifest.get', { convoyId })).lines.filter((l) => l.stopId === wh.id);
    await w.call('convoys.receiveStop', {
      convoyId,
      stopId: wh.id,
      notes: 'Two bags torn at the checkpoint',
      lines: lines.map((l, i) => ({
        lineId: l.id,
        good: i === 2 ? l.quantity - 3 : i === 1 ? l.quantity - 2 : l.quantity,
        damaged: i === 1 ? 2 : 0,
      })),
    });
    // The timeline stores what happened as a key and values: each reader sees it in their language, the notes as typed.
    const said = async () => (await w.call('convoys.get', { id: convoyId })).timeline.find((e) => e.action === 'receiveStop')!.comment;
    expect(await said()).toMatch(/: \d+ lines received, 3 short, 2 damaged — Two bags torn at the checkpoint$/);
    await w.call('system.setLanguage', { language: 'fr' });
    expect(await said()).toMatch(/ : \d+ lignes reçues, 3 manquant\(s\), 2 endommagé\(s\) — Two bags torn at the checkpoint$/);
    await w.call('system.setLanguage', { language: 'en' });
    const file = await print({ document: 'loss-report', convoyId, stopId: wh.id });
    const text = pdfText(file);
    expect(text).toContain('Loss and damage report');
    expect(text).toMatch(/FOB-N-CVY-\d{4}-00001\/LR1/);
    expect(text).toContain('Two bags torn at the checkpoint');
    expect(text).toContain('3 did not arrive');
    expect(text).toContain('2 arrived damaged');
    expect(text.match(/RICE-25/g)).toHaveLength(2);
    expect((await w.call('documents.verify', { code: decodeQr(file)! })).state).toBe('match');
    // Before its arrival the village has no loss report to print.
    const rec = recordEvents(w.t.core);
    const started = await w.call('jobs.start', { kind: 'print', print: { document: 'loss-report', convoyId, stopId: village.id } });
    const job = await rec.ended(started.id);
    rec.unsubscribe();
    expect(job.state).toBe('failed');
    expect(job.message).toContain('Recorded arrival at this stop');
  });

  it('prints one after another on the print thread kept warm, two at once, and again after a print was cancelled', async () => {
    const c = await w.call('convoys.get', { id: convoyId });
    const waybill = { document: 'waybill' as const, waybillId: c.waybills[0].id };
    // The second and third run on the thread the first left waiting; the text is the same each time.
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push(pdfText(await print(waybill), 1).replace(/Printed by .*$/m, ''));
    expect(new Set(texts).size).toBe(1);
    // Two at once: the warm thread takes one, a thread of its own the other.
    const [a, b] = await Promise.all([print(waybill), print({ document: 'manifest', convoyId, vehicleId: truck })]);
    expect(pdfText(a)).toContain(c.waybills[0].number);
    expect(pdfPages(b)).toBeGreaterThanOrEqual(2);
    // A cancelled print ends its thread at once; the next print starts another and is done.
    const rec = recordEvents(w.t.core);
    const started = await w.call('jobs.start', { kind: 'print', print: { document: 'manifest', convoyId, vehicleId: truck } });
    await w.call('jobs.cancel', { jobId: started.id });
    expect((await rec.ended(started.id)).state).toBe('cancelled');
    rec.unsubscribe();
    expect(pdfText(await print(waybill))).toContain(c.waybills[0].number);
  });

  it('prints in the operator’s language', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const c = await w.call('convoys.get', { id: convoyId });
    const file = await print({ document: 'waybill', waybillId: c.waybills[0].id });
    const text = pdfText(file);
    expect(text).toContain('Bordereau de livraison');
    expect(text).toContain('Chargé par (expéditeur)');
  });

  it('in Arabic, a line mixing Arabic with a Latin number and digits reads in the right order (bidi), words apart', async () => {
    await w.call('system.setLanguage', { language: 'ar' });
    const c = await w.call('convoys.get', { id: convoyId });
    const wb = c.waybills[0];
    const file = await print({ document: 'waybill', waybillId: wb.id });
    // pdftotext writes each line left to right as printed, a right-to-left run between U+202B and U+202C in reading order.
    const lines = pdfText(file, 1)
      .split('\n')
      .map((l) =>
        l
          .replace(/\u200b/g, '')
          .replace(/[\s\u00a0]+/g, ' ')
          .trim(),
      );
    // "رقم <number>" is read right to left: the label on the right, the number on its left (it was the other way round).
    expect(lines).toContain(`${wb.number} \u202bرقم\u202c`);
    // Two Arabic words stay apart, in reading order.
    expect(lines).toContain('\u202bبوليصة الشحن\u202c');
    expect(decodeQr(file)).toBe(`CORRIDOR-WB:${wb.number}:${wb.contentHash.slice(0, 16)}`);
  });

  it('in Arabic, the page runs right to left: the table’s columns from the right edge, the line number rightmost', async () => {
    const c = await w.call('convoys.get', { id: convoyId });
    const printed = async (language: 'en' | 'ar') => {
      await w.call('system.setLanguage', { language });
      return pdfText(await print({ document: 'waybill', waybillId: c.waybills[0].id }), 1);
    };
    // Line 1 of the table: its number, the lot R-1 and the plate UN-4471 (Latin text, read back as printed, left to right).
    const firstRow = (text: string) =>
      text
        .split('\n')
        .find((l) => l.includes('UN-4471') && l.includes('R-1'))!
        .replace(/\u200b/g, '')
        .trim();
    const english = firstRow(await printed('en'));
    const arabic = firstRow(await printed('ar'));
    expect(english).toMatch(/^1\s/);
    expect(english.indexOf('R-1')).toBeLessThan(english.indexOf('UN-4471'));
    expect(arabic).toMatch(/\s1$/);
    expect(arabic.indexOf('UN-4471')).toBeLessThan(arabic.indexOf('R-1'));
  });

  it('in French and Arabic, the waybill, the manifest and the loss report hold no English label', async () => {
    const c = await w.call('convoys.get', { id: convoyId });
    const documents: Record<string, Print> = {
      waybill: { document: 'waybill', waybillId: c.waybills[0].id },
      manifest: { document: 'manifest', convoyId, vehicleId: truck },
      'loss report': { document: 'loss-report', convoyId, stopId: wh.id },
    };
    // Every label the printed documents name, with the base units and convoy states they print.
    const keys = [
      ...keysNamedIn(['electron/services/convoys/print/documents.ts', 'electron/services/convoys/print/layout.ts']),
      ...(Object.keys(CATALOGUES.en) as MessageKey[]).filter((k) => k.startsWith('vocab.baseUnit.')),
    ];
    expect(keys.length).toBeGreaterThan(40);
    // Names, notes and the demo's product names are the user's own words and stay as typed.
    const data = [
      'A. Driver',
      'Rice 25 kg bag',
      'Two bags torn at the checkpoint',
      'Warehouse Alpha',
      'Kessa village school',
      'Printed copy lost',
    ];
    const left: string[] = [];
    for (const language of ['fr', 'ar'] as const) {
      await w.call('system.setLanguage', { language });
      for (const [name, request] of Object.entries(documents))
        left.push(...englishLeftIn(pdfText(await print(request)), language, keys, data).map((l) => `${language} ${name}: ${l}`));
    }
    await w.call('system.setLanguage', { language: 'en' });
    expect(left).toEqual([]);
  });
});
