import type { GridApi } from 'ag-grid-community';
import type { ReactNode, RefObject } from 'react';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import type { StockDocumentView } from '../../../../electron/api/stock';
import { SearchField } from './controls';
import { shownDay, signed } from './labels';
import { useT } from '../../i18n';
import { num } from '../../locale/current';

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
  /** The sheet's Export… button (its lines as shown). */
  exportButton?: ReactNode;
}

/** The count sheet's title, totals, filter, search, save status and Approve button. */
export function CountSheetBar(p: Props) {
  const t = useT();
  const { doc, summary, status } = p;
  const uncounted = summary.lines - summary.counted;
  return (
    <>
      <div className="doc-head">
        <button type="button" className="secondary small" onClick={p.onBack}>
          {t('count.backArrow')}
        </button>
        <h2 data-testid="count-title">
          {t('vocab.docKind.count')} · {doc ? `${doc.siteCode} — ${doc.siteName}` : '…'} {doc?.number ? `· ${doc.number}` : ''}
        </h2>
        {doc && <span className={`badge ${doc.workflow.state}`}>{doc.workflow.stateLabel}</span>}
        {doc && <span className="hint">{t('count.expectedOn', { date: shownDay(doc.occurredAt) })}</span>}
      </div>
      <div className="stock-bar">
        <div className="count-summary" data-testid="count-summary">
          <span>
            <b>{num(summary.counted)}</b> {t('count.ofLinesCounted', { lines: num(summary.lines) })}
          </span>
          <span>
            <b>{num(uncounted)}</b> {t('count.stillToCount')}
          </span>
          {summary.differences == null || summary.net == null ? (
            <span data-testid="count-differences-hidden">{t('count.differencesHidden')}</span>
          ) : (
            <span>
              <b data-testid="count-differences">{num(summary.differences)}</b> {t('count.withDifference', { net: signed(summary.net) })}
            </span>
          )}
        </div>
        <label className="stock-field">
          <span>{t('count.show')}</span>
          <select value={p.filter} onChange={(e) => p.onFilter(e.target.value as CountFilter)} data-testid="count-filter">
            <option value="all">{t('count.allLines')}</option>
            <option value="uncounted">{t('count.notCountedYet')}</option>
            <option value="differences" disabled={summary.differences == null}>
              {t('count.differencesOnly')}
            </option>
          </select>
        </label>
        <SearchField label={t('filter.search')} value={p.search} onChange={p.onSearch} placeholder={t('count.searchPlaceholder')} />
        {p.loadingRest && <span className="pending">{t('count.loadingRest')}</span>}
        {p.exportButton}
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
            {t('count.approveButton')}
          </button>
        )}
      </div>
    </>
  );
}

/** Export… of the sheet's lines as shown: the bar's filter (all, uncounted, differences), the grid's columns, search and sort. */
export function CountExport(p: { id: string; filter: CountFilter; api: RefObject<GridApi | null> }) {
  return (
    <ExportButton
      source="countSheet"
      parts={() => ({
        params: { id: p.id, onlyDifferences: p.filter === 'differences', onlyUncounted: p.filter === 'uncounted' },
        ...gridViewOf(p.api.current),
      })}
    />
  );
}
