import type { DocumentStatus, StockDocumentAction, StockDocumentKind, StockDocumentState } from '../../api/vocabularies';
import { stockDocuments } from '../../../db/schema';
import type { FreezeSpec } from './freeze-trigger';
import type { ActionDefinition, Requirement, StateDefinition, WorkflowDefinition } from './engine';

/**
 * The workflow of each stock document kind, as data: its states, the actions each allows, what
 * posting requires, the permission of each action, and the words for all of it. The stock
 * services ask the engine before every change; the document views return describe() with each
 * document; the freeze trigger on posted documents is generated from STOCK_DOCUMENT_FREEZE.
 */

/** What the workflow reads of a document (a stored row, or the view with its linked numbers). */
export interface StockDocumentFacts {
  kind: StockDocumentKind;
  status: DocumentStatus;
  number: string | null;
  reversedByDocumentId: string | null;
  receivedByDocumentId: string | null;
  reversedByNumber?: string | null;
  receivedByNumber?: string | null;
  counterpartyOrgId: string | null;
  otherSiteId: string | null;
  ownerOrgId: string | null;
  toOwnerOrgId: string | null;
  reasonCode: string | null;
  countBlind: boolean;
  submittedAt: string | null;
}

type Definition = WorkflowDefinition<StockDocumentFacts, StockDocumentState, StockDocumentAction>;
type State = StateDefinition<StockDocumentAction>;

const actions = (
  post: readonly Requirement<StockDocumentFacts>[] = [],
): Record<StockDocumentAction, ActionDefinition<StockDocumentFacts>> => ({
  edit: { label: 'Edit', permission: 'stock.edit' },
  editLines: { label: 'Edit lines', permission: 'stock.edit' },
  delete: { label: 'Delete draft', permission: 'stock.edit', final: true },
  post: { label: 'Post', permission: 'stock.edit', final: true, requires: post },
  reverse: {
    label: 'Reverse',
    permission: 'stock.approve',
    final: true,
    inputs: [{ field: 'reason', label: 'Reason for the reversal' }],
  },
  // The receiving side confirms: its operators, at the destination site, will need the permission.
  receive: { label: 'Confirm receipt', permission: 'stock.edit', side: 'destination', final: true },
  count: { label: 'Count', permission: 'stock.edit' },
  // The counter hands the sheet over; a blind count shows its expected quantities from then on.
  submit: { label: 'Submit for approval', permission: 'stock.edit' },
  approve: {
    label: 'Approve',
    permission: 'stock.approve',
    final: true,
    guards: [
      {
        when: (d) => d.kind === 'count' && d.countBlind && !d.submittedAt,
        message: 'A blind count is approved after it is submitted: submit the sheet first (its expected quantities are shown then)',
      },
    ],
  },
});

/** Refusals every kind shares, whatever its state. */
const notThisKind: Definition['refusals'] = {
  receive: 'Choose a posted transfer to receive',
  count: 'This document is not a count sheet',
  submit: 'This document is not a count sheet',
  approve: 'This document is not a count sheet',
};

const POSTED_IS_FINAL = 'Document {number} is posted and cannot be changed; reverse it instead';
const postedRefusals: State['refusals'] = {
  edit: POSTED_IS_FINAL,
  editLines: POSTED_IS_FINAL,
  delete: 'Document {number} is posted and cannot be deleted; reverse it instead',
  post: POSTED_IS_FINAL,
};

const draft: State = {
  label: 'Draft',
  final: false,
  actions: ['edit', 'editLines', 'delete', 'post'],
  refusals: { reverse: 'Only posted documents are reversed; edit or delete the draft instead' },
};
const posted: State = { label: 'Posted', final: true, actions: ['reverse'], refusals: postedRefusals };
const reversed: State = {
  label: 'Reversed',
  detail: 'by {reversedByNumber}',
  final: true,
  actions: [],
  refusals: { ...postedRefusals, reverse: '{number} is already reversed by {reversedByNumber}' },
};
/** Draft → posted → reversed: receipts, issues, adjustments, losses, damage, condition and ownership changes. */
function movement(label: string, post: Requirement<StockDocumentFacts>[]): Definition {
  return {
    label,
    stateOf: (d) => (d.status === 'draft' ? 'draft' : d.reversedByDocumentId ? 'reversed' : 'posted'),
    states: { draft, posted, reversed },
    actions: actions(post),
    refusals: notThisKind,
  };
}

const reason = (kind: string): Requirement<StockDocumentFacts> => ({ fields: ['reasonCode'], message: `A ${kind} needs a reason code` });

/** The definition of each kind (one per kind: what a kind is, in one place). */
export const STOCK_DOCUMENT_WORKFLOWS: Record<StockDocumentKind, Definition> = {
  receipt: movement('goods received note', [
    {
      fields: ['counterpartyOrgId', 'otherSiteId'],
      message: 'Say where the goods came from: the donor/supplier, or the site that sent them',
    },
  ]),
  issue: movement('issue', [
    { fields: ['counterpartyOrgId'], message: 'Say who receives the goods (consignee organisation)' },
    { fields: ['ownerOrgId'], message: 'Say whose stock is issued: one owner’s stock is never issued for another' },
  ]),
  adjustment: movement('adjustment', [reason('adjustment')]),
  loss: movement('loss', [reason('loss')]),
  damage: movement('damage', [reason('damage')]),
  condition_change: movement('condition change', []),
  ownership_transfer: movement('ownership transfer', [
    { fields: ['ownerOrgId'], message: 'Say whose stock changes hands (current owner)' },
    { fields: ['toOwnerOrgId'], message: 'Choose the new owner' },
    reason('ownership transfer'),
  ]),

  /** Draft → in transit → received by the destination (or reversed while still in transit). */
  transfer_out: {
    label: 'transfer',
    stateOf: (d) =>
      d.status === 'draft' ? 'draft' : d.reversedByDocumentId ? 'reversed' : d.receivedByDocumentId ? 'received' : 'in_transit',
    states: {
      draft,
      in_transit: { label: 'Posted · in transit', final: true, actions: ['reverse', 'receive'], refusals: postedRefusals },
      received: {
        label: 'Received',
        detail: '({receivedByNumber})',
        final: true,
        actions: [],
        refusals: {
          ...postedRefusals,
          reverse: '{number} was received at the destination ({receivedByNumber}); send the goods back with a new transfer instead',
          receive: '{number} was already received ({receivedByNumber})',
        },
        explain: ['reverse'],
      },
      reversed: {
        ...reversed,
        refusals: { ...reversed.refusals, receive: '{number} was reversed; there is nothing in transit to receive' },
      },
    },
    actions: actions([{ fields: ['otherSiteId'], message: 'Choose the destination site' }]),
    refusals: notThisKind,
  },

  /** Written posted by the receiving side; final at once. */
  transfer_in: {
    label: 'transfer receipt',
    stateOf: () => 'posted',
    states: {
      posted: {
        ...posted,
        actions: [],
        refusals: {
          ...postedRefusals,
          reverse: '{number} confirms a transfer receipt and cannot be reversed; correct the stock at this site with an adjustment',
        },
        explain: ['reverse'],
      },
    },
    actions: actions(),
    refusals: notThisKind,
  },

  /** Written posted by a reversal; final at once. */
  reversal: {
    label: 'reversal',
    stateOf: () => 'posted',
    states: {
      posted: {
        ...posted,
        actions: [],
        refusals: {
          ...postedRefusals,
          reverse: '{number} is itself a reversal; post the original movement again as a new document instead',
        },
        explain: ['reverse'],
      },
    },
    actions: actions(),
    refusals: notThisKind,
  },

  /** Counting (a draft sheet) → approved and closed (its differences posted as an adjustment). */
  count: {
    label: 'count sheet',
    stateOf: (d) => (d.status !== 'draft' ? 'posted' : d.submittedAt ? 'submitted' : 'draft'),
    states: {
      draft: {
        label: 'Counting',
        final: false,
        actions: ['edit', 'count', 'submit', 'approve', 'delete'],
        refusals: {
          post: 'A count sheet is posted by approving it (stock.count.approve)',
          editLines: 'Count sheets are edited with the count operations',
          reverse: 'Only posted documents are reversed; edit or delete the draft instead',
        },
      },
      submitted: {
        label: 'Submitted for approval',
        detail: 'by {submittedBy}',
        final: false,
        actions: ['approve', 'delete'],
        refusals: {
          edit: 'Count sheet was submitted for approval; counting is closed (approve it, or delete it and count again)',
          count: 'Count sheet was submitted for approval; counting is closed (approve it, or delete it and count again)',
          submit: 'Count sheet was already submitted for approval by {submittedBy}',
          post: 'A count sheet is posted by approving it (stock.count.approve)',
          editLines: 'Count sheets are edited with the count operations',
          reverse: 'Only posted documents are reversed; approve or delete the sheet instead',
        },
      },
      posted: {
        label: 'Approved and closed',
        final: true,
        actions: [],
        refusals: {
          ...postedRefusals,
          editLines: 'Count sheets are edited with the count operations',
          count: 'Count sheet {number} is approved and closed; start a new count',
          submit: 'Count sheet {number} is approved and closed; start a new count',
          approve: 'Count sheet {number} is approved and closed; start a new count',
          reverse: '{number} is a count sheet and wrote no stock; reverse its adjustment document instead',
        },
        explain: ['reverse'],
      },
    },
    actions: actions(),
    refusals: { receive: notThisKind.receive },
  },
};

/**
 * What freezes when a stock document is final (status posted), for the generated trigger: every
 * column of stock_documents except the write path's stamps and the links set once to the
 * document that answers it. A new column is frozen without anyone listing it.
 */
export const STOCK_DOCUMENT_FREEZE: FreezeSpec<typeof stockDocuments> = {
  table: stockDocuments,
  trigger: 'stock_documents_posted_immutable',
  finalStatus: 'posted',
  writable: ['version', 'updatedAt', 'updatedByInstallation'],
  setOnce: ['reversedByDocumentId', 'receivedByDocumentId'],
  message: 'a posted stock document cannot be changed: reverse it instead',
};
