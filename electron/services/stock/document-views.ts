import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  LedgerEntryView,
  listDocumentsInput,
  Page,
  StockDocumentDetail,
  StockDocumentLineView,
  StockDocumentView,
  TransferLineArrival,
  UnitTotal,
} from '../../api/stock';
import { PICKING_DOCUMENT_KINDS } from '../../api/vocabularies';
import { notFound } from '../core/errors';
import { say } from '../../api/i18n';
import { Filters } from './filters';
import { all, one } from './sql';
import { describeDocument, markSecondOperator } from './workflow';
import { readStoredText } from '../core/stored-text';
import { parseFourEyes } from '../operators/four-eyes';

const DOCUMENT_SELECT = `
SELECT d.id, d.version, d.site_id AS siteId, s.code AS siteCode, s.name AS siteName, d.kind, d.number, d.status,
  d.occurred_at AS occurredAt, d.counterparty_org_id AS counterpartyOrgId, cp.short_name AS counterpartyShortName,
  d.other_site_id AS otherSiteId, os.code AS otherSiteCode, d.owner_org_id AS ownerOrgId, ow.short_name AS ownerShortName,
  d.to_owner_org_id AS toOwnerOrgId, tow.short_name AS toOwnerShortName, d.reason_code AS reasonCode, d.reference, d.notes, d.backdate_reason AS backdateReason, d.expected_arrival AS expectedArrival,
  d.count_category AS countCategory, d.count_blind AS countBlind, d.submitted_at AS submittedAt, d.submitted_by AS submittedBy,
  d.related_document_id AS relatedDocumentId, rel.number AS relatedDocumentNumber,
  d.reverses_document_id AS reversesDocumentId, d.reversed_by_document_id AS reversedByDocumentId, rb.number AS reversedByNumber,
  d.received_by_document_id AS receivedByDocumentId, rc.number AS receivedByNumber, d.posted_at AS postedAt, d.posted_by AS postedBy, d.second_operator AS secondOperator,
  d.created_at AS createdAt, d.updated_at AS updatedAt, d.sharing, s.sharing AS siteSharing,
  CASE WHEN d.kind = 'count' THEN (SELECT count(*) FROM stock_count_lines c WHERE c.document_id = d.id)
       ELSE (SELECT count(*) FROM stock_document_lines x WHERE x.document_id = d.id) END AS lineCount,
  CASE WHEN d.kind = 'count' THEN coalesce((SELECT sum(coalesce(c.counted, 0)) FROM stock_count_lines c WHERE c.document_id = d.id), 0)
       ELSE coalesce((SELECT sum(x.quantity) FROM stock_document_lines x WHERE x.document_id = d.id), 0) END AS totalQuantity,
  CASE WHEN d.kind = 'adjustment' AND d.status = 'draft'
       THEN coalesce((SELECT max(x.quantity) FROM stock_document_lines x WHERE x.document_id = d.id), 0) END AS largestLine,
  (SELECT value FROM settings WHERE key = 'four_eyes') AS fourEyesJson,
  (SELECT json_object('units', json_group_array(json_object('unit', t.unit, 'quantity', t.quantity)), 'weight', sum(t.weight), 'unweighed', sum(t.unweighed))
     FROM (SELECT i.base_unit AS unit, sum(q.quantity) AS quantity, sum(q.quantity * i.unit_weight_kg) AS weight,
             sum(i.unit_weight_kg IS NULL AND q.quantity <> 0) AS unweighed
           FROM (SELECT x.item_id AS itemId, x.lot_id AS lotId, x.quantity FROM stock_document_lines x WHERE x.document_id = d.id AND d.kind <> 'count'
                 UNION ALL SELECT c.item_id, c.lot_id, coalesce(c.counted, 0) FROM stock_count_lines c WHERE c.document_id = d.id AND d.kind = 'count') q
           LEFT JOIN stock_lots l ON l.id = q.lotId
           JOIN items i ON i.id = coalesce(q.itemId, l.item_id)
           GROUP BY i.base_unit ORDER BY i.base_unit) t) AS totalsJson
FROM stock_documents d
JOIN sites s ON s.id = d.site_id
LEFT JOIN organisations cp ON cp.id = d.counterparty_org_id
LEFT JOIN sites os ON os.id = d.other_site_id
LEFT JOIN organisations ow ON ow.id = d.owner_org_id
LEFT JOIN organisations tow ON tow.id = d.to_owner_org_id
LEFT JOIN stock_documents rel ON rel.id = d.related_document_id
LEFT JOIN stock_documents rb ON rb.id = d.reversed_by_document_id
LEFT JOIN stock_documents rc ON rc.id = d.received_by_document_id`;

type StoredView = Omit<StockDocumentView, 'workflow' | 'totals' | 'totalWeightKg' | 'countBlind'> & {
  totalsJson: string;
  countBlind: number;
  largestLine: number | null;
  fourEyesJson: string | null;
};

/** A document as stored, with what its kind's workflow allows now. */
const withWorkflow = ({ totalsJson, countBlind, largestLine, fourEyesJson, ...stored }: StoredView): StockDocumentView => {
  const t = JSON.parse(totalsJson) as { units: UnitTotal[] | null; weight: number | null; unweighed: number | null };
  const totals = (t.units ?? []).filter((u) => u.unit !== null);
  const row = { ...stored, countBlind: countBlind === 1 };
  return {
    ...row,
    totals,
    // A weight only when every line's item has one (an unweighed line would make it look lighter).
    totalWeightKg: totals.length && !t.unweighed && t.weight !== null ? Math.round(t.weight * 1000) / 1000 : null,
    workflow: markSecondOperator(describeDocument(row), row.kind, largestLine, parseFourEyes(fourEyesJson)),
  };
};

export function documentView(sqlite: Database.Database, id: string): StockDocumentView {
  const row = one<StoredView>(sqlite, `${DOCUMENT_SELECT} WHERE d.id = ?`, id);
  if (!row) throw notFound(say('stockCore.noun.document'), id);
  return withWorkflow(row);
}

/** The kinds that pick from stock, bound as a JSON list (json_each), never written into the SQL text. */
const PICKING_JSON = JSON.stringify(PICKING_DOCUMENT_KINDS);

export function documentLines(sqlite: Database.Database, documentId: string): StockDocumentLineView[] {
  const rows = all<Omit<StockDocumentLineView, 'writeOff' | 'arrival'> & { writeOff: number; arrivalJson: string | null }>(
    sqlite,
    `SELECT x.id, x.version, x.line_no AS lineNo, coalesce(x.item_id, l.item_id) AS itemId, i.code AS itemCode, i.name AS itemName,
       i.base_unit AS baseUnit, x.lot_id AS lotId, coalesce(l.lot_number, x.lot_number) AS lotNumber,
       CASE WHEN l.id IS NULL THEN x.expiry_date ELSE l.expiry_date END AS expiryDate,
       coalesce(l.owner_org_id, x.owner_org_id) AS ownerOrgId, o.short_name AS ownerShortName,
       coalesce(l.donor_org_id, x.donor_org_id) AS donorOrgId, x.condition, x.to_condition AS toCondition, x.direction,
       x.quantity, x.pack_name AS packName, x.pack_count AS packCount, x.write_off AS writeOff,
       x.damaged_quantity AS damagedQuantity, x.short_quantity AS shortQuantity, x.over_quantity AS overQuantity,
       x.short_reason AS shortReason, x.damaged_reason AS damagedReason, x.over_reason AS overReason,
       (SELECT json_object('good', r.quantity, 'damaged', r.damaged_quantity, 'short', r.short_quantity, 'over', r.over_quantity,
                'shortReason', r.short_reason, 'damagedReason', r.damaged_reason, 'overReason', r.over_reason)
          FROM stock_document_lines r JOIN stock_documents rd ON rd.id = r.document_id
          WHERE d.kind = 'transfer_out' AND rd.id = d.received_by_document_id AND r.source_line_id = x.id) AS arrivalJson,
       x.source_line_id AS sourceLineId,
       x.fefo_override_reason AS fefoOverrideReason, x.notes,
       CASE WHEN d.status = 'draft' AND x.lot_id IS NOT NULL
              AND (d.kind IN (SELECT value FROM json_each(@picking)) OR (d.kind = 'adjustment' AND x.direction = 'decrease'))
            THEN coalesce((SELECT b.quantity FROM stock_balances b WHERE b.site_id = d.site_id AND b.lot_id = x.lot_id AND b.condition = x.condition), 0)
       END AS available
     FROM stock_document_lines x
     JOIN stock_documents d ON d.id = x.document_id
     LEFT JOIN stock_lots l ON l.id = x.lot_id
     LEFT JOIN items i ON i.id = coalesce(x.item_id, l.item_id)
     LEFT JOIN organisations o ON o.id = coalesce(l.owner_org_id, x.owner_org_id)
     WHERE x.document_id = @documentId ORDER BY x.line_no`,
    { documentId, picking: PICKING_JSON },
  );
  return rows.map(({ arrivalJson, ...r }) => ({
    ...r,
    writeOff: r.writeOff === 1,
    // A note the core wrote (a count's adjustment line) is stored as a key and values: worded for this reader.
    notes: readStoredText(r.notes),
    arrival: arrivalJson ? (JSON.parse(arrivalJson) as TransferLineArrival) : null,
  }));
}

export function documentEntries(sqlite: Database.Database, documentId: string): LedgerEntryView[] {
  return all<LedgerEntryView>(
    sqlite,
    `SELECT e.id, e.document_id AS documentId, e.line_id AS lineId, e.kind, e.lot_id AS lotId, e.item_id AS itemId,
       i.code AS itemCode, l.lot_number AS lotNumber,
       e.site_id AS siteId, s.code AS siteCode, e.condition, e.quantity, e.occurred_at AS occurredAt,
       e.recorded_at AS recordedAt, e.recorded_by AS recordedBy, e.reason_code AS reasonCode,
       e.fefo_override_reason AS fefoOverrideReason
     FROM stock_ledger e JOIN sites s ON s.id = e.site_id JOIN items i ON i.id = e.item_id JOIN stock_lots l ON l.id = e.lot_id
     WHERE e.document_id = ? ORDER BY e.id`,
    documentId,
  );
}

export function documentDetail(sqlite: Database.Database, id: string): StockDocumentDetail {
  const document = documentView(sqlite, id);
  return {
    document,
    lines: document.kind === 'count' ? [] : documentLines(sqlite, id),
    entries: document.status === 'posted' ? documentEntries(sqlite, id) : [],
  };
}

const DOCUMENT_SORT: Record<string, string> = {
  occurredAt: 'd.occurred_at',
  number: 'd.number',
  kind: 'd.kind',
  status: 'd.status',
  siteCode: 's.code',
  postedAt: 'd.posted_at',
  updatedAt: 'd.updated_at',
};

/** The document register: filtered and sorted in SQL, one page plus the total. */
export function listDocuments(sqlite: Database.Database, input: z.output<typeof listDocumentsInput>): Page<StockDocumentView> {
  const f = new Filters();
  f.add(input.siteId, 'd.site_id = @siteId', 'siteId');
  f.add(input.kind, 'd.kind = @kind', 'kind');
  f.add(input.status, 'd.status = @status', 'status');
  f.add(input.from, 'd.occurred_at >= @from', 'from');
  f.add(input.to, "d.occurred_at < date(@to, '+1 day')", 'to');
  f.search(input.search, ['d.number', 'd.reference', 'd.notes', 'cp.short_name', 'cp.name']);
  f.add(
    input.awaitingReceiptAt,
    "d.kind = 'transfer_out' AND d.status = 'posted' AND d.received_by_document_id IS NULL AND d.reversed_by_document_id IS NULL AND d.other_site_id = @awaiting",
    'awaiting',
  );
  const whereSql = f.sql();
  const order = input.sort.map((s) => `${DOCUMENT_SORT[s.colId]} ${s.sort === 'desc' ? 'DESC' : 'ASC'}`);
  order.push('d.occurred_at DESC', 'd.id DESC');
  const countSql = `SELECT count(*) AS n FROM stock_documents d ${input.search ? 'LEFT JOIN organisations cp ON cp.id = d.counterparty_org_id' : ''} ${whereSql}`;
  const total = (sqlite.prepare(countSql).get(f.params) as { n: number }).n;
  const rows = sqlite
    .prepare(`${DOCUMENT_SELECT} ${whereSql} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`)
    .all({ ...f.params, limit: input.limit, offset: input.offset }) as StoredView[];
  return { total, offset: input.offset, limit: input.limit, rows: rows.map(withWorkflow) };
}
