import type { StockDocumentLineView } from '../../../../electron/api/stock';
import { issuesText } from './issuesText';
import { useT } from '../../i18n';

/** The draft lines that take more than their lot has (see overdrawnLines), said before Post refuses them. */
export function OverIssuePanel(p: { overdrawn: Map<string, string>; lines: StockDocumentLineView[]; siteCode: string }) {
  const t = useT();
  if (p.overdrawn.size === 0) return null;
  const lines = new Map([...p.overdrawn].map(([id, message]) => [id, { quantity: message }]));
  return (
    <div className="problems warning" role="status" data-testid="over-issue">
      <strong>{t('overIssue.title', { count: p.overdrawn.size, site: p.siteCode })}</strong> {t('overIssue.fix')}
      {issuesText({ general: [], header: {}, lines }, p.lines)}
    </div>
  );
}
