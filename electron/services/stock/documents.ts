import type { z } from 'zod';
import type { FieldIssue } from '../../api/result';
import type {
  createDocumentInput,
  postDocumentInput,
  removeLinesInput,
  saveLinesInput,
  StockDocumentDetail,
  updateDocumentInput,
} from '../../api/stock';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, conflict } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { deleteRecords, updateRecord } from '../core/write';
import { normaliseOccurredAt } from './dates';
import { expectedArrivalOf } from './expected-arrival';
import { documentDetail } from './document-views';
import { insertDoc, insertLine, loadDoc, loadForAction, loadLines, nextLineNo, touchDoc, updateLine, type DocRow } from './document-rows';
import { refuse } from './errors';
import { checkHeaderRefs } from './header';
import { normaliseLine, type LineValues } from './lines';
import { Lookups } from './lookups';
import { say } from '../../api/i18n';
import { lotOfNewBatch, postDraft } from './post';

const ENTITY = 'stock_document';

/** Creates a draft (and posts it at once when asked), one transaction either way. */
export function createDocument(ctx: ServiceContext, input: z.output<typeof createDocumentInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const look = new Lookups(ctx.sqlite);
    const issues: FieldIssue[] = [];
    const header = {
      siteId: input.siteId,
      counterpartyOrgId: input.counterpartyOrgId ?? null,
      otherSiteId: input.otherSiteId ?? null,
      ownerOrgId: input.ownerOrgId ?? null,
      toOwnerOrgId: input.toOwnerOrgId ?? null,
      reasonCode: input.reasonCode ?? null,
    };
    checkHeaderRefs(look, input.kind, header, issues);
    const occurredAt = normaliseOccurredAt(input.occurredAt, ctx.now());
    const expectedArrival = expectedArrivalOf(input.kind, occurredAt, input.expectedArrival, null, issues);
    const values: LineValues[] = [];
    input.lines.forEach((line, i) => {
      const v = normaliseLine(look, input.kind, line, ['lines', i], issues);
      if (v) values.push(v);
    });
    if (issues.length > 0) throw refuse('invalid_input', issues);
    const id = insertDoc(ctx, {
      ...header,
      kind: input.kind,
      occurredAt,
      reference: input.reference ?? '',
      notes: input.notes ?? '',
      backdateReason: input.backdateReason ?? '',
      expectedArrival,
      countCategory: null,
      relatedDocumentId: null,
      reversesDocumentId: null,
    });
    if (input.post) {
      // Posting in the same transaction would create these lots anyway; creating them first lets
      // each line be inserted with its lot instead of updated afterwards (receipt posting speed).
      for (const v of values)
        if (!v.lotId) v.lotId = lotOfNewBatch(ctx, look, { kind: input.kind, counterpartyOrgId: header.counterpartyOrgId }, v);
    }
    values.forEach((v, i) => insertLine(ctx, id, i + 1, v));
    if (input.post) postDraft(ctx, look, id);
    const detail = documentDetail(ctx.sqlite, id);
    recordAudit(ctx, [{ entity: ENTITY, entityId: id, before: null, after: auditShape(detail) }]);
    return detail;
  });
}

/** Changes a draft's header; absent fields stay, empty ones are cleared. */
export function updateDocument(ctx: ServiceContext, input: z.output<typeof updateDocumentInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const doc = loadForAction(ctx.sqlite, input.id, 'edit', input.version);
    const look = new Lookups(ctx.sqlite);
    const pick = <K extends 'counterpartyOrgId' | 'otherSiteId' | 'ownerOrgId' | 'toOwnerOrgId' | 'reasonCode'>(k: K) =>
      input[k] === undefined ? doc[k] : (input[k] ?? null);
    const header = {
      siteId: doc.siteId,
      counterpartyOrgId: pick('counterpartyOrgId'),
      otherSiteId: pick('otherSiteId'),
      ownerOrgId: pick('ownerOrgId'),
      toOwnerOrgId: pick('toOwnerOrgId'),
      reasonCode: pick('reasonCode'),
    };
    const issues: FieldIssue[] = [];
    checkHeaderRefs(look, doc.kind, header, issues);
    const occurredAt = input.occurredAt === undefined ? doc.occurredAt : normaliseOccurredAt(input.occurredAt, ctx.now());
    const expectedArrival = expectedArrivalOf(doc.kind, occurredAt, input.expectedArrival, doc.expectedArrival, issues);
    if (issues.length > 0) throw refuse('invalid_input', issues);
    updateRecord(ctx, 'stock_documents', doc.id, {
      occurred_at: occurredAt,
      counterparty_org_id: header.counterpartyOrgId,
      other_site_id: header.otherSiteId,
      owner_org_id: header.ownerOrgId,
      to_owner_org_id: header.toOwnerOrgId,
      reason_code: header.reasonCode,
      reference: input.reference ?? doc.reference,
      notes: input.notes ?? doc.notes,
      backdate_reason: input.backdateReason ?? doc.backdateReason,
      expected_arrival: expectedArrival,
    });
    recordAudit(ctx, [{ entity: ENTITY, entityId: doc.id, before: doc, after: loadDoc(ctx.sqlite, doc.id) }]);
    return documentDetail(ctx.sqlite, doc.id);
  });
}

/** Deletes a draft and its lines. Posted documents are never deleted (reverse them). */
export function deleteDocument(ctx: ServiceContext, { id, version }: { id: string; version: number }): { id: string } {
  return inTransaction(ctx, () => {
    const doc = loadForAction(ctx.sqlite, id, 'delete', version);
    const before = documentDetail(ctx.sqlite, id);
    deleteRecords(ctx, 'stock_document_lines', 'document_id', id);
    deleteRecords(ctx, 'stock_count_lines', 'document_id', id);
    deleteRecords(ctx, 'stock_documents', 'id', doc.id);
    recordAudit(ctx, [{ entity: ENTITY, entityId: id, before: auditShape(before), after: null }]);
    return { id };
  });
}

/** Creates or updates draft lines, all or nothing. */
export function saveLines(ctx: ServiceContext, input: z.output<typeof saveLinesInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const doc = loadForAction(ctx.sqlite, input.documentId, 'editLines', null);
    const look = new Lookups(ctx.sqlite);
    const existing = new Map(loadLines(ctx.sqlite, doc.id).map((l) => [l.id, l]));
    const issues: FieldIssue[] = [];
    const stale: FieldIssue[] = [];
    const work: { id?: string; v: LineValues }[] = [];
    const given = new Map<string, number>();
    input.lines.forEach((line, i) => {
      if (line.id) {
        if (given.has(line.id)) {
          issues.push({
            path: ['lines', i, 'id'],
            message: say('stockCore.lineTwice', { line: given.get(line.id)! + 1 }),
          });
          return;
        }
        given.set(line.id, i);
        const old = existing.get(line.id);
        if (!old) {
          issues.push({ path: ['lines', i, 'id'], message: say('stockCore.lineGone') });
          return;
        }
        if (line.version !== old.version) {
          stale.push({
            path: ['lines', i, 'version'],
            message: say('stockCore.lineStale', { line: old.lineNo }),
          });
          return;
        }
      }
      const v = normaliseLine(look, doc.kind, line, ['lines', i], issues);
      if (v) work.push({ id: line.id, v });
    });
    if (stale.length > 0) throw conflict(stale[0].message, stale);
    if (issues.length > 0) throw refuse('invalid_input', issues);
    let lineNo = nextLineNo(ctx.sqlite, doc.id);
    for (const w of work) {
      if (w.id) updateLine(ctx, w.id, w.v);
      else insertLine(ctx, doc.id, lineNo++, w.v);
    }
    touchDoc(ctx, doc.id);
    const detail = documentDetail(ctx.sqlite, doc.id);
    recordAudit(ctx, [{ entity: ENTITY, entityId: doc.id, before: { lines: [...existing.values()] }, after: { lines: detail.lines } }]);
    return detail;
  });
}

export function removeLines(ctx: ServiceContext, input: z.output<typeof removeLinesInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const doc = loadForAction(ctx.sqlite, input.documentId, 'editLines', null);
    const existing = new Map(loadLines(ctx.sqlite, doc.id).map((l) => [l.id, l]));
    const ids = input.lines.map((l) => l.id);
    const issues: FieldIssue[] = input.lines
      .map((l, i) => (existing.has(l.id) ? null : { path: ['lines', i, 'id'], message: say('stockCore.lineGone') }))
      .filter((x): x is FieldIssue => x !== null);
    if (issues.length > 0) throw refuse('invalid_input', issues);
    input.lines.forEach((l, i) =>
      checkVersion(say('stockCore.lineNamed', { line: existing.get(l.id)!.lineNo }), existing.get(l.id)!.version, l.version, [
        'lines',
        i,
        'version',
      ]),
    );
    for (const id of ids) deleteRecords(ctx, 'stock_document_lines', 'id', id);
    touchDoc(ctx, doc.id);
    recordAudit(ctx, [{ entity: ENTITY, entityId: doc.id, before: { removedLines: ids.map((id) => existing.get(id)) }, after: null }]);
    return documentDetail(ctx.sqlite, doc.id);
  });
}

export function postDocument(ctx: ServiceContext, input: z.output<typeof postDocumentInput>): StockDocumentDetail {
  return inTransaction(ctx, () => {
    const doc = loadForAction(ctx.sqlite, input.id, 'post', input.version);
    const look = new Lookups(ctx.sqlite);
    const { before } = postDraft(ctx, look, doc.id);
    const detail = documentDetail(ctx.sqlite, doc.id);
    recordAudit(ctx, [{ entity: ENTITY, entityId: doc.id, before, after: auditShape(detail) }]);
    return detail;
  });
}

/**
 * Points a posted original at the posted document that answers it (its reversal or its transfer
 * receipt) and audits both; returns the new document.
 */
export function linkToOriginal(
  ctx: ServiceContext,
  id: string,
  original: DocRow,
  link: 'reversed_by_document_id' | 'received_by_document_id',
): StockDocumentDetail {
  updateRecord(ctx, 'stock_documents', original.id, { [link]: id });
  const detail = documentDetail(ctx.sqlite, id);
  recordAudit(ctx, [
    { entity: ENTITY, entityId: id, before: null, after: auditShape(detail) },
    { entity: ENTITY, entityId: original.id, before: original, after: loadDoc(ctx.sqlite, original.id) },
  ]);
  return detail;
}

/** What the audit trail keeps of a document: header and lines (with FEFO override reasons); entries are in the ledger. */
export function auditShape(d: StockDocumentDetail): unknown {
  // The workflow view is derived from the stored columns; the audit keeps only what is stored.
  const { workflow: _workflow, ...document } = d.document;
  return {
    ...document,
    lines: d.lines.map((l) => ({
      lineNo: l.lineNo,
      itemCode: l.itemCode,
      lotId: l.lotId,
      lotNumber: l.lotNumber,
      expiryDate: l.expiryDate,
      owner: l.ownerShortName,
      condition: l.condition,
      toCondition: l.toCondition,
      direction: l.direction,
      quantity: l.quantity,
      ...(l.packName ? { packName: l.packName, packCount: l.packCount } : {}),
      ...(l.damagedQuantity || l.shortQuantity ? { damaged: l.damagedQuantity, short: l.shortQuantity } : {}),
      ...(l.fefoOverrideReason ? { fefoOverrideReason: l.fefoOverrideReason } : {}),
    })),
    entries: d.entries.length,
  };
}
