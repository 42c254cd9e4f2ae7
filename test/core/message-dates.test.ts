import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../renderer/src/locale/format';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * Issue 9: a date inside a core message is written as the reader's screens write it — the
 * renderer's own formatter, in the caller's language and the installation's date style (ISO only
 * when ISO was chosen) — never as a bare ISO day. On a pinned clock.
 */
let clock = '2026-06-15T09:00:00.000Z';
let w: StockWorld;
beforeEach(async () => {
  clock = '2026-06-15T09:00:00.000Z';
  w = await stockWorld({ now: () => clock });
});
afterEach(() => w.t.cleanup());

const refused = (name: string, input: unknown) => refusedWritingNothing(w.t.core, name, input);

async function tentsReceivedOn(day: string, quantity: number) {
  const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity }], {
    occurredAt: day,
    backdateReason: 'Paper GRN typed in late',
  });
  return grn.lines[0].lotId!;
}

const issue = (lotId: string, quantity: number, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  siteId: w.site.fob,
  kind: 'issue' as const,
  counterpartyOrgId: w.org.ngo,
  ownerOrgId: w.org.wfp,
  occurredAt,
  post: true,
  lines: [{ lotId, quantity }],
  ...extra,
});

/** The backdating and future-date refusals of a stock document, as the operator reads them. */
async function dateRefusals() {
  const lot = await tentsReceivedOn('2026-04-01', 50);
  const old = await refused('stock.documents.create', issue(lot, 1, '2026-05-15'));
  const future = await refused('stock.documents.create', issue(lot, 1, '2026-06-17'));
  return { backdate: old.issues![0].message, future: future.message, futureAtField: future.issues![0].message };
}

describe('dates inside the core’s messages', () => {
  it('French: dd/mm/yyyy and the French sentence, with its plural', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const r = await dateRefusals();
    expect(r.backdate).toBe(
      'Daté du 15/05/2026, 31 jours en arrière : un document plus ancien que la limite de rétroactivité de 30 jours doit indiquer le motif de l’antidatage',
    );
    expect(r.future).toContain('La date 17/06/2026 est dans le futur (nous sommes le 15/06/2026)');
    expect(r.futureAtField).toBe('La date est dans le futur');
  });

  it('English as in the United States: mm/dd/yyyy', async () => {
    await w.call('locale.save', { englishRegion: 'US' });
    const r = await dateRefusals();
    expect(r.backdate).toMatch(/^Dated 05\/15\/2026, 31 days back: /);
    expect(r.future).toContain('Date 06/17/2026 is in the future (today is 06/15/2026)');
  });

  it('ISO only when the installation chose ISO', async () => {
    await w.call('locale.save', { dateStyle: 'iso' });
    const r = await dateRefusals();
    expect(r.backdate).toMatch(/^Dated 2026-05-15, 31 days back: /);
    await w.call('system.setLanguage', { language: 'fr' });
    const lot = (await w.call('stock.lots.list', { itemId: w.item.tent }))[0].id;
    const future = await refused('stock.documents.create', issue(lot, 1, '2026-06-17'));
    expect(future.message).toContain('La date 2026-06-17 est dans le futur (nous sommes le 2026-06-15)');
  });

  it('Arabic: the renderer’s own formatter, with Eastern Arabic digits when chosen', async () => {
    await w.call('system.setLanguage', { language: 'ar' });
    await w.call('locale.save', { arabicDigits: 'arab' });
    const r = await dateRefusals();
    const shown = formatDate('2026-05-15', { language: 'ar', englishRegion: 'GB', arabicDigits: 'arab', dateStyle: 'locale' });
    expect(shown).toMatch(/١٥/);
    expect(r.backdate).toContain(shown);
    expect(r.backdate).not.toContain('2026-05-15');
  });

  it('a lot’s expiry, the posting day and a transfer’s dispatch day in French', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    clock = '2020-03-01T09:00:00.000Z';
    const grn = await w.receive(
      w.site.fob,
      [{ itemId: w.item.rice, lotNumber: 'R-2001', expiryDate: '2020-01-31', ownerOrgId: w.org.wfp, quantity: 20 }],
      { occurredAt: '2019-11-20', backdateReason: 'Opening stock' },
    );
    const e = await refused('stock.documents.create', issue(grn.lines[0].lotId!, 5, '2019-12-01', { backdateReason: 'Late paperwork' }));
    const message = e.issues![0].message;
    expect(message).toContain('31/01/2020');
    expect(message).toContain('01/03/2020');
    expect(message).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    clock = '2026-06-15T09:00:00.000Z';
    const lot = await tentsReceivedOn('2026-06-01', 10);
    const tro = await w.post({
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      occurredAt: '2026-06-08',
      lines: [{ lotId: lot, quantity: 4 }],
    });
    const early = await refused('stock.transfer.receive', {
      transferId: tro.document.id,
      version: tro.document.version,
      occurredAt: '2026-06-07',
    });
    expect(early.issues![0].message).toMatch(/07\/06\/2026.*08\/06\/2026/);
  });

  it('FEFO’s warning names both expiry days in the reader’s style', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const grn = await w.receive(w.site.fob, [
      { itemId: w.item.rice, lotNumber: 'R-EARLY', expiryDate: '2026-09-30', ownerOrgId: w.org.wfp, quantity: 10 },
      { itemId: w.item.rice, lotNumber: 'R-LATE', expiryDate: '2027-03-31', ownerOrgId: w.org.wfp, quantity: 10 },
    ]);
    const lotId = grn.lines[1].lotId!;
    const e = await refused('stock.documents.create', issue(lotId, 2, '2026-06-15'));
    const fefo = e.issues!.find((i) => i.path.at(-1) === 'fefoOverrideReason');
    expect(fefo?.message).toBe(
      'PEPS : le lot R-EARLY expire en premier (30/09/2026, 10 disponibles) — prenez-le avant le lot R-LATE (31/03/2027), ou indiquez pourquoi vous dérogez au PEPS',
    );
  });
});

describe('the stock core’s reference and count refusals', () => {
  it('are worded in French (they were English sentences)', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const e = await refused('stock.documents.create', { siteId: w.site.fob, kind: 'receipt', otherSiteId: w.site.fob, lines: [] });
    expect(JSON.stringify(e)).not.toMatch(/does not exist|must differ/);
    const sites = await w.call('sites.list', {});
    const fob = sites.find((s) => s.id === w.site.fob)!;
    const other = await refused('stock.documents.create', { siteId: fob.id, kind: 'transfer_out', otherSiteId: fob.id, lines: [] });
    expect(other.issues?.map((i) => i.message)).toContain('L’autre site doit être différent du site de ce document');
  });
});
