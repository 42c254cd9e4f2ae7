import type { StockDocumentView } from '../../../../electron/api/stock';
import { useT } from '../../i18n';
import { shownDay, signed } from './labels';

export type CountFilter = 'all' | 'uncounted' | 'differences';
export interface CountStatus {
  kind: 'idle' | 'saving' | 'saved' | 'error';
  text: string;
}
export interface CountSummary {
  lines: number;
  counted: number;
  /** Null while a blind count is being counted. */
  differences: number | null;
  net: number | null;
}

interface Props {
  doc: StockDocumentView | null;
  onBack: () => void;
  summary: CountSummary;
  filter: CountFilter;
  onFilter: (f: CountFilter) => void;
  search: string;
  onSearch: (text: string) => void;
  /** The first lines are shown, the rest still loading. */
  loadingRest: boolean;
  status: CountStatus;
  canApprove: boolean;
  onApprove: () => void;
  canSubmit: boolean;
  onSubmit: () => void;
}

/** The count sheet's title, totals, filter, search, save status and Approve button. */
export function CountSheetBar(p: Props) {
  const { doc, summary, status } = p;
  const t = useT();
  const uncounted = summary.lines - summary.counted;
  return (
    <>
      <div className="doc-head">
        <button type="button" className="secondary small" onClick={p.onBack}>
          ← Counts
        </button>
        <h2 data-testid="count-title">
          Physical count · {doc ? `${doc.siteCode} — ${doc.siteName}` : '…'} {doc?.number ? `· ${doc.number}` : ''}
        </h2>
        {doc && <span className={`badge ${doc.workflow.state}`}>{doc.workflow.stateLabel}</span>}
        {doc && <span className="hint">Stock as expected on {shownDay(doc.occurredAt)}</span>}
      </div>
      <div className="stock-bar">
        <div className="count-summary" data-testid="count-summary">
          <span>
            <b>{summary.counted.toLocaleString()}</b> of {summary.lines.toLocaleString()} lines counted
          </span>
          <span>
            <b>{uncounted.toLocaleString()}</b> still to count
          </span>
          {summary.differences == null || summary.net == null ? (
            <span data-testid="count-differences-hidden">{t('count.differencesHidden')}</span>
          ) : (
            <span>
              <b data-testid="count-differences">{summary.differences.toLocaleString()}</b> with a difference (net {signed(summary.net)})
            </span>
          )}
        </div>
        <label className="stock-field">
          <span>Show</span>
          <select value={p.filter} onChange={(e) => p.onFilter(e.target.value as CountFilter)} data-testid="count-filter">
            <option value="all">All lines</option>
            <option value="uncounted">Not counted yet</option>
            <option value="differences" disabled={summary.differences == null}>
              Differences only
            </option>
          </select>
        </label>
        <label className="stock-field">
          <span>Search</span>
          <input type="search" value={p.search} placeholder="Item code, name or lot…" onChange={(e) => p.onSearch(e.target.value)} />
        </label>
        {p.loadingRest && <span className="pending">Loading the remaining lines…</span>}
        <span className={`count-status ${status.kind}`} data-testid="count-status" data-state={status.kind} role="status">
          {status.text}
        </span>
        {p.canSubmit && (
          <button type="button" className={p.canApprove ? 'secondary' : undefined} onClick={p.onSubmit} data-testid="submit-count">
            {t('count.submit')}
          </button>
        )}
        {p.canApprove && (
          <button type="button" onClick={p.onApprove} data-testid="approve-count" disabled={summary.lines === 0}>
            Approve count…
          </button>
        )}
      </div>
    </>
  );
}
