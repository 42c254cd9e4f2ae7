import type { StockDocumentLineView } from '../../../../electron/api/stock';
import { issuesText } from './issuesText';

/** The draft lines that take more than their lot has (see overdrawnLines), said before Post refuses them. */
export function OverIssuePanel(p: { overdrawn: Map<string, string>; lines: StockDocumentLineView[]; siteCode: string }) {
  if (p.overdrawn.size === 0) return null;
  const lines = new Map([...p.overdrawn].map(([id, message]) => [id, { quantity: message }]));
  return (
    <div className="problems warning" role="status" data-testid="over-issue">
      <strong>
        {p.overdrawn.size === 1 ? 'One line takes' : `${p.overdrawn.size} lines take`} more than the lot has at {p.siteCode}:
      </strong>{' '}
      lower the quantity, or split it over another lot (Suggest lots (FEFO) picks them). The draft keeps it meanwhile.
      {issuesText({ general: [], header: {}, lines }, p.lines)}
    </div>
  );
}
