import { t } from '../i18n';
import type { PasteProblem } from './paste';
import { PasteProblems } from './PasteProblems';

export interface Notice {
  kind: 'success' | 'info' | 'error';
  text: string;
}

interface CellProblem {
  key: string;
  where: string;
  column: string;
  message: string;
}

interface Props {
  busy: string | null;
  draftMissing: string[] | null;
  noun: string;
  onCancelDraft: () => void;
  cellProblems: CellProblem[];
  onDiscard: (key: string) => void;
  focusedError: string | null;
  pasteProblems: PasteProblem[];
  onDismissPaste: () => void;
  notice: Notice | null;
  onDismissNotice: () => void;
  /** Whether the line of editing keys shows when there is nothing else to say (an editable grid's, unless its page says it already). */
  keysHint: boolean;
}

const MAX_LISTED = 40;

/** The message lines under a grid: progress, what a new row still needs, every bad cell, paste problems. */
export function GridMessages(p: Props) {
  const rowsWithProblems = [...new Set(p.cellProblems.map((c) => c.key))];
  const quiet = !p.busy && !p.draftMissing && p.cellProblems.length === 0 && !p.focusedError && p.pasteProblems.length === 0 && !p.notice;
  return (
    <div className="grid-messages" aria-live="polite">
      {quiet && p.keysHint && (
        <div className="keys-hint">
          {t('grid.keys')
            .split(/\[([^\]]+)\]/)
            .map((part, i) => (i % 2 === 1 ? <kbd key={i}>{part}</kbd> : part))}
        </div>
      )}
      {p.busy && (
        <div className="msg busy" role="status">
          <span className="spinner" aria-hidden /> {p.busy}
        </div>
      )}
      {p.draftMissing && (
        <div className="msg draft">
          {t('grid.draftNew', { noun: p.noun })}{' '}
          {p.draftMissing.length > 0 ? (
            <>
              {t('grid.draftNeeded')} <strong>{p.draftMissing.join(', ')}</strong>. {t('grid.draftSavedWhenFilled')}
            </>
          ) : (
            t('grid.draftSavingWhenValid')
          )}{' '}
          {t('grid.tabNext')}{' '}
          <button type="button" className="link" onClick={p.onCancelDraft}>
            {t('grid.cancelEsc')}
          </button>
        </div>
      )}
      {p.cellProblems.length > 0 && (
        <div className="msg error cell-problems" role="alert">
          <div>{t('grid.valuesNotSaved', { count: p.cellProblems.length })}</div>
          <ul>
            {p.cellProblems.slice(0, MAX_LISTED).map((c) => (
              <li key={`${c.key}:${c.column}`}>
                <span className="where">
                  {c.where}, {c.column}
                </span>
                : {c.message}
              </li>
            ))}
          </ul>
          {rowsWithProblems.length === 1 && (
            <button type="button" className="link" onClick={() => p.onDiscard(rowsWithProblems[0])}>
              {t('grid.discardChange')}
            </button>
          )}
        </div>
      )}
      {p.focusedError && p.cellProblems.length === 0 && <div className="msg error">{p.focusedError}</div>}
      <PasteProblems problems={p.pasteProblems} onDismiss={p.onDismissPaste} />
      {p.notice && (
        <div className={`msg ${p.notice.kind}`} role={p.notice.kind === 'error' ? 'alert' : 'status'}>
          {p.notice.text}{' '}
          <button type="button" className="link" onClick={p.onDismissNotice} aria-label={t('grid.dismissMessage')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
