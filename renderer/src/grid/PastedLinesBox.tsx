import type { PasteProblem } from './paste';
import { PasteProblems } from './PasteProblems';
import { PasteRowsPanel } from './PasteRowsPanel';

/** What the box shows of a `usePastedLines` paste: open or not, its progress and its refusal. */
export interface PastingState {
  open: boolean;
  setOpen: (open: boolean) => void;
  busy: string | null;
  problems: PasteProblem[];
  message: string | null;
  dismiss: () => void;
}

interface Props {
  paste: PastingState;
  /** What the pasted lines are ("document lines", "found stock"), for the panel's words. */
  nouns: string;
  headers: string[];
  how: string;
  onBlock: (block: string[][]) => void;
  messageTestId?: string;
}

/**
 * The paste box of lines the core reads itself (a document's lines, a count's found stock): the
 * panel to paste into, the progress while the core checks them, and a refusal's bad cells.
 */
export function PastedLinesBox({ paste, nouns, headers, how, onBlock, messageTestId }: Props) {
  return (
    <>
      {paste.open && <PasteRowsPanel nouns={nouns} headers={headers} how={how} onBlock={onBlock} onClose={() => paste.setOpen(false)} />}
      {paste.busy && (
        <div className="msg busy" role="status">
          <span className="spinner" aria-hidden /> {paste.busy}
        </div>
      )}
      <PasteProblems problems={paste.problems} onDismiss={paste.dismiss} />
      {paste.message && (
        <div className="msg error" role="alert" data-testid={messageTestId}>
          {paste.message}
        </div>
      )}
    </>
  );
}
