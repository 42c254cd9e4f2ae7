import type { DocumentStatus, StockDocumentAction, StockDocumentKind, StockDocumentState } from '../../api/vocabularies';
import { stockDocuments } from '../../../db/schema';
import type { FreezeSpec } from './freeze-trigger';
import type { ActionDefinition, Requirement, StateDefinition, Text, WorkflowDefinition } from './engine';

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
  edit: { label: { key: 'stockFlow.action.edit' }, permission: 'stock.edit' },
  editLines: { label: { key: 'stockFlow.action.editLines' }, permission: 'stock.edit' },
  delete: { label: { key: 'stockFlow.action.delete' }, permission: 'stock.edit', final: true },
  post: { label: { key: 'stockFlow.action.post' }, permission: 'stock.edit', final: true, requires: post },
  reverse: {
    label: { key: 'stockFlow.action.reverse' },
    permission: 'stock.approve',
    final: true,
    inputs: [{ field: 'reason', label: { key: 'stockFlow.reversalReason' } }],
  },
  // The receiving side confirms: its operators, at the destination site, will need the permission.
  receive: { label: { key: 'stockFlow.action.receive' }, permission: 'stock.edit', side: 'destination', final: true },
  count: { label: { key: 'stockFlow.action.count' }, permission: 'stock.edit' },
  // The counter hands the sheet over; a blind count shows its expected quantities from then on.
  submit: { label: { key: 'stockFlow.action.submit' }, permission: 'stock.edit' },
  approve: {
    label: { key: 'stockFlow.action.approve' },
    permission: 'stock.approve',
    final: true,
    guards: [{ when: (d) => d.kind === 'count' && d.countBlind && !d.submittedAt, message: { key: 'stockFlow.blindApproveFirst' } }],
  },
});

/** Refusals every kind shares, whatever its state. */
const notThisKind: Definition['refusals'] = {
  receive: { key: 'stockFlow.notTransfer' },
  count: { key: 'stockFlow.notCount' },
  submit: { key: 'stockFlow.notCount' },
  approve: { key: 'stockFlow.notCount' },
};

const POSTED_IS_FINAL: Text = { key: 'stockFlow.postedIsFinal' };
const postedRefusals: State['refusals'] = {
  edit: POSTED_IS_FINAL,
  editLines: POSTED_IS_FINAL,
  delete: { key: 'stockFlow.postedNoDelete' },
  post: POSTED_IS_FINAL,
};

const draft: State = {
  label: { key: 'stockFlow.state.draft' },
  final: false,
  actions: ['edit', 'editLines', 'delete', 'post'],
  refusals: { reverse: { key: 'stockFlow.onlyPostedReversed' } },
};
const posted: State = { label: { key: 'stockFlow.state.posted' }, final: true, actions: ['reverse'], refusals: postedRefusals };
const reversed: State = {
  label: { key: 'stockFlow.state.reversed' },
  detail: { key: 'stockFlow.byNumber' },
  final: true,
  actions: [],
  refusals: { ...postedRefusals, reverse: { key: 'stockFlow.alreadyReversed' } },
};
/** Draft → posted → reversed: receipts, issues, adjustments, losses, damage, condition and ownership changes. */
function movement(label: Text, post: Requirement<StockDocumentFacts>[]): Definition {
  return {
    label,
    stateOf: (d) => (d.status === 'draft' ? 'draft' : d.reversedByDocumentId ? 'reversed' : 'posted'),
    states: { draft, posted, reversed },
    actions: actions(post),
    refusals: notThisKind,
  };
}

const reason = (message: Text): Requirement<StockDocumentFacts> => ({ fields: ['reasonCode'], message });

/** The definition of each kind (one per kind: what a kind is, in one place). */
export const STOCK_DOCUMENT_WORKFLOWS: Record<StockDocumentKind, Definition> = {
  receipt: movement({ key: 'stockFlow.kind.receipt' }, [
    {
      fields: ['counterpartyOrgId', 'otherSiteId'],
      message: { key: 'stockFlow.needSource' },
    },
  ]),
  issue: movement({ key: 'stockFlow.kind.issue' }, [
    { fields: ['counterpartyOrgId'], message: { key: 'stockFlow.needConsignee' } },
    { fields: ['ownerOrgId'], message: { key: 'stockFlow.needOwnerIssued' } },
  ]),
  adjustment: movement({ key: 'stockFlow.kind.adjustment' }, [reason({ key: 'stockFlow.needReason.adjustment' })]),
  loss: movement({ key: 'stockFlow.kind.loss' }, [reason({ key: 'stockFlow.needReason.loss' })]),
  damage: movement({ key: 'stockFlow.kind.damage' }, [reason({ key: 'stockFlow.needReason.damage' })]),
  condition_change: movement({ key: 'stockFlow.kind.condition_change' }, []),
  ownership_transfer: movement({ key: 'stockFlow.kind.ownership_transfer' }, [
    { fields: ['ownerOrgId'], message: { key: 'stockFlow.needCurrentOwner' } },
    { fields: ['toOwnerOrgId'], message: { key: 'stockFlow.needNewOwner' } },
    reason({ key: 'stockFlow.needReason.ownership_transfer' }),
  ]),

  /** Draft → in transit → received by the destination (or reversed while still in transit). */
  transfer_out: {
    label: { key: 'stockFlow.kind.transfer_out' },
    stateOf: (d) =>
      d.status === 'draft' ? 'draft' : d.reversedByDocumentId ? 'reversed' : d.receivedByDocumentId ? 'received' : 'in_transit',
    states: {
      draft,
      in_transit: { label: { key: 'stockFlow.state.inTransit' }, final: true, actions: ['reverse', 'receive'], refusals: postedRefusals },
      received: {
        label: { key: 'stockFlow.state.received' },
        detail: { key: 'stockFlow.receivedNumber' },
        final: true,
        actions: [],
        refusals: {
          ...postedRefusals,
          reverse: { key: 'stockFlow.receivedNoReverse' },
          receive: { key: 'stockFlow.alreadyReceived' },
        },
        explain: ['reverse'],
      },
      reversed: {
        ...reversed,
        refusals: { ...reversed.refusals, receive: { key: 'stockFlow.reversedNothing' } },
      },
    },
    actions: actions([{ fields: ['otherSiteId'], message: { key: 'stockFlow.needDestination' } }]),
    refusals: notThisKind,
  },

  /** Written posted by the receiving side; final at once. */
  transfer_in: {
    label: { key: 'stockFlow.kind.transfer_in' },
    stateOf: () => 'posted',
    states: {
      posted: {
        ...posted,
        actions: [],
        refusals: {
          ...postedRefusals,
          reverse: { key: 'stockFlow.receiptNoReverse' },
        },
        explain: ['reverse'],
      },
    },
    actions: actions(),
    refusals: notThisKind,
  },

  /** Written posted by a reversal; final at once. */
  reversal: {
    label: { key: 'stockFlow.kind.reversal' },
    stateOf: () => 'posted',
    states: {
      posted: {
        ...posted,
        actions: [],
        refusals: {
          ...postedRefusals,
          reverse: { key: 'stockFlow.reversalNoReverse' },
        },
        explain: ['reverse'],
      },
    },
    actions: actions(),
    refusals: notThisKind,
  },

  /** Counting (a draft sheet) → approved and closed (its differences posted as an adjustment). */
  count: {
    label: { key: 'stockFlow.kind.count' },
    stateOf: (d) => (d.status !== 'draft' ? 'posted' : d.submittedAt ? 'submitted' : 'draft'),
    states: {
      draft: {
        label: { key: 'stockFlow.state.counting' },
        final: false,
        actions: ['edit', 'count', 'submit', 'approve', 'delete'],
        refusals: {
          post: { key: 'stockFlow.countPostedByApproval' },
          editLines: { key: 'stockFlow.countLines' },
          reverse: { key: 'stockFlow.onlyPostedReversed' },
        },
      },
      submitted: {
        label: { key: 'stockFlow.state.submitted' },
        detail: { key: 'stockFlow.bySubmitter' },
        final: false,
        actions: ['approve', 'delete'],
        refusals: {
          edit: { key: 'stockFlow.countSubmittedClosed' },
          count: { key: 'stockFlow.countSubmittedClosed' },
          submit: { key: 'stockFlow.countAlreadySubmitted' },
          post: { key: 'stockFlow.countPostedByApproval' },
          editLines: { key: 'stockFlow.countLines' },
          reverse: { key: 'stockFlow.submittedNoReverse' },
        },
      },
      posted: {
        label: { key: 'stockFlow.state.approved' },
        final: true,
        actions: [],
        refusals: {
          ...postedRefusals,
          editLines: { key: 'stockFlow.countLines' },
          count: { key: 'stockFlow.countClosed' },
          submit: { key: 'stockFlow.countClosed' },
          approve: { key: 'stockFlow.countClosed' },
          reverse: { key: 'stockFlow.countNoReverse' },
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
  editable: ['sharing'],
  setOnce: ['reversedByDocumentId', 'receivedByDocumentId'],
  message: 'a posted stock document cannot be changed: reverse it instead',
};
