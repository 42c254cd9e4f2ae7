import type { StockDocumentView } from '../../../../electron/api/stock';
import { ConfirmFinal } from './ConfirmFinal';
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
        <ConfirmFinal
          label={t('doc.confirmPosting')}
          question={t('doc.postQuestion', { kind: KIND_LABELS[p.doc.kind] })}
          explain={t('doc.postExplain', { site: p.doc.siteCode })}
          onCancel={p.onCancel}
        >
          <button type="button" onClick={() => p.onAct('post')} disabled={p.busy !== null} autoFocus data-testid="confirm-post">
            {p.busy === 'post' ? t('doc.posting') : t('doc.yesPost')}
          </button>
        </ConfirmFinal>
      )}
      {p.confirm === 'reverse' && (
        <ConfirmFinal
          label={t('doc.confirmReversal')}
          question={t('doc.reverseQuestion', { number: p.doc.number ?? '' })}
          explain={t('doc.reverseExplain', { number: p.doc.number ?? '' })}
          onCancel={p.onCancel}
        >
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
        </ConfirmFinal>
      )}
      {p.confirm === 'delete' && (
        <ConfirmFinal
          label={t('doc.confirmDeletion')}
          question={t('doc.deleteQuestion', { count: p.lineCount })}
          explain={t('doc.deleteExplain')}
          onCancel={p.onCancel}
        >
          <button type="button" className="danger" onClick={() => p.onAct('delete')} disabled={p.busy !== null} autoFocus>
            {t('doc.yesDelete')}
          </button>
        </ConfirmFinal>
      )}
    </>
  );
}
