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
import { newId } from '../core/ids';
import type { LineValues } from './lines';
import { all, one, run } from './sql';
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
  countCategory: ItemCategory | null;
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
  to_owner_org_id AS toOwnerOrgId, reason_code AS reasonCode, reference, notes, backdate_reason AS backdateReason, count_category AS countCategory,
  related_document_id AS relatedDocumentId, reverses_document_id AS reversesDocumentId,
  reversed_by_document_id AS reversedByDocumentId, received_by_document_id AS receivedByDocumentId,
  posted_at AS postedAt, posted_by AS postedBy`;

export function loadDoc(sqlite: Database.Database, id: string): DocRow {
  const row = one<DocRow>(sqlite, `SELECT ${DOC_COLUMNS} FROM stock_documents WHERE id = ?`, id);
  if (!row) throw notFound('Stock document', id);
  return row;
}

/**
 * Loads a document for `action` (refused unless its kind's workflow allows it now). `version` is
 * the one the editor saw (optimistic locking); line operations, which lock each line by its own
 * version, pass null.
 */
export function loadForAction(sqlite: Database.Database, id: string, action: StockDocumentAction, version: number | null): DocRow {
  const doc = loadDoc(sqlite, id);
  assertDocumentAction(sqlite, doc, action);
  if (version !== null) checkVersion('This document', doc.version, version);
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
  'id' | 'version' | 'number' | 'status' | 'reversedByDocumentId' | 'receivedByDocumentId' | 'postedAt' | 'postedBy' | 'backdateReason'
> & { backdateReason?: string };

export function insertDoc(ctx: ServiceContext, d: NewDoc): string {
  const id = newId();
  const now = ctx.now();
  run(
    ctx.sqlite,
    `INSERT INTO stock_documents (id, created_at, created_by_installation, updated_at, updated_by_installation, site_id, kind, status,
       occurred_at, counterparty_org_id, other_site_id, owner_org_id, to_owner_org_id, reason_code, reference, notes, count_category,
       related_document_id, reverses_document_id, backdate_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    now,
    ctx.installationId,
    now,
    ctx.installationId,
    d.siteId,
    d.kind,
    d.occurredAt,
    d.counterpartyOrgId,
    d.otherSiteId,
    d.ownerOrgId,
    d.toOwnerOrgId,
    d.reasonCode,
    d.reference,
    d.notes,
    d.countCategory,
    d.relatedDocumentId,
    d.reversesDocumentId,
    d.backdateReason ?? '',
  );
  return id;
}

export function insertLine(ctx: ServiceContext, documentId: string, lineNo: number, v: LineValues): string {
  const id = newId();
  const now = ctx.now();
  run(
    ctx.sqlite,
    `INSERT INTO stock_document_lines (id, created_at, created_by_installation, updated_at, updated_by_installation, document_id, line_no,
       item_id, lot_id, lot_number, expiry_date, owner_org_id, donor_org_id, condition, to_condition, direction, quantity, pack_name,
       pack_count, write_off, damaged_quantity, short_quantity, source_line_id, fefo_override_reason, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    now,
    ctx.installationId,
    now,
    ctx.installationId,
    documentId,
    lineNo,
    v.itemId,
    v.lotId,
    v.lotNumber,
    v.expiryDate,
    v.ownerOrgId,
    v.donorOrgId,
    v.condition,
    v.toCondition,
    v.direction,
    v.quantity,
    v.packName,
    v.packCount,
    v.writeOff ? 1 : 0,
    v.damagedQuantity,
    v.shortQuantity,
    v.sourceLineId,
    v.fefoOverrideReason,
    v.notes,
  );
  return id;
}

export function updateLine(ctx: ServiceContext, id: string, v: LineValues): void {
  run(
    ctx.sqlite,
    `UPDATE stock_document_lines SET item_id = ?, lot_id = ?, lot_number = ?, expiry_date = ?, owner_org_id = ?, donor_org_id = ?,
       condition = ?, to_condition = ?, direction = ?, quantity = ?, pack_name = ?, pack_count = ?, write_off = ?,
       fefo_override_reason = ?, notes = ?, version = version + 1, updated_at = ?, updated_by_installation = ?
     WHERE id = ?`,
    v.itemId,
    v.lotId,
    v.lotNumber,
    v.expiryDate,
    v.ownerOrgId,
    v.donorOrgId,
    v.condition,
    v.toCondition,
    v.direction,
    v.quantity,
    v.packName,
    v.packCount,
    v.writeOff ? 1 : 0,
    v.fefoOverrideReason,
    v.notes,
    ctx.now(),
    ctx.installationId,
    id,
  );
}

/** Bumps a draft's version when its lines change, so another editor's stale copy is detected. */
export function touchDoc(ctx: ServiceContext, id: string): void {
  run(
    ctx.sqlite,
    'UPDATE stock_documents SET version = version + 1, updated_at = ?, updated_by_installation = ? WHERE id = ?',
    ctx.now(),
    ctx.installationId,
    id,
  );
}

export function nextLineNo(sqlite: Database.Database, documentId: string): number {
  return (
    (one<{ n: number | null }>(sqlite, 'SELECT max(line_no) AS n FROM stock_document_lines WHERE document_id = ?', documentId)?.n ?? 0) + 1
  );
}
