import type { z } from 'zod';
import type { FieldIssue } from '../../api/result';
import type { CountLineView, CountSheet, countSheetInput, createCountInput, setCountLineInput, setCountLinesInput } from '../../api/stock';
import { hidesExpected } from '../../api/stock';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, conflict, invalid, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { insertRecord, updateRecord } from '../core/write';
import { normaliseOccurredAt } from './dates';
import { insertDoc, loadDoc, type DocRow } from './document-rows';
import { documentView } from './document-views';
import { refuse } from './errors';
import { Filters } from './filters';
import { Lookups } from './lookups';
import { all, one } from './sql';
import { say } from '../../api/i18n';
import { assertDocumentAction } from './workflow';

const LINE_SELECT = `SELECT c.id, c.version, c.line_no AS lineNo, c.lot_id AS lotId, c.item_id AS itemId, i.code AS itemCode,
  i.name AS itemName, i.category, i.base_unit AS baseUnit, l.lot_number AS lotNumber, l.expiry_date AS expiryDate,
  o.short_name AS ownerShortName, c.condition, c.expected, c.counted,
  CASE WHEN c.counted IS NULL THEN NULL ELSE c.counted - c.expected END AS difference,
  c.counted_at AS countedAt, c.counted_by AS countedBy, c.reason_code AS reasonCode, c.found
FROM stock_count_lines c JOIN stock_lots l ON l.id = c.lot_id JOIN items i ON i.id = c.item_id
JOIN organisations o ON o.id = l.owner_org_id`;

type StoredLine = Omit<CountLineView, 'found'> & { found: number };

/** A stored line as the caller may see it. */
const lineView = (row: StoredLine, hide: boolean): CountLineView => ({
  ...row,
  found: row.found === 1,
  ...(hide ? { expected: null, difference: null } : {}),
});

export function countLine(ctx: ServiceContext, id: string, doc: DocRow): CountLineView {
  const row = one<StoredLine>(ctx.sqlite, `${LINE_SELECT} WHERE c.id = ?`, id);
  if (!row) throw notFound(say('stockCore.noun.countLine'), id);
  return lineView(row, hidesExpected(doc));
}

/** Loads a count sheet for an action, as its workflow allows. */
export function countFor(ctx: ServiceContext, id: string, action: 'count' | 'submit' | 'approve'): DocRow {
  const doc = loadDoc(ctx.sqlite, id);
  assertDocumentAction(ctx.sqlite, doc, action);
  return doc;
}

/** A count sheet snapshots what the site should hold (optionally one category), lot by lot. */
export function createCount(ctx: ServiceContext, input: z.output<typeof createCountInput>): CountSheet {
  const id = inTransaction(ctx, () => {
    const look = new Lookups(ctx.sqlite);
    const site = look.site(input.siteId);
    if (!site) throw invalid('Site does not exist; choose one from the list', [{ path: ['siteId'], message: 'Unknown site' }]);
    const id = insertDoc(ctx, {
      siteId: input.siteId,
      kind: 'count',
      occurredAt: normaliseOccurredAt(input.occurredAt, ctx.now()),
      backdateReason: input.backdateReason ?? '',
      counterpartyOrgId: null,
      otherSiteId: null,
      ownerOrgId: null,
      toOwnerOrgId: null,
      reasonCode: input.reasonCode,
      reference: '',
      notes: input.notes ?? '',
      countCategory: input.category ?? null,
      countBlind: input.blind,
      relatedDocumentId: null,
      reversesDocumentId: null,
    });
    const expected = all<{ lotId: string; itemId: string; condition: string; quantity: number }>(
      ctx.sqlite,
      `SELECT b.lot_id AS lotId, b.item_id AS itemId, b.condition, b.quantity FROM stock_balances b
       JOIN items i ON i.id = b.item_id JOIN stock_lots l ON l.id = b.lot_id JOIN organisations o ON o.id = l.owner_org_id
       WHERE b.site_id = ? AND b.condition IN ('good', 'damaged', 'quarantined') AND b.quantity > 0 AND (? IS NULL OR i.category = ?)
       ORDER BY i.code, coalesce(l.expiry_date, '9999-12-31'), l.lot_number, o.short_name, b.condition`,
      input.siteId,
      input.category ?? null,
      input.category ?? null,
    );
    expected.forEach((e, i) =>
      insertRecord(ctx, 'stock_count_lines', {
        document_id: id,
        line_no: i + 1,
        lot_id: e.lotId,
        item_id: e.itemId,
        condition: e.condition,
        expected: e.quantity,
      }),
    );
    recordAudit(ctx, [
      { entity: 'stock_document', entityId: id, before: null, after: { ...loadDoc(ctx.sqlite, id), lines: expected.length } },
    ]);
    return id;
  });
  return countSheet(ctx, { id, onlyDifferences: false, onlyUncounted: false, offset: 0, limit: 20_000 });
}

export function countSheet(ctx: ServiceContext, q: z.output<typeof countSheetInput>): CountSheet {
  const document = documentView(ctx.sqlite, q.id);
  if (document.kind !== 'count') throw invalid('This document is not a count sheet', [{ path: ['id'], message: 'Not a count sheet' }]);
  const hide = hidesExpected(document);
  if (hide && q.onlyDifferences)
    throw invalid('This is a blind count: its differences are shown once the sheet is submitted for approval', [
      { path: ['onlyDifferences'], message: 'Hidden until submitted' },
    ]);
  const f = new Filters({ limit: q.limit, offset: q.offset });
  f.add(q.id, 'c.document_id = @id', 'id');
  if (q.onlyDifferences) f.where.push('c.counted IS NOT NULL AND c.counted <> c.expected');
  if (q.onlyUncounted) f.where.push('c.counted IS NULL');
  f.searchItems(q.search, 'c.item_id', ['l.lot_number']);
  const whereSql = f.sql();
  const total = (
    ctx.sqlite
      .prepare(
        `SELECT count(*) AS n FROM stock_count_lines c JOIN stock_lots l ON l.id = c.lot_id JOIN items i ON i.id = c.item_id ${whereSql}`,
      )
      .get(f.params) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(`${LINE_SELECT} ${whereSql} ORDER BY c.line_no LIMIT @limit OFFSET @offset`)
    .all(f.params) as StoredLine[];
  const summary = one<{ lines: number; counted: number; withDifference: number; netDifference: number }>(
    ctx.sqlite,
    `SELECT count(*) AS lines, count(counted) AS counted,
       coalesce(sum(CASE WHEN counted IS NOT NULL AND counted <> expected THEN 1 ELSE 0 END), 0) AS withDifference,
       coalesce(sum(CASE WHEN counted IS NOT NULL THEN counted - expected ELSE 0 END), 0) AS netDifference
     FROM stock_count_lines WHERE document_id = ?`,
    q.id,
  )!;
  return {
    document,
    summary: {
      ...summary,
      uncounted: summary.lines - summary.counted,
      ...(hide ? { withDifference: null, netDifference: null } : {}),
    },
    total,
    offset: q.offset,
    limit: q.limit,
    rows: rows.map((r) => lineView(r, hide)),
  };
}

/** Writes one counted quantity; clearing it (null) also clears when and by whom it was counted. */
function writeCounted(ctx: ServiceContext, lineId: string, counted: number | null, now: string): void {
  updateRecord(ctx, 'stock_count_lines', lineId, {
    counted,
    counted_at: counted === null ? null : now,
    counted_by: counted === null ? null : ctx.operator(),
  });
}

/** One counted cell: two indexed reads, one update and one audit row. */
export function setCountLine(ctx: ServiceContext, input: z.output<typeof setCountLineInput>): CountLineView {
  return inTransaction(ctx, () => {
    const row = one<{ documentId: string; version: number; lineNo: number; counted: number | null }>(
      ctx.sqlite,
      'SELECT document_id AS documentId, version, line_no AS lineNo, counted FROM stock_count_lines WHERE id = ?',
      input.lineId,
    );
    if (!row) throw notFound(say('stockCore.noun.countLine'), input.lineId);
    const doc = countFor(ctx, row.documentId, 'count');
    checkVersion(say('stockCore.countLineNamed', { line: row.lineNo }), row.version, input.version);
    writeCounted(ctx, input.lineId, input.counted, ctx.now());
    recordAudit(ctx, [
      { entity: 'stock_count_line', entityId: input.lineId, before: { counted: row.counted }, after: { counted: input.counted } },
    ]);
    return countLine(ctx, input.lineId, doc);
  });
}

/** A pasted block of counted quantities, all or nothing. */
export function setCountLines(ctx: ServiceContext, input: z.output<typeof setCountLinesInput>): CountLineView[] {
  return inTransaction(ctx, () => {
    const doc = countFor(ctx, input.documentId, 'count');
    const issues: FieldIssue[] = [];
    const stale: FieldIssue[] = [];
    const before = new Map<string, number | null>();
    input.lines.forEach((l, i) => {
      const row = one<{ documentId: string; version: number; lineNo: number; counted: number | null }>(
        ctx.sqlite,
        'SELECT document_id AS documentId, version, line_no AS lineNo, counted FROM stock_count_lines WHERE id = ?',
        l.lineId,
      );
      if (!row || row.documentId !== input.documentId) issues.push({ path: ['lines', i, 'lineId'], message: say('stockCore.notOnSheet') });
      else if (before.has(l.lineId)) issues.push({ path: ['lines', i, 'lineId'], message: say('stockCore.lineGivenTwice') });
      else if (row.version !== l.version)
        stale.push({
          path: ['lines', i, 'version'],
          message: say('stockCore.countLineStale', { line: row.lineNo }),
        });
      else before.set(l.lineId, row.counted);
    });
    if (issues.length > 0) throw refuse('invalid_input', issues);
    if (stale.length > 0) throw conflict(stale[0].message, stale);
    const now = ctx.now();
    for (const l of input.lines) writeCounted(ctx, l.lineId, l.counted, now);
    recordAudit(
      ctx,
      input.lines.map((l) => ({
        entity: 'stock_count_line',
        entityId: l.lineId,
        before: { counted: before.get(l.lineId) },
        after: { counted: l.counted },
      })),
    );
    return input.lines.map((l) => countLine(ctx, l.lineId, doc));
  });
}
