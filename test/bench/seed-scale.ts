/* eslint-disable max-lines -- the scale seed: one script that writes 1.5 GB of realistic records through fast bulk inserts, step by step */
/**
 * npm run seed:scale -- --db FILE [--items 10000] [--sites 50] [--lots 100000] [--entries 1000000]
 *
 * Builds a realistic large Corridor database for the benchmarks: organisations, sites, items and
 * thresholds go through the ordinary operations (validation and audit included); the two years of
 * stock documents behind a million ledger entries are bulk-inserted with raw prepared statements
 * in large transactions, from an in-memory simulation that never lets a balance go negative.
 * Ledger, balances, documents, lines and numbering counters are written consistently, and the
 * integrity check runs at the end so the claim is checked, not assumed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ITEM_CATEGORIES, type ItemCategory } from '../../electron/api/vocabularies';
import { createCore } from '../../electron/services/core/create';
import { newId } from '../../electron/services/core/ids';
import { printLine, prng } from './stats';

const USAGE = 'Usage: npm run seed:scale -- --db FILE [--items N] [--sites N] [--lots N] [--entries N] [--seed N]';

function fail(message: string): never {
  console.error(`seed:scale: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function flags() {
  try {
    const { values } = parseArgs({
      options: {
        db: { type: 'string' },
        items: { type: 'string', default: '10000' },
        sites: { type: 'string', default: '50' },
        lots: { type: 'string', default: '100000' },
        entries: { type: 'string', default: '1000000' },
        seed: { type: 'string', default: '42' },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (e) {
    fail((e as Error).message.split('\n')[0]);
  }
}

const f = flags();
if (!f.db) fail('--db FILE is required (a new file to create)');
const count = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min}, got "${v}"`);
  return n;
};
const N_ITEMS = count('items', f.items, 10);
const N_SITES = count('sites', f.sites, 2);
const N_LOTS = count('lots', f.lots, 10);
const N_ENTRIES = count('entries', f.entries, N_LOTS);
const rand = prng(count('seed', f.seed, 0));
const dbPath = path.resolve(f.db);
if (fs.existsSync(dbPath)) fail(`${dbPath} already exists; delete it (and its -wal/-shm files) or choose another path`);
const homeDir = `${dbPath}.home`;

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

async function main() {
  const started = performance.now();
  const lap = (label: string) => printLine(label, `${((performance.now() - started) / 1000).toFixed(1)} s`);
  const core = createCore({ databasePath: dbPath, homeDir });
  const call = core.call.bind(core);
  await call('system.setup', {
    operator: 'Scale Seeder',
    pin: '1234',
    organisation: { name: 'Northern Sector Logistics Battalion', shortName: 'NSLB', kind: 'military', country: 'Multinational' },
  });

  // Reference data through the services.
  const orgDefs = [
    ['World Food Programme', 'WFP', 'un_agency'],
    ['UNICEF', 'UNICEF', 'un_agency'],
    ['UN Humanitarian Logistics Service', 'UNHLS', 'un_agency'],
    ['Helping Hands International', 'HHI', 'ngo'],
    ['WASH Without Borders', 'WWB', 'ngo'],
    ['Vireland Relief and Development Association', 'VIRDA', 'ngo'],
    ['Medical Relief Corps', 'MRC', 'ngo'],
    ['Tarvik District Council', 'TDC', 'local_authority'],
    ['Aldorian Humanitarian Aid Office', 'AHAO', 'other'],
    ['European Civil Protection Pool', 'ECPP', 'other'],
    ['4th Field Engineer Company', '4FEC', 'military'],
  ] as const;
  const orgs = await call('organisations.save', { rows: orgDefs.map(([name, shortName, kind]) => ({ name, shortName, kind })) });
  const byShort = new Map(orgs.map((o) => [o.shortName, o.id]));
  const home = (await call('system.status', {})).homeOrganisation!.id;
  const owners = [home, ...['WFP', 'UNICEF', 'UNHLS', 'HHI', 'WWB', 'MRC'].map((s) => byShort.get(s)!)];
  const donors = ['AHAO', 'ECPP', 'WFP', 'UNICEF'].map((s) => byShort.get(s)!);
  const consignees = ['VIRDA', 'TDC', 'HHI', 'MRC', '4FEC'].map((s) => byShort.get(s)!);

  const siteKinds = ['warehouse', 'forward_base', 'transit_hub', 'distribution_point'] as const;
  const sites = await call('sites.save', {
    rows: Array.from({ length: N_SITES }, (_, i) => ({
      code: `S${String(i + 1).padStart(3, '0')}`,
      name: `${pick(['Tarvik', 'Morrow', 'Kallen', 'Aster Falls', 'Dunmoor', 'Rell', 'Osk'])} ${siteKinds[i % 4].replace('_', ' ')} ${i + 1}`,
      kind: siteKinds[i % 4],
      operatorOrgId: pick(owners),
    })),
  });
  lap('organisations and sites (services)');

  const nouns: Record<ItemCategory, string[]> = {
    food: ['Rice', 'Wheat flour', 'Beans', 'Lentils', 'Vegetable oil', 'Sugar', 'Salt', 'Biscuits', 'CSB+', 'Canned fish'],
    nfi: ['Blanket', 'Sleeping mat', 'Kitchen set', 'Solar lamp', 'Mosquito net', 'Bucket', 'Clothing kit'],
    shelter: ['Tarpaulin', 'Family tent', 'Tool kit', 'Rope', 'Plastic sheeting'],
    wash: ['Jerrycan', 'Soap', 'Hygiene kit', 'Water tablets', 'Latrine slab'],
    health: ['ORS', 'Paracetamol', 'Amoxicillin', 'Gloves', 'Syringe', 'Vaccine', 'Bandage'],
    education: ['School kit', 'Exercise book', 'Pencil box'],
    fuel: ['Diesel', 'Petrol', 'Engine oil', 'LPG'],
    construction: ['Cement', 'CGI sheet', 'Sandbag', 'Timber'],
    spare_parts: ['Tyre', 'Air filter', 'Fuel filter', 'Battery', 'Brake pad'],
    other: ['Generator', 'Radio', 'Tent light'],
  };
  const itemRows = Array.from({ length: N_ITEMS }, (_, i) => {
    const category = ITEM_CATEGORIES[i % ITEM_CATEGORIES.length];
    const tracked = category === 'food' || category === 'health';
    return {
      code: `IT-${String(i + 1).padStart(5, '0')}`,
      name: `${pick(nouns[category])} variant ${i + 1}`,
      category,
      baseUnit: pick(['each', 'kg', 'box', 'set']),
      packSizes: rand() < 0.6 ? `carton=${int(2, 50)}; pallet=${int(60, 800)}` : '',
      needsLotExpiry: tracked,
      unitWeightKg: Math.round(rand() * 5000) / 100 + 0.01,
    };
  });
  const items: { id: string; tracked: boolean }[] = [];
  for (let i = 0; i < itemRows.length; i += 20_000) {
    const saved = await call('items.save', { rows: itemRows.slice(i, i + 20_000) });
    items.push(...saved.map((it) => ({ id: it.id, tracked: it.needsLotExpiry })));
  }
  lap(`${N_ITEMS.toLocaleString()} items (services)`);

  // The stock history, simulated in memory and bulk-inserted.
  const db = core.sqlite;
  const installationId = (db.prepare("SELECT value FROM settings WHERE key = 'installation_id'").get() as { value: string }).value;
  db.pragma('synchronous = OFF'); // seeding only: a crash means re-seeding, not a damaged user database
  const insLot = db.prepare(
    `INSERT INTO stock_lots (id, created_at, created_by_installation, updated_at, updated_by_installation, item_id, lot_number, expiry_date, owner_org_id, donor_org_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insDoc = db.prepare(
    `INSERT INTO stock_documents (id, created_at, created_by_installation, updated_at, updated_by_installation, version, site_id, kind, number, status,
       occurred_at, counterparty_org_id, other_site_id, owner_org_id, reason_code, reference, related_document_id, received_by_document_id, posted_at, posted_by)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Scale Seeder')`,
  );
  // Lines go in while the document is a draft (a trigger keeps posted documents closed), then it is
  // posted, moving its version on as every update must (the change log's guard trigger).
  const postDoc = db.prepare("UPDATE stock_documents SET status = 'posted', version = version + 1 WHERE id = ?");
  const insLine = db.prepare(
    `INSERT INTO stock_document_lines (id, created_at, created_by_installation, updated_at, updated_by_installation, document_id, line_no, item_id, lot_id,
       lot_number, expiry_date, owner_org_id, condition, quantity, source_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insEntry = db.prepare(
    `INSERT INTO stock_ledger (id, document_id, line_id, kind, lot_id, item_id, site_id, condition, quantity, occurred_at, recorded_at, recorded_by,
       installation_id, reason_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Scale Seeder', ?, ?)`,
  );
  const insAudit = db.prepare(
    `INSERT INTO audit_log (id, at, operator, installation_id, operation, entity, entity_id, before_json, after_json)
     VALUES (?, ?, 'Scale Seeder', ?, 'seed:scale', 'stock_document', ?, NULL, ?)`,
  );

  interface Lot {
    id: string;
    itemId: string;
    lotNumber: string;
    expiry: string | null;
    owner: string;
    home: number;
  }
  const now = Date.now();
  const dayIso = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  const lots: Lot[] = Array.from({ length: N_LOTS }, (_, i) => {
    const item = items[Math.floor(rand() * items.length)];
    return {
      id: newId(),
      itemId: item.id,
      lotNumber: `L${String(i + 1).padStart(6, '0')}`,
      // Expiry from two months ago to three years ahead, so every alert band has lots.
      expiry: item.tracked ? dayIso(int(-60, 1100)) : null,
      owner: owners[Math.floor(rand() * owners.length)],
      home: Math.floor(i / 20) % N_SITES, // receipts carry 20 lots each, spread over every site
    };
  });
  const seedStamp = new Date(now - 731 * 86_400_000).toISOString();
  db.transaction(() => {
    for (const l of lots)
      insLot.run(l.id, seedStamp, installationId, seedStamp, installationId, l.itemId, l.lotNumber, l.expiry, l.owner, pick(donors));
  })();
  lap(`${N_LOTS.toLocaleString()} lots (bulk)`);

  // Balances and what can be picked at each site.
  const balance = new Map<string, number>(); // site|lot|condition
  const lotById = new Map(lots.map((l) => [l.id, l]));
  const stocked: string[][] = Array.from({ length: N_SITES }, () => []); // lot ids with good stock per site
  const stockedIndex: Map<string, number>[] = Array.from({ length: N_SITES }, () => new Map());
  const key = (site: number, lot: string, cond: string) => `${site}|${lot}|${cond}`;
  const add = (site: number, lot: string, cond: string, q: number) => {
    const k = key(site, lot, cond);
    const v = (balance.get(k) ?? 0) + q;
    if (v < 0) throw new Error(`seed bug: negative balance ${k}`);
    balance.set(k, v);
    if (cond === 'good') {
      const idx = stockedIndex[site];
      if (v > 0 && !idx.has(lot)) {
        idx.set(lot, stocked[site].length);
        stocked[site].push(lot);
      } else if (v === 0 && idx.has(lot)) {
        const at = idx.get(lot)!;
        const last = stocked[site].pop()!;
        if (last !== lot) {
          stocked[site][at] = last;
          idx.set(last, at);
        }
        idx.delete(lot);
      }
    }
  };

  const counters = new Map<string, number>(); // siteIdx|prefix|year
  const number = (site: number, prefix: string, at: string) => {
    const year = at.slice(0, 4);
    const k = `${site}|${prefix}|${year}`;
    const n = (counters.get(k) ?? 0) + 1;
    counters.set(k, n);
    return `S${String(site + 1).padStart(3, '0')}-${prefix}-${year}-${String(n).padStart(5, '0')}`;
  };

  // Document mix: every lot received once (20 lines a GRN, spread over the first 90% of the two
  // years), transfers out and in (5 lines, 4 entries a line, about a tenth of all entries),
  // adjustments now and then, and distributions (issues of up to 10 lines of one owner's stock).
  const spanMs = 730 * 86_400_000;
  const startMs = now - 731 * 86_400_000;
  let entries = 0;
  let nextLot = 0;
  const pending: {
    at: number;
    site: number;
    from: number;
    tro: string;
    number: string;
    lines: { lineId: string; lot: Lot; q: number }[];
  }[] = [];

  const writeDoc = (
    site: number,
    kind: string,
    prefix: string,
    atMs: number,
    lines: { lot: Lot; q: number; cond?: string; sourceLineId?: string }[],
    entriesOf: (line: { lot: Lot; q: number }, lineId: string) => [number, string, number, string | null][],
    extra: { counterparty?: string; other?: number; owner?: string; reason?: string; reference?: string; related?: string } = {},
  ) => {
    const id = newId();
    const at = new Date(atMs).toISOString();
    const num = number(site, prefix, at);
    insDoc.run(
      id,
      at,
      installationId,
      at,
      installationId,
      sites[site].id,
      kind,
      num,
      at,
      extra.counterparty ?? null,
      extra.other === undefined ? null : sites[extra.other].id,
      extra.owner ?? null,
      extra.reason ?? null,
      extra.reference ?? '',
      extra.related ?? null,
      null,
      at,
    );
    const lineIds: string[] = [];
    lines.forEach((l, i) => {
      const lineId = newId();
      lineIds.push(lineId);
      insLine.run(
        lineId,
        at,
        installationId,
        at,
        installationId,
        id,
        i + 1,
        l.lot.itemId,
        l.lot.id,
        l.lot.lotNumber,
        l.lot.expiry,
        l.lot.owner,
        l.cond ?? 'good',
        l.q,
        l.sourceLineId ?? null,
      );
      for (const [s, cond, q, reason] of entriesOf(l, lineId)) {
        insEntry.run(newId(), id, lineId, kind, l.lot.id, l.lot.itemId, sites[s].id, cond, q, at, at, installationId, reason);
        add(s, l.lot.id, cond, q);
        entries++;
      }
    });
    postDoc.run(id);
    insAudit.run(newId(), at, installationId, id, JSON.stringify({ number: num, kind, lines: lines.length }));
    return { id, number: num, lineIds };
  };

  /** Up to `n` distinct lots with good stock at a site. */
  const stockAt = (site: number, n: number) => {
    const pool = stocked[site];
    const chosen = new Set<string>();
    for (let tries = 0; chosen.size < n && tries < n * 3 && pool.length > 0; tries++) chosen.add(pool[Math.floor(rand() * pool.length)]);
    return [...chosen].map((id) => lotById.get(id)!);
  };
  const good = (site: number, lot: Lot) => balance.get(key(site, lot.id, 'good')) ?? 0;

  const receiveDue = (upToMs: number) => {
    while (pending.length > 0 && pending[0].at <= upToMs) {
      const p = pending.shift()!;
      const tri = writeDoc(
        p.site,
        'transfer_in',
        'TRI',
        p.at,
        p.lines.map((l) => ({ lot: l.lot, q: l.q, sourceLineId: l.lineId })),
        (l) => [
          [p.site, 'in_transit', -l.q, null],
          [p.site, 'good', l.q, null],
        ],
        { other: p.from, reference: p.number, related: p.tro },
      );
      db.prepare('UPDATE stock_documents SET received_by_document_id = ?, version = version + 1 WHERE id = ?').run(tri.id, p.tro);
    }
  };

  const BATCH = 2000;
  let lastLap = 0;
  while (entries < N_ENTRIES) {
    db.transaction(() => {
      for (let b = 0; b < BATCH && entries < N_ENTRIES; b++) {
        const progress = entries / N_ENTRIES;
        const atMs = startMs + Math.floor(Math.min(progress, 0.995) * spanMs);
        receiveDue(atMs);
        if (nextLot < N_LOTS && (nextLot / N_LOTS < progress / 0.9 || nextLot < 200)) {
          const batch = lots.slice(nextLot, nextLot + 20);
          nextLot += batch.length;
          // A receipt is at one site: the batch shares the first lot's home.
          const site = batch[0].home;
          writeDoc(
            site,
            'receipt',
            'GRN',
            atMs,
            batch.map((lot) => ({ lot, q: int(50, 5000) })),
            (l) => [[site, 'good', l.q, null]],
            {
              counterparty: pick(donors),
              reference: `WB-${int(1000, 9999)}`,
            },
          );
          continue;
        }
        const site = int(0, N_SITES - 1);
        const roll = rand();
        if (roll < 0.05) {
          const chosen = stockAt(site, 5);
          if (chosen.length === 0) continue;
          let dest = int(0, N_SITES - 2);
          if (dest >= site) dest++;
          const lines = chosen.map((lot) => ({ lot, q: Math.max(1, Math.floor(good(site, lot) / 4)) }));
          const tro = writeDoc(
            site,
            'transfer_out',
            'TRO',
            atMs,
            lines,
            (l) => [
              [site, 'good', -l.q, null],
              [dest, 'in_transit', l.q, null],
            ],
            { other: dest },
          );
          // Received two to six days later; the last few stay in transit.
          pending.push({
            at: atMs + int(2, 6) * 86_400_000,
            site: dest,
            from: site,
            tro: tro.id,
            number: tro.number,
            lines: lines.map((l, i) => ({ ...l, lineId: tro.lineIds[i] })),
          });
          continue;
        }
        if (roll < 0.06) {
          const chosen = stockAt(site, 5);
          if (chosen.length === 0) continue;
          const up = rand() < 0.4;
          writeDoc(
            site,
            'adjustment',
            'ADJ',
            atMs,
            chosen.map((lot) => ({ lot, q: Math.max(1, Math.min(good(site, lot), int(1, 20))) })),
            (l) => [[site, 'good', up ? l.q : -l.q, up ? 'found' : 'counting_error']],
            { reason: up ? 'found' : 'counting_error' },
          );
          continue;
        }
        // A distribution takes one owner's stock: the owner with most lots among 30 candidates.
        const candidates = stockAt(site, 30);
        if (candidates.length === 0) continue;
        const byOwner = new Map<string, Lot[]>();
        for (const l of candidates) byOwner.set(l.owner, [...(byOwner.get(l.owner) ?? []), l]);
        const mine = [...byOwner.values()].sort((a, b) => b.length - a.length)[0].slice(0, 10);
        writeDoc(
          site,
          'issue',
          'ISS',
          atMs,
          mine.map((lot) => ({ lot, q: Math.max(1, Math.min(good(site, lot), int(1, Math.max(1, Math.floor(good(site, lot) / 6))))) })),
          (l) => [[site, 'good', -l.q, null]],
          { counterparty: pick(consignees), owner: mine[0].owner },
        );
      }
    })();
    if (entries - lastLap >= 100_000) {
      lastLap = entries;
      lap(`  ${entries.toLocaleString()} entries`);
    }
  }
  // Transfers due by now arrive; the ones after stay in transit.
  db.transaction(() => receiveDue(now - 3 * 86_400_000))();

  const insBalance = db.prepare(
    'INSERT INTO stock_balances (site_id, lot_id, condition, item_id, quantity, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insCounter = db.prepare('INSERT INTO document_counters (site_id, doc_type, year, last_seq) VALUES (?, ?, ?, ?)');
  const stamp = new Date(now).toISOString();
  db.transaction(() => {
    for (const [k, q] of balance) {
      const [s, lot, cond] = k.split('|');
      insBalance.run(sites[Number(s)].id, lot, cond, lotById.get(lot)!.itemId, q, stamp);
    }
    for (const [k, n] of counters) {
      const [s, prefix, year] = k.split('|');
      insCounter.run(sites[Number(s)].id, prefix, Number(year), n);
    }
  })();
  db.pragma('synchronous = NORMAL');
  lap(
    `${entries.toLocaleString()} ledger entries, ${balance.size.toLocaleString()} balances, ${pending.length} transfers in transit (bulk)`,
  );

  // Low-stock thresholds through the service.
  const thresholdRows = Array.from({ length: 2000 }, () => ({
    siteId: pick(sites).id,
    itemId: pick(items).id,
    minQuantity: int(10, 3000),
  }));
  const unique = [...new Map(thresholdRows.map((r) => [`${r.siteId}|${r.itemId}`, r])).values()];
  await call('stock.thresholds.save', { rows: unique });
  db.pragma('optimize');
  db.exec('ANALYZE');
  lap(`${unique.length.toLocaleString()} thresholds (service), ANALYZE`);

  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM sites) AS sites, (SELECT count(*) FROM stock_lots) AS lots,
         (SELECT count(*) FROM stock_ledger) AS entries, (SELECT count(*) FROM stock_documents) AS documents,
         (SELECT count(*) FROM stock_balances WHERE quantity > 0) AS balances`,
    )
    .get() as Record<string, number>;
  printLine(
    'database',
    Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString()} ${k}`)
      .join(', '),
  );
  const t0 = performance.now();
  const report = await call('system.integrity', {});
  printLine(
    'integrity check (SQLite + ledger recompute)',
    `${report.ok ? 'OK' : 'FAILED'}: ${report.differences.length} difference(s), sqlite "${report.sqlite.slice(0, 3).join('; ')}", ${(performance.now() - t0).toFixed(0)} ms`,
  );
  for (const d of report.differences.slice(0, 10)) console.log(`  ${d.description}`);
  printLine(
    'seeded in',
    `${((performance.now() - started) / 1000).toFixed(1)} s → ${dbPath} (${(fs.statSync(dbPath).size / 1e6).toFixed(0)} MB)`,
  );
  core.close();
  if (!report.ok) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
