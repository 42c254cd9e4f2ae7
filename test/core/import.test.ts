import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadFileOf } from '../../electron/services/exchange/import/files';
import { countsOnDisk } from '../helpers/jobs';
import { imported, importThroughJob, upload } from '../helpers/imports';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Imports through the real job thread, from files made the way partners send them. A bad file or
 * a bad row writes nothing (row counts on disk before and after).
 */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

const catalogueCsv = [
  'Catalogue partenaire — HHI,,,,',
  'Exporté le 30/11/2026,,,,',
  ',,,,',
  'Code article,Désignation,Catégorie,Unité,Poids unitaire (kg)',
  '#item +code,#item +name,#sector,#item +unit,#x_weight +kg',
  'FD-FLOUR-25,Farine de blé 25 kg,Vivres,pièce,"25,5"',
  'NFI-BUCKET,Seau 14 L,Articles non alimentaires,unité,"0,4"',
  'SH-TARP,Bâche plastique 4x6,Abri,pièce,"2,1"',
].join('\r\n');

describe('import: partner files', () => {
  it(
    'takes title rows, an HXL row and French headers; maps by hashtag, suggests the words; commits; twice creates nothing more',
    { timeout: 180_000 },
    async () => {
      w = await stockWorld();
      const id = upload(w.t, 'catalogue-hhi.csv', catalogueCsv);
      const p = await imported(w.t, id, { target: 'items' });
      expect(p).toMatchObject({ format: 'csv', encoding: 'UTF-8', delimiter: ',', headerRow: 4, hxlRow: 5, titleRows: 2, dataRows: 3 });
      expect(p.columns.map((c) => [c.letter, c.field, c.how])).toEqual([
        ['A', 'code', 'hashtag'],
        ['B', 'name', 'hashtag'],
        ['C', 'category', 'hashtag'],
        ['D', 'baseUnit', 'hashtag'],
        ['E', 'unitWeightKg', 'hashtag'],
      ]);
      const cat = p.values.find((v) => v.field === 'category')!;
      expect(cat.words).toEqual(
        expect.arrayContaining([
          { word: 'Vivres', rows: 1, to: 'food', how: 'suggested' },
          { word: 'Abri', rows: 1, to: 'shelter', how: 'suggested' },
        ]),
      );
      // Food must be tracked by lot & expiry: the flour row is bad until the file says so.
      expect(p.bad).toEqual([
        { row: 6, column: 'Lot & expiry (not in the file)', value: '', reason: 'Food and health items must be tracked by lot & expiry' },
      ]);
      expect(p.creates).toBe(2);

      const before = countsOnDisk(w.t.dbPath);
      const refused = await importThroughJob(w.t, id, { target: 'items', commit: true });
      expect(refused.job.state).toBe('failed');
      expect(refused.message).toMatch(/^Nothing was written: 1 row is bad \(first: row 6/);
      expect(countsOnDisk(w.t.dbPath).counts).toEqual(before.counts);

      // Map "Vivres" to "other" instead: every row is good, and the commit writes all three.
      const fixed = await imported(w.t, id, { target: 'items', values: { category: { Vivres: 'other' } }, commit: true });
      expect(fixed).toMatchObject({ committed: true, creates: 3, updates: 0, badRows: 0 });
      const items = await w.call('items.list', {});
      expect(items.find((i) => i.code === 'FD-FLOUR-25')).toMatchObject({
        name: 'Farine de blé 25 kg',
        category: 'other',
        baseUnit: 'piece',
        unitWeightKg: 25.5,
      });
      expect(items.find((i) => i.code === 'NFI-BUCKET')).toMatchObject({ category: 'nfi', baseUnit: 'each', unitWeightKg: 0.4 });

      // Written, the partner's file and the rows a preview kept of it are removed from the laptop.
      const imports = path.join(w.t.dir, 'home', 'imports');
      expect(uploadFileOf(path.join(w.t.dir, 'home'), id)).toBeNull();
      expect(fs.readdirSync(imports).filter((n) => n.startsWith(id))).toEqual([]);
      expect((await importThroughJob(w.t, id, { target: 'items' })).message).toBe(
        'The file to import is no longer there: choose it (or paste it) again',
      );

      // The same file chosen again changes nothing.
      const second = upload(w.t, 'catalogue-hhi.csv', catalogueCsv);
      const again = await imported(w.t, second, { target: 'items', values: { category: { Vivres: 'other' } }, commit: true });
      expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 3 });
      expect((await w.call('items.list', {})).length).toBe(items.length);
    },
  );

  it(
    'reads semicolons, decimal commas and Windows-1252; shows updates as before → after; remembers the partner’s mappings',
    { timeout: 180_000 },
    async () => {
      w = await stockWorld();
      const text = [
        'Code;Nom;Catégorie;Unité de base;Poids unitaire',
        'TENT-F;Tente familiale été;Abri;pce;12,75',
        'NEW-1;Câble électrique;Divers;rouleau;1 234,5',
      ].join('\r\n');
      const id = upload(w.t, 'ngo.csv', Buffer.from(text, 'latin1'));
      const p = await imported(w.t, id, { target: 'items', partnerOrgId: w.org.ngo, commit: true });
      expect(p).toMatchObject({ encoding: 'Windows-1252', delimiter: ';', creates: 1, updates: 1, badRows: 0, committed: true });
      expect(p.updateSample[0]).toEqual({
        row: 2,
        code: 'TENT-F',
        changes: [
          { field: 'Name', before: 'Family tent', after: 'Tente familiale été' },
          { field: 'Base unit', before: 'each', after: 'piece' },
          { field: 'Unit weight (kg)', before: '', after: '12.75' },
        ],
      });
      const items = await w.call('items.list', {});
      expect(items.find((i) => i.code === 'NEW-1')).toMatchObject({
        name: 'Câble électrique',
        category: 'other',
        baseUnit: 'roll',
        unitWeightKg: 1234.5,
      });

      // Next time, a column renamed by hand and a word mapped by hand are offered again for this partner.
      const next = ['Numéro;Nom;Catégorie;Unité de base', 'NEW-2;Bidon;Jerrycans;pce'].join('\r\n');
      const id2 = upload(w.t, 'ngo-2.csv', Buffer.from(next, 'latin1'));
      const first = await imported(w.t, id2, {
        target: 'items',
        partnerOrgId: w.org.ngo,
        columns: { '0': 'code' },
        values: { category: { Jerrycans: 'wash' } },
        commit: true,
      });
      expect(first.committed).toBe(true);
      const id3 = upload(
        w.t,
        'ngo-3.csv',
        Buffer.from(['Numéro;Nom;Catégorie;Unité de base', 'NEW-3;Bidon 20 L;Jerrycans;pce'].join('\r\n'), 'latin1'),
      );
      const remembered = await imported(w.t, id3, { target: 'items', partnerOrgId: w.org.ngo });
      expect(remembered.columns[0]).toMatchObject({ field: 'code', how: 'remembered' });
      expect(remembered.values.find((v) => v.field === 'category')!.words).toEqual([
        { word: 'Jerrycans', rows: 1, to: 'wash', how: 'remembered' },
      ]);
      // Another partner is offered nothing of it.
      const other = await imported(w.t, id3, { target: 'items', partnerOrgId: w.org.wfp });
      expect(other.columns[0]).toMatchObject({ field: null, how: 'none' });
    },
  );

  it('reads UTF-16 (as Excel’s "Unicode text" writes it: tabs) with Arabic and accents', { timeout: 180_000 }, async () => {
    w = await stockWorld();
    const text = [
      'Code\tName\tCategory\tUnit',
      'WS-JERRY\tجركن ماء ٢٠ لتر\tWASH\tpiece',
      'ED-KIT\tKit scolaire élève\tEducation\tset',
    ].join('\r\n');
    const id = upload(w.t, 'unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const p = await imported(w.t, id, { target: 'items', commit: true });
    expect(p).toMatchObject({ encoding: 'UTF-16LE', delimiter: '\t', creates: 2, badRows: 0 });
    const items = await w.call('items.list', {});
    expect(items.find((i) => i.code === 'WS-JERRY')!.name).toBe('جركن ماء ٢٠ لتر');
  });
});

describe('import: dates, stock, organisations and sites', () => {
  it(
    'posts opening stock as one receipt per site and owner, reading dates in the order the file makes clear, and refuses the same file twice',
    { timeout: 180_000 },
    async () => {
      w = await stockWorld();
      const csv = [
        'Site,Item,Owner,Lot,Expiry,Quantity,Condition',
        'FOB-N,RICE-25,WFP,L-A,31/12/2027,100,bon',
        'FOB-N,RICE-25,WFP,L-B,05/01/2028,40,bon',
        'FOB-N,TENT-F,UNICEF,,,7,good',
        'WH-A,RICE-25,WFP,L-C,2028-02-29,5,damaged',
      ].join('\n');
      const id = upload(w.t, 'stock.csv', csv);
      const p = await imported(w.t, id, { target: 'openingStock', commit: true });
      expect(p).toMatchObject({ dateOrder: 'dmy', dateOrderAsked: false, creates: 4, receipts: 3, badRows: 0, committed: true });
      const onHand = await w.call('stock.onHand', { siteId: w.site.fob });
      const lotB = onHand.rows.find((r) => r.lotNumber === 'L-B')!;
      expect(lotB).toMatchObject({ quantity: 40, expiryDate: '2028-01-05' });
      const docs = await w.call('stock.documents.list', {});
      expect(docs.rows.filter((d) => d.reference.startsWith('IMPORT-'))).toHaveLength(3);

      const before = countsOnDisk(w.t.dbPath);
      const twice = await importThroughJob(w.t, upload(w.t, 'stock-again.csv', csv), { target: 'openingStock', commit: true });
      expect(twice.job.state).toBe('failed');
      expect(twice.message).toMatch(/was posted already .*importing it again would count it twice/);
      expect(countsOnDisk(w.t.dbPath).counts).toEqual(before.counts);
    },
  );

  it('asks the date order when every date could be either, and reads mm/dd/yyyy and Excel serials', { timeout: 180_000 }, async () => {
    w = await stockWorld();
    const ambiguous = ['Site,Item,Owner,Lot,Expiry,Quantity', 'WH-A,RICE-25,WFP,L-1,03/04/2028,10', 'WH-A,RICE-25,WFP,L-2,46100,10'].join(
      '\n',
    );
    const id = upload(w.t, 'dates.csv', ambiguous);
    const asked = await imported(w.t, id, { target: 'openingStock' });
    expect(asked).toMatchObject({ dateOrder: null, dateOrderAsked: true, badRows: 1 });
    expect(asked.bad[0]).toMatchObject({
      row: 2,
      column: 'E (Expiry)',
      value: '03/04/2028',
      reason: 'Expiry could be day/month or month/day: choose the date order',
    });
    const mdy = await imported(w.t, id, { target: 'openingStock', dateOrder: 'mdy', commit: true });
    expect(mdy.badRows).toBe(0);
    const rows = (await w.call('stock.onHand', { siteId: w.site.wh })).rows;
    expect(rows.find((r) => r.lotNumber === 'L-1')!.expiryDate).toBe('2028-03-04');
    expect(rows.find((r) => r.lotNumber === 'L-2')!.expiryDate).toBe('2026-03-19');

    const monthFirst = ['Site,Item,Owner,Lot,Expiry,Quantity', 'WH-A,RICE-25,WFP,L-3,12/31/2027,1'].join('\n');
    expect(await imported(w.t, upload(w.t, 'us.csv', monthFirst), { target: 'openingStock' })).toMatchObject({
      dateOrder: 'mdy',
      badRows: 0,
    });
  });

  it(
    'imports organisations with their contacts (one row per contact) and sites with their operator by short name',
    { timeout: 180_000 },
    async () => {
      w = await stockWorld();
      const orgs = [
        'Sigle,Nom,Type,Pays,Contact,Fonction,Téléphone,Courriel',
        'ACF,Action contre la faim,ONG,Vireland,Marie Dubois,Logisticienne,+111 222,marie@acf.example',
        'ACF,Action contre la faim,ONG,Vireland,Ali Hassan,Magasinier,+111 333,',
        'WFP,World Food Programme,UN agency,,Jane Roe,Head of logistics,,jane@wfp.example',
      ].join('\n');
      const p = await imported(w.t, upload(w.t, 'orgs.csv', orgs), { target: 'organisations', commit: true });
      expect(p).toMatchObject({ creates: 1, badRows: 0, committed: true });
      const acf = (await w.call('organisations.list', {})).find((o) => o.shortName === 'ACF')!;
      expect(acf).toMatchObject({ kind: 'ngo', country: 'Vireland' });
      const contacts = await w.call('contacts.list', {});
      expect(
        contacts
          .filter((c) => c.organisationId === acf.id)
          .map((c) => c.name)
          .sort(),
      ).toEqual(['Ali Hassan', 'Marie Dubois']);
      expect(contacts.find((c) => c.name === 'Jane Roe')).toBeTruthy();

      const sites = [
        'Code,Nom du site,Type,Géré par,Latitude,Longitude',
        'ACF-TRV,Entrepôt ACF Tarvik,entrepôt,ACF,"12,5","23,25"',
        'BAD-1,Nowhere,depot,NOPE,1,1',
      ].join('\n');
      const s = await imported(w.t, upload(w.t, 'sites.csv', sites), { target: 'sites' });
      expect(s.bad).toEqual([
        {
          row: 3,
          column: 'D (Géré par)',
          value: 'NOPE',
          reason: 'Operated by (short name): no organisation has the short name "NOPE"; add it first or import organisations',
        },
      ]);
    },
  );
});
