import type { CountApproval as Approval, StockDocumentView } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { signed } from './labels';
import { stockHref } from './useHashParams';
import { useT } from '../../i18n';
import { ConfirmFinal } from './ConfirmFinal';

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
  const t = useT();
  const summary = { differences: p.differences, net: p.net };
  return (
    <>
      {confirm && editable && (
        <ConfirmFinal
          label={t('count.confirmApproval')}
          question={uncounted > 0 ? t('count.notReady') : t('count.approveQuestion')}
          explain={
            uncounted > 0
              ? t('count.notCountedYetExplain', { count: uncounted })
              : `${
                  summary.differences > 0
                    ? t('count.differencesPosted', { count: summary.differences, net: signed(summary.net) })
                    : t('count.everyLineMatches')
                } ${t('count.sheetCloses')}`
          }
          onCancel={p.onCancel}
        >
          {uncounted > 0 ? (
            // The core refuses a count with uncounted lines: offer the way to them instead.
            <button type="button" onClick={p.onShowUncounted} data-testid="show-uncounted" autoFocus>
              {t('count.showNotCounted')}
            </button>
          ) : (
            <button type="button" onClick={p.onApprove} data-testid="confirm-approve" autoFocus>
              {t('count.yesApprove')}
            </button>
          )}
        </ConfirmFinal>
      )}
      {approveError != null && <ErrorPanel error={approveError} title={t('count.notApprovedTitle')} />}
      {approval && (
        <div className="success-panel" role="status" data-testid="count-approved">
          {t('count.approvedAs')} <strong>{approval.count.number}</strong>.{' '}
          {approval.adjustment ? (
            <>
              {t('vocab.docKind.adjustment')}{' '}
              <a href={stockHref('stock-documents', { id: approval.adjustment.document.id })} data-testid="count-adjustment-link">
                {approval.adjustment.document.number}
              </a>{' '}
              {t('count.postedWithLines', { count: approval.adjustment.lines.length })}
            </>
          ) : (
            t('count.everyLineMatched')
          )}
        </div>
      )}
      {doc?.status === 'posted' && doc.postedBy && (
        <p className="hint" data-testid="count-approved-by">
          {doc.secondOperator
            ? t('fourEyes.approvedByChecked', { who: doc.postedBy, second: doc.secondOperator })
            : t('fourEyes.approvedBy', { who: doc.postedBy })}
        </p>
      )}
      {!approval && doc?.status === 'posted' && doc.relatedDocumentId && (
        <div className="success-panel">
          {t('count.approvedAdjustment')}{' '}
          <a href={stockHref('stock-documents', { id: doc.relatedDocumentId })}>{doc.relatedDocumentNumber}</a>
        </div>
      )}
    </>
  );
}
