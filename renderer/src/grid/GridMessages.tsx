import type { PasteProblem } from './paste';

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
  /** Editable grids show the keys that matter when there is nothing else to say. */
  editable: boolean;
}

const MAX_LISTED = 40;

/** The message lines under a grid: progress, what a new row still needs, every bad cell, paste problems. */
export function GridMessages(p: Props) {
  const rowsWithProblems = [...new Set(p.cellProblems.map((c) => c.key))];
  const quiet = !p.busy && !p.draftMissing && p.cellProblems.length === 0 && !p.focusedError && p.pasteProblems.length === 0 && !p.notice;
  return (
    <div className="grid-messages" aria-live="polite">
      {quiet && p.editable && (
        <div className="keys-hint">
          <kbd>Enter</kbd> or typing edits · <kbd>Tab</kbd> next cell · <kbd>Esc</kbd> cancels · <kbd>Ctrl+Z</kbd>/<kbd>Ctrl+Y</kbd>{' '}
          undo/redo (saved) · <kbd>Ctrl+V</kbd> pastes a spreadsheet block from the focused cell · every change is saved at once
        </div>
      )}
      {p.busy && (
        <div className="msg busy" role="status">
          <span className="spinner" aria-hidden /> {p.busy}
        </div>
      )}
      {p.draftMissing && (
        <div className="msg draft">
          New {p.noun} in the top row{' '}
          {p.draftMissing.length > 0 ? (
            <>
              — still needed: <strong>{p.draftMissing.join(', ')}</strong>. It is saved as soon as these are filled.
            </>
          ) : (
            '— saving when valid.'
          )}{' '}
          Tab moves to the next cell.{' '}
          <button type="button" className="link" onClick={p.onCancelDraft}>
            Cancel (Esc)
          </button>
        </div>
      )}
      {p.cellProblems.length > 0 && (
        <div className="msg error cell-problems" role="alert">
          <div>
            {p.cellProblems.length === 1 ? 'One value is' : `${p.cellProblems.length} values are`} not saved. Correct the red cell, or press
            Esc on the row to put back the stored value.
          </div>
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
              Discard the change
            </button>
          )}
        </div>
      )}
      {p.focusedError && p.cellProblems.length === 0 && <div className="msg error">{p.focusedError}</div>}
      {p.pasteProblems.length > 0 && (
        <div className="msg error paste-problems" role="alert">
          <div>
            <strong>Paste refused, nothing was written.</strong> Fix{' '}
            {p.pasteProblems.length === 1 ? 'this cell' : `these ${p.pasteProblems.length} cells`} in the spreadsheet (or pick another start
            cell) and paste again.
            <button type="button" className="link" onClick={p.onDismissPaste}>
              Dismiss
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th>Pasted line</th>
                <th>Goes to</th>
                <th>Column</th>
                <th>Value</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {p.pasteProblems.slice(0, MAX_LISTED).map((x, i) => (
                <tr key={i}>
                  <td>{x.line}</td>
                  <td>{x.target}</td>
                  <td>{x.column}</td>
                  <td>
                    <code>{x.value}</code>
                  </td>
                  <td>{x.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.pasteProblems.length > MAX_LISTED && <div>… and {p.pasteProblems.length - MAX_LISTED} more.</div>}
        </div>
      )}
      {p.notice && (
        <div className={`msg ${p.notice.kind}`} role={p.notice.kind === 'error' ? 'alert' : 'status'}>
          {p.notice.text}{' '}
          <button type="button" className="link" onClick={p.onDismissNotice} aria-label="Dismiss message">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
