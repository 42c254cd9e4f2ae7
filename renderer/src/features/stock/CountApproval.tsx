import type { CountApproval as Approval, StockDocumentView } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { signed } from './labels';
import { stockHref } from './useHashParams';

interface Props {
  doc: StockDocumentView | null;
  editable: boolean;
  confirm: boolean;
  uncounted: number;
  differences: number;
  net: number;
  approval: Approval | null;
  approveError: unknown;
  onApprove: () => void;
  onShowUncounted: () => void;
  onCancel: () => void;
}

/** Approving a count: the confirmation (or the way to the lines still to count), the outcome, the adjustment it posted. */
export function CountApproval({ doc, editable, confirm, uncounted, approval, approveError, ...p }: Props) {
  const summary = { differences: p.differences, net: p.net };
  return (
    <>
      {confirm && editable && (
        <div className="confirm-final" role="alertdialog" aria-label="Confirm approval">
          <strong>{uncounted > 0 ? 'Not ready to approve' : 'Approve this count as final?'}</strong>
          <span>
            {uncounted > 0
              ? `${uncounted.toLocaleString()} line(s) are not counted yet. Type their counted quantity (0 where nothing was found), then approve.`
              : `${
                  summary.differences > 0
                    ? `${summary.differences.toLocaleString()} difference(s) (net ${signed(summary.net)}) will be posted as one adjustment with reason “Physical count difference”.`
                    : 'Every line matches: no adjustment is needed.'
                } The sheet then closes and can no longer be changed.`}
          </span>
          <div className="row">
            {uncounted > 0 ? (
              // The core refuses a count with uncounted lines: offer the way to them instead.
              <button type="button" onClick={p.onShowUncounted} data-testid="show-uncounted" autoFocus>
                Show the lines not counted
              </button>
            ) : (
              <button type="button" onClick={p.onApprove} data-testid="confirm-approve" autoFocus>
                Yes, approve — final
              </button>
            )}
            <button type="button" className="secondary" onClick={p.onCancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {approveError != null && <ErrorPanel error={approveError} title="The count was not approved" />}
      {approval && (
        <div className="success-panel" role="status" data-testid="count-approved">
          Count approved as <strong>{approval.count.number}</strong>.{' '}
          {approval.adjustment ? (
            <>
              Adjustment{' '}
              <a href={stockHref('stock-documents', { id: approval.adjustment.document.id })} data-testid="count-adjustment-link">
                {approval.adjustment.document.number}
              </a>{' '}
              posted with {approval.adjustment.lines.length} line(s).
            </>
          ) : (
            'Every line matched: no adjustment was needed.'
          )}
        </div>
      )}
      {!approval && doc?.status === 'posted' && doc.relatedDocumentId && (
        <div className="success-panel">
          Approved. Adjustment: <a href={stockHref('stock-documents', { id: doc.relatedDocumentId })}>{doc.relatedDocumentNumber}</a>
        </div>
      )}
    </>
  );
}
