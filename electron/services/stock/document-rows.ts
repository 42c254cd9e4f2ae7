import type Database from 'better-sqlite3';
import type {
  ItemCategory,
  LedgerCondition,
  StockDocumentKind,
  DocumentStatus,
  AdjustmentDirection,
  StockDocumentAction,
} from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { checkVersion, notFound } from '../core/errors';
import { say } from '../../api/i18n';
import { insertRecord, updateRecord } from '../core/write';
import type { ArrivalValues, LineValues } from './lines';
import { all, one } from './sql';
import { assertDocumentAction } from './workflow';

/** A stock_documents row as the services handle it. */
export interface DocRow {
  id: string;
  version: number;
  siteId: string;
  kind: StockDocumentKind;
  number: string | null;
  status: DocumentStatus;
  occurredAt: string;
  counterpartyOrgId: string | null;
  otherSiteId: string | null;
  ownerOrgId: string | null;
  toOwnerOrgId: string | null;
  reasonCode: string | null;
  reference: string;
  notes: string;
  backdateReason: string;
  expectedArrival: string | null;
  countCategory: ItemCategory | null;
  countBlind: boolean;
  submittedAt: string | null;
  submittedBy: string | null;
  relatedDocumentId: string | null;
  reversesDocumentId: string | null;
  reversedByDocumentId: string | null;
  receivedByDocumentId: string | null;
  postedAt: string | null;
  postedBy: string | null;
}

export interface LineRow extends LineValues {
  id: string;
  version: number;
  lineNo: number;
  direction: AdjustmentDirection | null;
  condition: LedgerCondition;
}

const DOC_COLUMNS = `id, version, site_id AS siteId, kind, number, status, occurred_at AS occurredAt,
  counterparty_org_id AS counterpartyOrgId, other_site_id AS otherSiteId, owner_org_id AS ownerOrgId,
  to_owner_org_id AS toOwnerOrgId, reason_code AS reasonCode, reference, notes, backdate_reason AS backdateReason, expected_arrival AS expectedArrival, count_category AS countCategory,
  count_blind AS countBlind, submitted_at AS submittedAt, submitted_by AS submittedBy,
  related_document_id AS relatedDocumentId, reverses_document_id AS reversesDocumentId,
  reversed_by_document_id AS reversedByDocumentId, received_by_document_id AS receivedByDocumentId,
  posted_at AS postedAt, posted_by AS postedBy`;

export function loadDoc(sqlite: Database.Database, id: string): DocRow {
  const row = one<Omit<DocRow, 'countBlind'> & { countBlind: number }>(
    sqlite,
    `SELECT ${DOC_COLUMNS} FROM stock_documents WHERE id = ?`,
    id,
  );
  if (!row) throw notFound(say('stockCore.noun.document'), id);
  return { ...row, countBlind: row.countBlind === 1 };
}

/**
 * Loads a document for `action` (refused unless its kind's workflow allows it now). `version` is
 * the one the editor saw (optimistic locking); line operations, which lock each line by its own
 * version, pass null.
 */
export function loadForAction(sqlite: Database.Database, id: string, action: StockDocumentAction, version: number | null): DocRow {
  const doc = loadDoc(sqlite, id);
  assertDocumentAction(sqlite, doc, action);
  if (version !== null) checkVersion(say('stockCore.thisDocument'), doc.version, version);
  return doc;
}

export function loadLines(sqlite: Database.Database, documentId: string): LineRow[] {
  const rows = all<Omit<LineRow, 'writeOff'> & { writeOff: number }>(
    sqlite,
    `SELECT id, version, line_no AS lineNo, item_id AS itemId, lot_id AS lotId, lot_number AS lotNumber, expiry_date AS expiryDate,
       owner_org_id AS ownerOrgId, donor_org_id AS donorOrgId, condition, to_condition AS toCondition, direction, quantity,
       pack_name AS packName, pack_count AS packCount, write_off AS writeOff, damaged_quantity AS damagedQuantity,
       short_quantity AS shortQuantity, source_line_id AS sourceLineId, fefo_override_reason AS fefoOverrideReason, notes
     FROM stock_document_lines WHERE document_id = ? ORDER BY line_no`,
    documentId,
  );
  return rows.map((r) => ({ ...r, writeOff: r.writeOff === 1 }));
}

export type NewDoc = Omit<
  DocRow,
  | 'id'
  | 'version'
  | 'number'
  | 'status'
  | 'reversedByDocumentId'
  | 'receivedByDocumentId'
  | 'postedAt'
  | 'postedBy'
  | 'backdateReason'
  | 'countBlind'
  | 'submittedAt'
  | 'submittedBy'
  | 'expectedArrival'
> & { backdateReason?: string; countBlind?: boolean; expectedArrival?: string | null };

export function insertDoc(ctx: ServiceContext, d: NewDoc): string {
  return insertRecord(ctx, 'stock_documents', {
    site_id: d.siteId,
    kind: d.kind,
    status: 'draft',
    occurred_at: d.occurredAt,
    counterparty_org_id: d.counterpartyOrgId,
    other_site_id: d.otherSiteId,
    owner_org_id: d.ownerOrgId,
    to_owner_org_id: d.toOwnerOrgId,
    reason_code: d.reasonCode,
    reference: d.reference,
    notes: d.notes,
    count_category: d.countCategory,
    count_blind: d.countBlind ? 1 : 0,
    related_document_id: d.relatedDocumentId,
    reverses_document_id: d.reversesDocumentId,
    backdate_reason: d.backdateReason ?? '',
    expected_arrival: d.expectedArrival ?? null,
  }).id;
}

/** The columns a line's editable values are stored in. */
const lineColumns = (v: LineValues) => ({
  item_id: v.itemId,
  lot_id: v.lotId,
  lot_number: v.lotNumber,
  expiry_date: v.expiryDate,
  owner_org_id: v.ownerOrgId,
  donor_org_id: v.donorOrgId,
  condition: v.condition,
  to_condition: v.toCondition,
  direction: v.direction,
  quantity: v.quantity,
  pack_name: v.packName,
  pack_count: v.packCount,
  write_off: v.writeOff ? 1 : 0,
  fefo_override_reason: v.fefoOverrideReason,
  notes: v.notes,
});

export function insertLine(ctx: ServiceContext, documentId: string, lineNo: number, v: LineValues, arrival?: ArrivalValues): string {
  return insertRecord(ctx, 'stock_document_lines', {
    document_id: documentId,
    line_no: lineNo,
    ...lineColumns(v),
    damaged_quantity: v.damagedQuantity,
    short_quantity: v.shortQuantity,
    source_line_id: v.sourceLineId,
    ...(arrival && {
      over_quantity: arrival.overQuantity,
      short_reason: arrival.shortReason,
      damaged_reason: arrival.damagedReason,
      over_reason: arrival.overReason,
    }),
  }).id;
}

export function updateLine(ctx: ServiceContext, id: string, v: LineValues): void {
  updateRecord(ctx, 'stock_document_lines', id, lineColumns(v));
}

/** Bumps a draft's version when its lines change, so another editor's stale copy is detected. */
export function touchDoc(ctx: ServiceContext, id: string): void {
  updateRecord(ctx, 'stock_documents', id, {});
}

export function nextLineNo(sqlite: Database.Database, documentId: string): number {
  return (
    (one<{ n: number | null }>(sqlite, 'SELECT max(line_no) AS n FROM stock_document_lines WHERE document_id = ?', documentId)?.n ?? 0) + 1
  );
}
