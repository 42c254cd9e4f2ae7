import type { OpInput } from '../../api/contract';
import type { StockDocumentDetail } from '../../api/stock';
import { BACKDATE_LIMIT_DEFAULT } from '../../api/system';
import { demoApprover } from './operators';
import type { ServiceContext } from '../core/context';
import { dayOffset } from './ensure';

type CreateInput = OpInput<'stock.documents.create'>;
type Line = NonNullable<CreateInput['lines']>[number];

/**
 * Stock for the demo mission, written as real documents through ctx.call so every balance comes
 * from the ledger: donor receipts at every site, several owners sharing HHI's Tarvik warehouse,
 * distributions picked first-expiry-first, a transfer received short, one still in transit, an
 * adjustment, damage, a quarantine, a diesel loan, a count with a difference, and thresholds that
 * leave some items low. Dates are relative to today so the expiry alerts stay meaningful.
 */
export async function loadDemoStock(
  ctx: ServiceContext,
  orgIds: Map<string, string>,
  siteIds: Map<string, string>,
  itemIds: Map<string, string>,
): Promise<void> {
  const existing = await ctx.call('stock.documents.list', { limit: 1 });
  if (existing.total > 0) return; // already loaded (or the user has stock of their own)

  const id = (map: Map<string, string>, key: string, what: string) => {
    const v = map.get(key);
    if (!v) throw new Error(`Demo stock refers to an unknown ${what} ${key}`);
    return v;
  };
  const org = (k: string) => id(orgIds, k, 'organisation');
  const site = (k: string) => id(siteIds, k, 'site');
  const item = (k: string) => id(itemIds, k, 'item');
  const now = ctx.now();
  const day = (offset: number) => dayOffset(now, offset);
  /** A receipt line: item, owner, quantity (or packs), and for lot-tracked items a lot expiring in `expiresIn` days. */
  const lot = (code: string, owner: string, qty: number | [string, number], lotNumber?: string, expiresIn?: number): Line => ({
    itemId: item(code),
    ownerOrgId: org(owner),
    ...(typeof qty === 'number' ? { quantity: qty } : { packName: qty[0], packCount: qty[1] }),
    ...(lotNumber ? { lotNumber, expiryDate: expiresIn === undefined ? undefined : day(expiresIn) } : {}),
  });
  // The scenario's history reaches two months back, beyond the default backdating limit: the
  // older documents say why they were entered late, as a user's would have to.
  const post = (input: CreateInput) =>
    ctx.call('stock.documents.create', {
      ...input,
      post: true,
      ...(typeof input.occurredAt === 'string' && input.occurredAt < day(-BACKDATE_LIMIT_DEFAULT)
        ? { backdateReason: 'Demo scenario: opening history entered after the fact' }
        : {}),
    });
  const lineLot = (doc: StockDocumentDetail, code: string, lotNumber = '') =>
    doc.lines.find((l) => l.itemId === item(code) && l.lotNumber === lotNumber)!.lotId!;

  // Donor receipts.
  const grnHub = await post({
    siteId: site('TH-AST'),
    kind: 'receipt',
    occurredAt: day(-60),
    counterpartyOrgId: org('AHAO'),
    reference: 'AHAO-VIR-2026-014 / WB 0193',
    lines: [
      lot('FD-WFL-25', 'UNHLS', ['pallet', 10], 'WFL-2409', 150),
      lot('FD-HEB-100', 'UNHLS', ['carton', 30], 'HEB-2411', 420),
      lot('NFI-BLK-FL', 'UNHLS', ['bale', 12]),
      lot('SH-TRP-46', 'UNHLS', ['bale', 40]),
      lot('HL-ORS-205', 'WWB', ['carton', 3], 'ORS-25A', 560),
    ],
  });
  const grnTarvik = await post({
    siteId: site('HHI-TRV'),
    kind: 'receipt',
    occurredAt: day(-50),
    counterpartyOrgId: org('AHAO'),
    reference: 'AHAO-VIR-2026-014 / WB 0201',
    notes: 'Donor-marked goods under the AHAO food grant',
    lines: [
      lot('FD-RCE-25', 'HHI', ['pallet', 8], 'RC-2401', 70),
      lot('FD-RCE-25', 'HHI', ['pallet', 12], 'RC-2407', 250),
      lot('FD-BNS-50', 'HHI', ['pallet', 6], 'BN-2403', 190),
      lot('FD-VOL-5L', 'HHI', ['carton', 150], 'VO-2312', 80),
      lot('FD-HEB-100', 'UNHLS', ['carton', 10], 'HEB-2406', 45),
      lot('WS-SOP-250', 'WWB', ['carton', 20]),
      lot('WS-JCN-20C', 'WWB', ['carton', 8]),
      lot('WS-AQT-67', 'WWB', ['carton', 2], 'AQT-1123', 640),
      lot('NFI-MAT-SL', 'HHI', ['bale', 15]),
    ],
  });
  const grnFob = await post({
    siteId: site('FOB-N'),
    kind: 'receipt',
    occurredAt: day(-45),
    counterpartyOrgId: org('UNHLS'),
    reference: 'Resupply convoy RC-17',
    lines: [
      lot('FD-MRE-12', 'NSLB', ['pallet', 4], 'MRE-2310', 55),
      lot('FD-MRE-12', 'NSLB', ['pallet', 6], 'MRE-2402', 330),
      lot('FD-WTR-1.5', 'NSLB', ['pallet', 3], 'WTR-2406', 260),
      lot('FU-DSL', 'NSLB', ['drum', 60]),
      lot('HL-IFAK', 'NSLB', ['carton', 10], 'IFK-2312', 700),
      lot('CN-SBG-PP', 'NSLB', ['bale', 8]),
      lot('NFI-BLK-FL', 'HHI', ['bale', 6]),
    ],
  });
  const grnMorrow = await post({
    siteId: site('WWB-MRW'),
    kind: 'receipt',
    occurredAt: day(-40),
    counterpartyOrgId: org('AHAO'),
    reference: 'WWB procurement PO-311',
    lines: [
      lot('WS-HTH-45', 'WWB', 24, 'HTH-2402', 500),
      lot('WS-HYG-FAM', 'WWB', 600),
      lot('NFI-BKT-14', 'WWB', ['stack', 30]),
      lot('HL-ORS-205', 'WWB', ['box', 20], 'ORS-23K', -12),
    ],
  });

  // Distributions from Tarvik, first-expiry-first; one override with its reason.
  const hhi = org('HHI');
  await post({
    siteId: site('HHI-TRV'),
    kind: 'issue',
    occurredAt: day(-30),
    counterpartyOrgId: org('VIRDA'),
    ownerOrgId: hhi,
    reference: 'GFD round 3, Tarvik',
    lines: [
      { lotId: lineLot(grnTarvik, 'FD-RCE-25', 'RC-2401'), quantity: 200 },
      { lotId: lineLot(grnTarvik, 'FD-VOL-5L', 'VO-2312'), quantity: 240 },
      { lotId: lineLot(grnTarvik, 'NFI-MAT-SL'), quantity: 120 },
    ],
  });
  await post({
    siteId: site('HHI-TRV'),
    kind: 'issue',
    occurredAt: day(-25),
    counterpartyOrgId: org('TDC'),
    ownerOrgId: hhi,
    reference: 'School feeding, Tarvik district',
    lines: [
      {
        lotId: lineLot(grnTarvik, 'FD-RCE-25', 'RC-2407'),
        quantity: 40,
        fefoOverrideReason: 'TDC stores for the whole term: asked for the long-dated lot',
      },
    ],
  });

  // Tarvik → Kallen distribution point, received two bags short; then distributed.
  const toKallen = await post({
    siteId: site('HHI-TRV'),
    kind: 'transfer_out',
    occurredAt: day(-20),
    otherSiteId: site('DP-KLN'),
    ownerOrgId: hhi,
    reference: 'Shared convoy with NSLB escort',
    lines: [
      { lotId: lineLot(grnTarvik, 'FD-RCE-25', 'RC-2401'), quantity: 100 },
      { lotId: lineLot(grnTarvik, 'FD-BNS-50', 'BN-2403'), quantity: 40 },
    ],
  });
  const atKallen = await ctx.call('stock.transfer.receive', {
    transferId: toKallen.document.id,
    version: toKallen.document.version,
    occurredAt: day(-19),
    notes: 'Two bags torn open on the road',
    shortReason: 'lost_in_transit',
    damagedReason: 'handling',
    lines: [
      { lineId: toKallen.lines[0].id, good: 97, damaged: 1 },
      { lineId: toKallen.lines[1].id, good: 40 },
    ],
  });
  await post({
    siteId: site('DP-KLN'),
    kind: 'issue',
    occurredAt: day(-12),
    counterpartyOrgId: org('VIRDA'),
    ownerOrgId: hhi,
    reference: 'Kallen camp distribution, blocks A–C',
    lines: [{ lotId: atKallen.lines[0].lotId!, quantity: 60 }],
  });

  // Military stock: damage, diesel lent to HHI, and the water running low.
  const nslb = org('NSLB');
  await post({
    siteId: site('FOB-N'),
    kind: 'issue',
    occurredAt: day(-15),
    counterpartyOrgId: org('4FEC'),
    ownerOrgId: nslb,
    reference: 'Engineer task force resupply',
    lines: [
      { lotId: lineLot(grnFob, 'FD-WTR-1.5', 'WTR-2406'), quantity: 1000 },
      { lotId: lineLot(grnFob, 'FD-MRE-12', 'MRE-2310'), quantity: 100 },
      { lotId: lineLot(grnFob, 'FU-DSL'), quantity: 6000 },
    ],
  });
  await post({
    siteId: site('FOB-N'),
    kind: 'damage',
    occurredAt: day(-14),
    reasonCode: 'handling',
    notes: 'Forklift pierced a pallet',
    lines: [{ lotId: lineLot(grnFob, 'FD-WTR-1.5', 'WTR-2406'), quantity: 36 }],
  });
  await post({
    siteId: site('FOB-N'),
    kind: 'ownership_transfer',
    occurredAt: day(-8),
    ownerOrgId: nslb,
    toOwnerOrgId: hhi,
    reasonCode: 'loan',
    reference: 'MOU NSLB–HHI, fuel support',
    lines: [{ lotId: lineLot(grnFob, 'FU-DSL'), quantity: 800 }],
  });

  // Hub: HEB quarantined after a cold-chain query; a transfer to Tarvik still on the road.
  await post({
    siteId: site('TH-AST'),
    kind: 'condition_change',
    occurredAt: day(-6),
    reasonCode: 'quality_hold',
    lines: [{ lotId: lineLot(grnHub, 'FD-HEB-100', 'HEB-2411'), quantity: 300, toCondition: 'quarantined' }],
  });
  await post({
    siteId: site('TH-AST'),
    kind: 'transfer_out',
    occurredAt: day(-1),
    otherSiteId: site('HHI-TRV'),
    // Still on the road: the sender's expected arrival shows in Tarvik's Incoming transfers.
    expectedArrival: day(1),
    reference: 'Convoy AVTC-0412',
    lines: [
      { lotId: lineLot(grnHub, 'NFI-BLK-FL'), quantity: 300 },
      { lotId: lineLot(grnHub, 'SH-TRP-46'), quantity: 100 },
      { lotId: lineLot(grnHub, 'FD-WFL-25', 'WFL-2409'), quantity: 120 },
    ],
  });

  // Morrow: buckets found behind the hygiene kits; the expired ORS written off.
  await post({
    siteId: site('WWB-MRW'),
    kind: 'adjustment',
    occurredAt: day(-15),
    reasonCode: 'found',
    notes: 'Found behind the hygiene kits during re-stacking',
    lines: [{ lotId: lineLot(grnMorrow, 'NFI-BKT-14'), direction: 'increase', quantity: 12 }],
  });
  await post({
    siteId: site('WWB-MRW'),
    kind: 'loss',
    occurredAt: day(-3),
    reasonCode: 'expired_write_off',
    lines: [{ lotId: lineLot(grnMorrow, 'HL-ORS-205', 'ORS-23K'), quantity: 500 }],
  });

  // A count of the WASH shelf at Tarvik: 18 soap bars missing.
  const sheet = await ctx.call('stock.count.create', {
    siteId: site('HHI-TRV'),
    category: 'wash',
    occurredAt: day(-2),
    notes: 'Monthly count, WASH aisle',
  });
  await ctx.call('stock.count.setLines', {
    documentId: sheet.document.id,
    lines: sheet.rows.map((r) => ({
      lineId: r.id,
      version: r.version,
      counted: (r.expected ?? 0) - (r.itemCode === 'WS-SOP-250' ? 18 : 0),
    })),
  });
  await ctx.call('stock.count.approve', {
    id: sheet.document.id,
    version: sheet.document.version,
    notes: 'Difference explained by an unrecorded hygiene-promotion handout',
    // Checked by the demo approver with their PIN (four-eyes): both names on the count and its adjustment.
    secondOperator: demoApprover(ctx),
  });

  // A blind count of the fuel point at FOB-N, counted and waiting for an approver: the counter
  // typed what the gauges showed without seeing the book figure (two jerrycans short on diesel).
  const fuel = await ctx.call('stock.count.create', {
    siteId: site('FOB-N'),
    category: 'fuel',
    blind: true,
    occurredAt: day(-1),
    notes: 'Weekly fuel point check, blind',
  });
  const book = await ctx.call('stock.onHand', { siteId: site('FOB-N'), category: 'fuel', limit: 1000 });
  const held = new Map(book.rows.map((r) => [`${r.lotId}|${r.condition}`, r.quantity]));
  if (fuel.rows.length > 0) {
    await ctx.call('stock.count.setLines', {
      documentId: fuel.document.id,
      lines: fuel.rows.map((r, i) => ({
        lineId: r.id,
        version: r.version,
        counted: Math.max(0, (held.get(`${r.lotId}|${r.condition}`) ?? 0) - (i === 0 ? 40 : 0)),
      })),
    });
    await ctx.call('stock.count.submit', { id: fuel.document.id, version: fuel.document.version });
  }

  await ctx.call('stock.thresholds.save', {
    rows: [
      { siteId: site('FOB-N'), itemId: item('FD-WTR-1.5'), minQuantity: 1000 },
      { siteId: site('FOB-N'), itemId: item('FU-DSL'), minQuantity: 5000 },
      { siteId: site('FOB-N'), itemId: item('FD-MRE-12'), minQuantity: 200 },
      { siteId: site('HHI-TRV'), itemId: item('FD-RCE-25'), minQuantity: 400 },
      { siteId: site('DP-KLN'), itemId: item('FD-RCE-25'), minQuantity: 50 },
      { siteId: site('WWB-MRW'), itemId: item('WS-HYG-FAM'), minQuantity: 300 },
    ],
  });
}
