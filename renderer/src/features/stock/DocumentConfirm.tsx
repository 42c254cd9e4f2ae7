import type { StockDocumentView } from '../../../../electron/api/stock';
import { TextField } from './controls';
import { KIND_LABELS } from './labels';

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
  const reverseInput = p.doc.workflow.actions.find((a) => a.action === 'reverse')?.inputs[0];
  return (
    <>
      {p.confirm === 'post' && (
        <div className="confirm-final" role="alertdialog" aria-label="Confirm posting">
          <strong>Post this {KIND_LABELS[p.doc.kind].toLowerCase()} as final?</strong>
          <span>
            Posting changes the stock at {p.doc.siteCode} now and gives the document its number. A posted document can never be edited or
            deleted; a mistake is corrected by reversing it.
          </span>
          <div className="row">
            <button type="button" onClick={() => p.onAct('post')} disabled={p.busy !== null} autoFocus data-testid="confirm-post">
              {p.busy === 'post' ? 'Posting…' : 'Yes, post — final'}
            </button>
            <button type="button" className="secondary" onClick={() => p.onCancel()}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {p.confirm === 'reverse' && (
        <div className="confirm-final" role="alertdialog" aria-label="Confirm reversal">
          <strong>Reverse {p.doc.number}?</strong>
          <span>This posts a new reversal document with the opposite entries. {p.doc.number} itself stays as it is, marked reversed.</span>
          <div className="row">
            <TextField
              label={`${reverseInput?.label ?? 'Reason'} (required)`}
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
              {p.busy === 'reverse' ? 'Reversing…' : 'Post the reversal — final'}
            </button>
            <button type="button" className="secondary" onClick={() => p.onCancel()}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {p.confirm === 'delete' && (
        <div className="confirm-final" role="alertdialog" aria-label="Confirm deletion">
          <strong>Delete this draft and its {p.lineCount} line(s)?</strong>
          <span>Drafts never changed any stock, so nothing else is affected.</span>
          <div className="row">
            <button type="button" className="danger" onClick={() => p.onAct('delete')} disabled={p.busy !== null} autoFocus>
              Yes, delete the draft
            </button>
            <button type="button" className="secondary" onClick={() => p.onCancel()}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
