import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StockDocumentDetail, StockLineInput } from '../../electron/api/stock';
import {
  STOCK_DOCUMENT_ACTIONS,
  type StockDocumentAction,
  type StockDocumentKind,
  type StockDocumentState,
} from '../../electron/api/vocabularies';
import { verdict } from '../../electron/services/workflow/engine';
import { STOCK_DOCUMENT_WORKFLOWS } from '../../electron/services/workflow/stock-documents';
import { writeSnapshot } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Workflow definitions, table-driven over real SQLite: for every stock document kind, a document
 * is brought into each of its states, then every action is tried through the operation that does
 * it. The table below (written out by hand, not read from the definitions) says which actions are
 * allowed; an allowed one must succeed and be offered in the document's `workflow.actions`; a
 * refused one must answer the definition's message and leave the file exactly as it was.
 */

const DRAFT_ACTIONS: StockDocumentAction[] = ['edit', 'editLines', 'delete', 'post'];
const ALLOWED: Record<StockDocumentKind, Partial<Record<StockDocumentState, StockDocumentAction[]>>> = {
  receipt: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  issue: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  adjustment: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  loss: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  damage: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  condition_change: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  ownership_transfer: { draft: DRAFT_ACTIONS, posted: ['reverse'], reversed: [] },
  transfer_out: { draft: DRAFT_ACTIONS, in_transit: ['reverse', 'receive'], received: [], reversed: [] },
  transfer_in: { posted: [] },
  reversal: { posted: [] },
  count: { draft: ['edit', 'count', 'submit', 'approve', 'delete'], submitted: ['approve', 'delete'], posted: [] },
};

/** Refusals whose words matter to the user, checked word for word (the rest: the definition's message). */
const MESSAGES: Partial<Record<`${StockDocumentKind}.${StockDocumentState}.${StockDocumentAction}`, RegExp>> = {
  'receipt.draft.reverse': /^Only posted documents are reversed; edit or delete the draft instead$/,
  'receipt.posted.edit': /^Document FOB-N-GRN-\d{4}-\d{5} is posted and cannot be changed; reverse it instead$/,
  'issue.posted.post': /^Document FOB-N-ISS-\d{4}-\d{5} is posted and cannot be changed; reverse it instead$/,
  'loss.reversed.reverse': /^FOB-N-LOS-\d{4}-\d{5} is already reversed by FOB-N-REV-\d{4}-\d{5}$/,
  'transfer_out.received.reverse':
    /^FOB-N-TRO-\d{4}-\d{5} was received at the destination \(WH-A-TRI-\d{4}-\d{5}\); send the goods back with a new transfer instead$/,
  'transfer_out.received.receive': /^FOB-N-TRO-\d{4}-\d{5} was already received \(WH-A-TRI-\d{4}-\d{5}\)$/,
  'transfer_out.reversed.receive': /^FOB-N-TRO-\d{4}-\d{5} was reversed; there is nothing in transit to receive$/,
  'transfer_out.draft.receive': /^Choose a posted transfer to receive$/,
  'transfer_in.posted.reverse': /cannot be reversed; correct the stock at this site with an adjustment$/,
  'reversal.posted.reverse': /is itself a reversal; post the original movement again as a new document instead$/,
  'count.draft.post': /^A count sheet is posted by approving it$/,
  'count.draft.editLines': /^Count sheets are edited with the count operations$/,
  'count.posted.count': /^Count sheet FOB-N-CNT-\d{4}-\d{5} is approved and closed; start a new count$/,
  'count.submitted.count': /^Count sheet was submitted for approval; counting is closed \(approve it, or delete it and count again\)$/,
  'count.submitted.submit': /^Count sheet was already submitted for approval by Capt\. Test$/,
  'issue.draft.submit': /^This document is not a count sheet$/,
  'count.posted.reverse': /is a count sheet and wrote no stock; reverse its adjustment document instead$/,
  'receipt.posted.approve': /^This document is not a count sheet$/,
};

let w: StockWorld;
let tentLot: string;

beforeAll(async () => {
  w = await stockWorld();
  const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 100_000 }]);
  tentLot = grn.lines[0].lotId!;
});
afterAll(() => w.t.cleanup());

/** A complete draft of each user-made kind: posting it succeeds. */
function draftInput(kind: StockDocumentKind) {
  const take: StockLineInput = { lotId: tentLot, quantity: 1 };
  const base = { siteId: w.site.fob, lines: [] as StockLineInput[] };
  switch (kind) {
    case 'receipt':
      return { ...base, kind, counterpartyOrgId: w.org.wfp, lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }] };
    case 'issue':
      return { ...base, kind, counterpartyOrgId: w.org.ngo, ownerOrgId: w.org.wfp, lines: [take] };
    case 'transfer_out':
      return { ...base, kind, otherSiteId: w.site.wh, ownerOrgId: w.org.wfp, lines: [take] };
    case 'adjustment':
      return { ...base, kind, reasonCode: 'found' as const, lines: [{ ...take, direction: 'increase' as const }] };
    case 'loss':
      return { ...base, kind, reasonCode: 'theft' as const, lines: [take] };
    case 'damage':
      return { ...base, kind, reasonCode: 'handling' as const, lines: [take] };
    case 'condition_change':
      return { ...base, kind, reasonCode: 'quality_hold' as const, lines: [{ ...take, toCondition: 'quarantined' as const }] };
    case 'ownership_transfer':
      return { ...base, kind, ownerOrgId: w.org.wfp, toOwnerOrgId: w.org.unicef, reasonCode: 'loan' as const, lines: [take] };
    default:
      throw new Error(`${kind} is not made as a draft`);
  }
}

const get = (id: string) => w.call('stock.documents.get', { id });

/** Brings a new document of `kind` into `state`; returns its id. */
async function documentIn(kind: StockDocumentKind, state: StockDocumentState): Promise<string> {
  if (kind === 'count') {
    // Every line counted, so approving is possible (it refuses a sheet with uncounted lines, a rule of its data).
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob, category: 'shelter' });
    await w.call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: sheet.rows.map((l) => ({ lineId: l.id, version: l.version, counted: l.expected ?? 0 })),
    });
    if (state === 'draft') return sheet.document.id;
    if (state === 'submitted')
      return (await w.call('stock.count.submit', { id: sheet.document.id, version: (await get(sheet.document.id)).document.version }))
        .document.id;
    return (await w.call('stock.count.approve', { id: sheet.document.id, version: (await get(sheet.document.id)).document.version })).count
      .id;
  }
  if (kind === 'transfer_in' || kind === 'reversal') {
    const source = await w.post(draftInput(kind === 'transfer_in' ? 'transfer_out' : 'issue'));
    const made: StockDocumentDetail =
      kind === 'transfer_in'
        ? await w.call('stock.transfer.receive', { transferId: source.document.id, version: source.document.version })
        : await w.call('stock.documents.reverse', {
            id: source.document.id,
            version: source.document.version,
            reason: 'Made for the workflow test',
          });
    return made.document.id;
  }
  if (state === 'draft') return (await w.call('stock.documents.create', draftInput(kind))).document.id;
  const doc = await w.post(draftInput(kind));
  const { id, version } = doc.document;
  if (state === 'reversed') await w.call('stock.documents.reverse', { id, version, reason: 'Made for the workflow test' });
  if (state === 'received') await w.call('stock.transfer.receive', { transferId: id, version });
  return doc.document.id;
}

/** The operation that does each action, with an input it would accept. */
async function attempt(action: StockDocumentAction, id: string, kind: StockDocumentKind) {
  const { version } = (await get(id)).document;
  switch (action) {
    case 'edit':
      return w.t.core.invoke('stock.documents.update', { id, version, notes: 'Edited by the workflow test' });
    case 'editLines':
      return w.t.core.invoke('stock.lines.save', { documentId: id, lines: draftInput(userMade(kind)).lines });
    case 'delete':
      return w.t.core.invoke('stock.documents.delete', { id, version });
    case 'post':
      return w.t.core.invoke('stock.documents.post', { id, version });
    case 'reverse':
      return w.t.core.invoke('stock.documents.reverse', { id, version, reason: 'Tried by the workflow test' });
    case 'receive':
      return w.t.core.invoke('stock.transfer.receive', { transferId: id, version });
    case 'count': {
      const sheet = kind === 'count' ? await w.call('stock.count.get', { id }) : null;
      const lines = sheet
        ? sheet.rows.map((l) => ({ lineId: l.id, version: l.version, counted: l.expected ?? 0 }))
        : [{ lineId: randomUUID(), version: 1, counted: 1 }];
      return w.t.core.invoke('stock.count.setLines', { documentId: id, lines });
    }
    case 'submit':
      return w.t.core.invoke('stock.count.submit', { id, version });
    case 'approve':
      return w.t.core.invoke('stock.count.approve', { id, version });
  }
}
/** Kinds made by other operations take an issue's line (their refusal comes before the line is read). */
const userMade = (kind: StockDocumentKind): StockDocumentKind => (['transfer_in', 'reversal', 'count'].includes(kind) ? 'issue' : kind);

describe('workflow definitions: every kind, every state, every action', () => {
  for (const [kind, states] of Object.entries(ALLOWED) as [
    StockDocumentKind,
    Partial<Record<StockDocumentState, StockDocumentAction[]>>,
  ][]) {
    it(`${kind}: the definition has exactly the states of the table`, () => {
      expect(Object.keys(STOCK_DOCUMENT_WORKFLOWS[kind].states).sort()).toEqual(Object.keys(states).sort());
    });
    for (const [state, allowed] of Object.entries(states) as [StockDocumentState, StockDocumentAction[]][]) {
      it(`${kind} · ${state}: offers ${allowed.join(', ') || 'nothing'}`, async () => {
        const id = await documentIn(kind, state);
        const doc = (await get(id)).document;
        expect(doc.workflow.state).toBe(state);
        expect(doc.workflow.actions.map((a) => a.action).sort()).toEqual([...allowed].sort());
      });
      for (const action of STOCK_DOCUMENT_ACTIONS) {
        const ok = allowed.includes(action);
        it(`${kind} · ${state} · ${action}: ${ok ? 'allowed' : 'refused'}`, async () => {
          const id = await documentIn(kind, state);
          const before = { file: writeSnapshot(w.t.core), doc: await get(id) };
          const r = await attempt(action, id, kind);
          if (ok) {
            expect(r.ok, JSON.stringify(r)).toBe(true);
            return;
          }
          expect(r.ok).toBe(false);
          if (r.ok) return;
          const expected = verdict(STOCK_DOCUMENT_WORKFLOWS[kind], before.doc.document, action);
          expect(expected.allowed).toBe(false);
          if (expected.allowed) return;
          expect(r.error).toEqual({ code: expected.code, message: expected.message });
          const words = MESSAGES[`${kind}.${state}.${action}`];
          if (words) expect(r.error.message).toMatch(words);
          // Refusal changes nothing: no row added or removed anywhere, no audit, the document as it was.
          expect(writeSnapshot(w.t.core)).toEqual(before.file);
          expect(await get(id)).toEqual(before.doc);
        });
      }
    }
  }

  it('every worded refusal of the table is a case above', () => {
    for (const key of Object.keys(MESSAGES)) {
      const [kind, state, action] = key.split('.') as [StockDocumentKind, StockDocumentState, StockDocumentAction];
      expect(ALLOWED[kind][state], key).toBeDefined();
      expect(ALLOWED[kind][state]).not.toContain(action);
    }
  });
});
