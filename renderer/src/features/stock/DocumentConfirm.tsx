import type { StockDocumentView } from '../../../../electron/api/stock';
import { TextField } from './controls';
import { KIND_LABELS } from './labels';
import { useT } from '../../i18n';

export type ConfirmKind = 'post' | 'reverse' | 'delete';

interface Props {
  confirm: ConfirmKind;
  doc: StockDocumentView;
  lineCount: number;
  busy: string | null;
  /** The reversal's reason, as typed. */
  reason: string;
  onReason: (text: string) => void;
  reasonError?: string;
  onAct: (what: ConfirmKind) => void;
  onCancel: () => void;
}

/** The question before a final step on a document (post, reverse, delete a draft), with what it will do. */
export function DocumentConfirm(p: Props) {
  const t = useT();
  const reverseInput = p.doc.workflow.actions.find((a) => a.action === 'reverse')?.inputs[0];
  return (
    <>
      {p.confirm === 'post' && (
        <div className="confirm-final" role="alertdialog" aria-label={t('doc.confirmPosting')}>
          <strong>{t('doc.postQuestion', { kind: KIND_LABELS[p.doc.kind] })}</strong>
          <span>{t('doc.postExplain', { site: p.doc.siteCode })}</span>
          <div className="row">
            <button type="button" onClick={() => p.onAct('post')} disabled={p.busy !== null} autoFocus data-testid="confirm-post">
              {p.busy === 'post' ? t('doc.posting') : t('doc.yesPost')}
            </button>
            <button type="button" className="secondary" onClick={() => p.onCancel()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {p.confirm === 'reverse' && (
        <div className="confirm-final" role="alertdialog" aria-label={t('doc.confirmReversal')}>
          <strong>{t('doc.reverseQuestion', { number: p.doc.number ?? '' })}</strong>
          <span>{t('doc.reverseExplain', { number: p.doc.number ?? '' })}</span>
          <div className="row">
            <TextField
              label={t('doc.requiredField', { label: reverseInput?.label ?? t('doc.reason') })}
              value={p.reason}
              onChange={p.onReason}
              width={380}
              testId="reverse-reason"
              error={p.reasonError}
              autoFocus
            />
            <button
              type="button"
              onClick={() => p.onAct('reverse')}
              disabled={p.busy !== null || p.reason.trim() === ''}
              data-testid="confirm-reverse"
            >
              {p.busy === 'reverse' ? t('doc.reversing') : t('doc.postReversal')}
            </button>
            <button type="button" className="secondary" onClick={() => p.onCancel()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {p.confirm === 'delete' && (
        <div className="confirm-final" role="alertdialog" aria-label={t('doc.confirmDeletion')}>
          <strong>{t('doc.deleteQuestion', { count: p.lineCount })}</strong>
          <span>{t('doc.deleteExplain')}</span>
          <div className="row">
            <button type="button" className="danger" onClick={() => p.onAct('delete')} disabled={p.busy !== null} autoFocus>
              {t('doc.yesDelete')}
            </button>
            <button type="button" className="secondary" onClick={() => p.onCancel()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
