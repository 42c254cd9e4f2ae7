import { say, type MessageKey } from '../../api/i18n';
import { MAX_QUANTITY, type LedgerCondition, type StockDocumentKind } from '../../api/vocabularies';
import type { FieldIssue } from '../../api/result';
import type { ServiceContext } from '../core/context';
import { newId } from '../core/ids';
import { insertRecord } from '../core/write';
import type { Lookups } from './lookups';
import { one, run } from './sql';

/** Quantities in messages read like a stock report: 12,000 not 12000. */

/** One ledger entry to write; `lineIndex` points back at the document line for messages. */
export interface PlannedEntry {
  lineIndex: number;
  lineId: string | null;
  lotId: string;
  itemId: string;
  siteId: string;
  condition: LedgerCondition;
  /** Signed: positive adds stock, negative takes it. */
  quantity: number;
  reasonCode: string | null;
  fefoOverrideReason: string | null;
}

/** The stored balance of one lot at one site in one condition (0 when there is none). */
export function storedBalance(sqlite: ServiceContext['sqlite'], siteId: string, lotId: string, condition: LedgerCondition): number {
  return (
    one<{ quantity: number }>(
      sqlite,
      'SELECT quantity FROM stock_balances WHERE site_id = ? AND lot_id = ? AND condition = ?',
      siteId,
      lotId,
      condition,
    )?.quantity ?? 0
  );
}

const CONDITION_WORD: Record<LedgerCondition, MessageKey> = {
  good: 'condition.good',
  damaged: 'condition.damaged',
  quarantined: 'condition.quarantined',
  in_transit: 'condition.in_transit',
};

/**
 * Stock never goes negative, nor above the cap: replays the planned entries against the current
 * balances and reports, per line, the lot, site and what is available. (The CHECK constraint on
 * balances is the last line of defence; this gives the message a person can act on.)
 */
export function checkAvailability(ctx: ServiceContext, look: Lookups, entries: PlannedEntry[], linesPath: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // Net change so far per (site, lot, condition), and the stored balance, read once per key.
  const delta = new Map<string, number>();
  const stored = new Map<string, number>();
  const reported = new Set<string>();
  for (const e of entries) {
    const key = `${e.siteId}|${e.lotId}|${e.condition}`;
    const before = delta.get(key) ?? 0;
    delta.set(key, before + e.quantity);
    if (reported.has(key)) continue;
    let current = stored.get(key);
    if (current === undefined) {
      current = storedBalance(ctx.sqlite, e.siteId, e.lotId, e.condition);
      stored.set(key, current);
    }
    const available = current + before;
    const after = available + e.quantity;
    if (after >= 0 && after <= MAX_QUANTITY) continue;
    reported.add(key);
    const lot = look.lot(e.lotId)!;
    const site = look.site(e.siteId)?.code ?? '?';
    const unit = look.item(lot.itemId)?.baseUnit ?? '';
    issues.push({
      path: [linesPath, e.lineIndex, 'quantity'],
      message:
        after < 0
          ? say('stock.notEnough', {
              lot: look.describeLot(lot),
              site,
              available,
              unit,
              condition: say(CONDITION_WORD[e.condition]),
              needed: -e.quantity,
            })
          : say('stock.tooMuch', {
              lot: look.describeLot(lot),
              site,
              after,
              unit,
              condition: say(CONDITION_WORD[e.condition]),
              max: MAX_QUANTITY,
            }),
    });
  }
  return issues;
}

/** Next number for (site, kind, year), allocated inside the posting transaction: no gaps, no reuse. */
export function allocateNumber(ctx: ServiceContext, siteId: string, siteCode: string, prefix: string, postedAt: string): string {
  const year = Number(postedAt.slice(0, 4));
  const { lastSeq } = one<{ lastSeq: number }>(
    ctx.sqlite,
    `INSERT INTO document_counters (site_id, doc_type, year, last_seq) VALUES (?, ?, ?, 1)
     ON CONFLICT (site_id, doc_type, year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq AS lastSeq`,
    siteId,
    prefix,
    year,
  )!;
  return `${siteCode}-${prefix}-${year}-${String(lastSeq).padStart(5, '0')}`;
}

/** Appends the entries to the ledger and moves the balances with them, in the caller's transaction. */
export function writeEntries(
  ctx: ServiceContext,
  documentId: string,
  kind: StockDocumentKind,
  occurredAt: string,
  entries: PlannedEntry[],
): void {
  ctx.changes.mark('stock_ledger');
  const recordedAt = ctx.now();
  const recordedBy = ctx.operator() ?? '(setup)';
  for (const e of entries) {
    run(
      ctx.sqlite,
      `INSERT INTO stock_ledger (id, document_id, line_id, kind, lot_id, item_id, site_id, condition, quantity, occurred_at,
         recorded_at, recorded_by, installation_id, reason_code, fefo_override_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      newId(),
      documentId,
      e.lineId,
      kind,
      e.lotId,
      e.itemId,
      e.siteId,
      e.condition,
      e.quantity,
      occurredAt,
      recordedAt,
      recordedBy,
      ctx.installationId,
      e.reasonCode,
      e.fefoOverrideReason,
    );
    if (e.quantity >= 0) {
      run(
        ctx.sqlite,
        `INSERT INTO stock_balances (site_id, lot_id, condition, item_id, quantity, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (site_id, lot_id, condition) DO UPDATE SET quantity = quantity + excluded.quantity, updated_at = excluded.updated_at`,
        e.siteId,
        e.lotId,
        e.condition,
        e.itemId,
        e.quantity,
        recordedAt,
      );
    } else {
      // Not an upsert: SQLite tests CHECK (quantity >= 0) on the negative VALUES row before it sees
      // the conflict. Taking stock needs an existing balance anyway (checkAvailability saw it).
      const moved = run(
        ctx.sqlite,
        'UPDATE stock_balances SET quantity = quantity + ?, updated_at = ? WHERE site_id = ? AND lot_id = ? AND condition = ?',
        e.quantity,
        recordedAt,
        e.siteId,
        e.lotId,
        e.condition,
      );
      if (moved.changes !== 1) throw new Error(`No balance to take ${-e.quantity} from (site ${e.siteId}, lot ${e.lotId}, ${e.condition})`);
    }
  }
}

/** Finds the lot with this identity or creates it (a receipt of a new batch). */
export function findOrCreateLot(
  ctx: ServiceContext,
  look: Lookups,
  f: { itemId: string; lotNumber: string; expiryDate: string | null; ownerOrgId: string; donorOrgId: string | null },
): { id: string; created: boolean } {
  const existing = look.findLot(f.itemId, f.lotNumber, f.expiryDate, f.ownerOrgId);
  if (existing) return { id: existing.id, created: false };
  const { id } = insertRecord(ctx, 'stock_lots', {
    item_id: f.itemId,
    lot_number: f.lotNumber,
    expiry_date: f.expiryDate,
    owner_org_id: f.ownerOrgId,
    donor_org_id: f.donorOrgId,
  });
  look.remember({ id, ...f });
  return { id, created: true };
}
