import { say } from '../../api/i18n';
import { readStoredText } from '../core/stored-text';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Page } from '../../api/stock/fields';
import type {
  listRequestsInput,
  RequestDetail,
  RequestEventView,
  RequestFulfilmentView,
  RequestLineView,
  RequestConvoyLinkView,
  RequestListRow,
  RequestMeasureStage,
} from '../../api/requests';
import { OPEN_REQUEST_STATUSES, REQUEST_SIDES } from '../../api/vocabularies';
import { notFound } from '../core/errors';
import { readSharingDefaults } from '../exchange/sharing';
import { describe } from '../workflow/engine';
import { REQUEST_WORKFLOW } from '../workflow/requests';
import { all, one } from '../stock/sql';
import { factsOf, loadRequest } from './rows';
import { nextDay } from './measures';
import { requestAttachments } from './attachments';

/**
 * The register (filtered, sorted and paged in SQL, so 20,000 requests list quickly) and one
 * request's detail: its lines, timeline, fulfilments and what each side may do now.
 */

/** The open statuses, bound as a JSON list (`@open`, read by json_each): values go in parameters, never in the SQL text. */
const OPEN_SQL = 'SELECT value FROM json_each(@open)';
const OPEN = JSON.stringify(OPEN_REQUEST_STATUSES);
const DIRECTION_SQL = `CASE WHEN p.kind = 'military' THEN 'to_military' WHEN q.kind = 'military' THEN 'from_military' ELSE 'civilian' END`;

/** The register's columns; `today` is a YYYY-MM-DD parameter (the pinned clock in tests), `open` the open statuses (OPEN). */
const SELECT = `SELECT r.id, r.version, r.number, r.title, r.type, r.priority, r.status, ${DIRECTION_SQL} AS direction,
    r.requester_org_id AS requesterOrgId, q.short_name AS requester, r.provider_org_id AS providerOrgId, p.short_name AS provider,
    r.needed_by AS neededBy, (r.status IN (${OPEN_SQL}) AND r.needed_by IS NOT NULL AND r.needed_by < @today) AS overdue,
    r.submitted_at AS submittedAt,
    CASE WHEN r.submitted_at IS NULL THEN NULL ELSE CAST(julianday(@today) - julianday(substr(r.submitted_at, 1, 10)) AS INTEGER) END AS ageDays,
    (SELECT count(*) FROM request_lines l WHERE l.request_id = r.id) AS lineCount, r.updated_at AS updatedAt`;
const FROM = `FROM requests r JOIN organisations q ON q.id = r.requester_org_id JOIN organisations p ON p.id = r.provider_org_id`;

const SORT_SQL: Record<string, string> = {
  number: 'r.number',
  title: 'r.title COLLATE NOCASE',
  priority: 'r.priority',
  status: 'r.status',
  neededBy: 'r.needed_by',
  submittedAt: 'r.submitted_at',
  updatedAt: 'r.updated_at',
  requester: 'q.short_name COLLATE NOCASE',
  provider: 'p.short_name COLLATE NOCASE',
};

/** The same tests as the measures' (services/requests/measures.ts), so a figure and the register it opens agree. */
const APPROVED_SQL = 'EXISTS (SELECT 1 FROM request_lines l WHERE l.request_id = r.id AND l.approved_quantity > 0)';
const STAGE_SQL: Record<RequestMeasureStage, string> = {
  submission: 'r.submitted_at IS NOT NULL',
  decision: 'r.decided_at IS NOT NULL',
  approved: APPROVED_SQL,
  declined: `r.decided_at IS NOT NULL AND NOT ${APPROVED_SQL}`,
  fulfilment: 'r.fulfilled_at IS NOT NULL',
};

const asRow = (r: RequestListRow): RequestListRow => ({ ...r, overdue: Boolean(r.overdue) });

export function listRequests(sqlite: Database.Database, input: z.output<typeof listRequestsInput>, today: string): Page<RequestListRow> {
  const where: string[] = [];
  const params: Record<string, unknown> = { today, open: OPEN };
  if (input.status?.length) {
    where.push('r.status IN (SELECT value FROM json_each(@status))');
    params.status = JSON.stringify(input.status);
  }
  if (input.priority?.length) {
    where.push('r.priority IN (SELECT value FROM json_each(@priority))');
    params.priority = JSON.stringify(input.priority.map(Number));
  }
  if (input.orgId) {
    where.push('(r.requester_org_id = @org OR r.provider_org_id = @org)');
    params.org = input.orgId;
  }
  if (input.direction) {
    where.push(`${DIRECTION_SQL} = @direction`);
    params.direction = input.direction;
  }
  if (input.olderThanDays != null) {
    where.push(`r.submitted_at IS NOT NULL AND julianday(@today) - julianday(substr(r.submitted_at, 1, 10)) >= @older`);
    params.older = input.olderThanDays;
  }
  if (input.youngerThanDays != null) {
    where.push(`r.submitted_at IS NOT NULL AND julianday(@today) - julianday(substr(r.submitted_at, 1, 10)) < @younger`);
    params.younger = input.youngerThanDays;
  }
  if (input.submittedFrom) {
    where.push('r.submitted_at >= @submittedFrom');
    params.submittedFrom = input.submittedFrom;
  }
  if (input.submittedTo) {
    where.push('r.submitted_at IS NOT NULL AND r.submitted_at < @submittedBefore');
    params.submittedBefore = nextDay(input.submittedTo);
  }
  if (input.reached) where.push(STAGE_SQL[input.reached]);
  if (input.overdue) where.push(`r.status IN (${OPEN_SQL}) AND r.needed_by IS NOT NULL AND r.needed_by < @today`);
  if (input.search) {
    where.push(`(r.number LIKE @search OR r.title LIKE @search OR q.short_name LIKE @search OR p.short_name LIKE @search)`);
    params.search = `%${input.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = [...input.sort.map((s) => `${SORT_SQL[s.colId]} ${s.sort === 'desc' ? 'DESC' : 'ASC'}`), 'r.number DESC'].join(', ');
  const total = (sqlite.prepare(`SELECT count(*) AS n ${FROM} ${whereSql}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(`${SELECT} ${FROM} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as RequestListRow[];
  return { total, offset: input.offset, limit: input.limit, rows: rows.map(asRow) };
}

export function requestDetail(sqlite: Database.Database, id: string, today: string): RequestDetail {
  const head = sqlite.prepare(`${SELECT} ${FROM} WHERE r.id = @id`).get({ id, today, open: OPEN }) as RequestListRow | undefined;
  if (!head) throw notFound(say('requestCore.requestNoun'), id);
  const stored = loadRequest(sqlite, id)!;
  const lines = all<RequestLineView>(
    sqlite,
    `SELECT l.id, l.version, l.line_no AS lineNo, l.kind, l.item_id AS itemId, i.code AS itemCode, i.name AS itemName, l.description,
       l.quantity, l.unit, l.duration_days AS durationDays, l.approved_quantity AS approvedQuantity,
       l.committed_quantity AS committedQuantity, l.available_from AS availableFrom, l.delivered_quantity AS deliveredQuantity
     FROM request_lines l LEFT JOIN items i ON i.id = l.item_id WHERE l.request_id = ? ORDER BY l.line_no`,
    id,
  );
  const timeline = all<RequestEventView>(
    sqlite,
    `SELECT e.id, e.at, e.operator, e.org_id AS orgId, o.short_name AS org, e.action, e.from_status AS fromStatus,
       e.to_status AS toStatus, e.comment
     FROM request_events e JOIN organisations o ON o.id = e.org_id WHERE e.request_id = ? ORDER BY e.at, e.created_at, e.id`,
    id,
  ).map((e) => ({ ...e, comment: readStoredText(e.comment) }));
  const fulfilments = all<RequestFulfilmentView>(
    sqlite,
    `SELECT f.id, f.line_id AS lineId, l.line_no AS lineNo, f.quantity, f.delivered_on AS deliveredOn, f.link,
       f.stock_document_id AS stockDocumentId, d.number AS stockDocumentNumber, f.reference, f.note
     FROM request_fulfilments f JOIN request_lines l ON l.id = f.line_id LEFT JOIN stock_documents d ON d.id = f.stock_document_id
     WHERE f.request_id = ? ORDER BY f.delivered_on, f.created_at`,
    id,
  );
  const facts = factsOf(sqlite, stored);
  const workflow = Object.fromEntries(
    REQUEST_SIDES.map((side) => {
      const view = describe(REQUEST_WORKFLOW, facts);
      return [side, { ...view, actions: view.actions.filter((a) => REQUEST_WORKFLOW.actions[a.action].side === side) }];
    }),
  ) as RequestDetail['workflow'];
  return {
    request: {
      ...asRow(head),
      fromPlace: stored.fromPlace,
      toPlace: stored.toPlace,
      justification: stored.justification,
      contact: stored.contact,
      civilianOptionsTried: stored.civilianOptionsTried,
      capabilityGap: stored.capabilityGap,
      whyMilitaryUnique: stored.whyMilitaryUnique,
      militaryStart: stored.militaryStart,
      militaryEnd: stored.militaryEnd,
      exitPlan: stored.exitPlan,
      escortNeed: stored.escortNeed,
      escortAuthorities: stored.escortAuthorities,
      escortSafety: stored.escortSafety,
      escortSustainability: stored.escortSustainability,
      escortEndDate: stored.escortEndDate,
      askedKnowledge: stored.askedKnowledge,
      askedWhy: stored.askedWhy,
      decidedAt: stored.decidedAt,
      fulfilledAt: stored.fulfilledAt,
      closedAt: stored.closedAt,
      sharing: stored.sharing,
      partnerReference: stored.partnerReference,
      effectiveSharing: stored.sharing ?? readSharingDefaults(sqlite).request,
    },
    lines,
    timeline,
    fulfilments,
    convoyLinks: convoyLinksOf(sqlite, id),
    attachments: requestAttachments(sqlite, id),
    workflow,
  };
}

/** The number of a stock document, for messages. */
export const documentNumber = (sqlite: Database.Database, id: string) =>
  one<{ number: string | null; kind: string; status: string }>(sqlite, 'SELECT number, kind, status FROM stock_documents WHERE id = ?', id);

/** A request's convoy links, for its page. */
function convoyLinksOf(sqlite: Database.Database, requestId: string): RequestConvoyLinkView[] {
  return all<RequestConvoyLinkView>(
    sqlite,
    `SELECT k.id, k.line_id AS lineId, l.line_no AS lineNo, l.unit, k.quantity, k.convoy_id AS convoyId, c.number AS convoyNumber,
       c.status AS convoyStatus, v.plate,
       CASE WHEN k.manifest_line_id IS NULL THEN NULL ELSE coalesce(i.code || ' ' || i.name, '') || ' × ' || ml.quantity END AS manifestLine,
       k.fulfilment_id IS NOT NULL AS delivered
     FROM request_convoy_links k JOIN request_lines l ON l.id = k.line_id JOIN convoys c ON c.id = k.convoy_id
     LEFT JOIN vehicles v ON v.id = k.vehicle_id LEFT JOIN manifest_lines ml ON ml.id = k.manifest_line_id
     LEFT JOIN stock_lots sl ON sl.id = ml.lot_id LEFT JOIN items i ON i.id = sl.item_id
     WHERE k.request_id = ? ORDER BY l.line_no, k.created_at`,
    requestId,
  ).map((k) => ({ ...k, delivered: Boolean(k.delivered) }));
}
