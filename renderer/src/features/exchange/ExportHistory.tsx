import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { ExportButton } from '../../grid/ExportButton';
import { useT } from '../../i18n';
import { dateTime, num } from '../../locale/current';

/** How many exports the history shows, newest first (its Export… writes them all). */
export const HISTORY_SHOWN = 500;

/** What left, to whom, when, by whom: every export, newest first, with its label, rows and file hash. */
export function ExportHistory() {
  const t = useT();
  const history = useCoreQuery('exports.history', { limit: HISTORY_SHOWN });
  return (
    <section className="export-history">
      <h2>
        {t('sharing.historyTitle')} <ExportButton source="exportHistory" parts={() => ({})} />
      </h2>
      {history.isError && <ErrorPanel error={history.error} />}
      {history.data?.length === 0 && <p>{t('sharing.historyEmpty')}</p>}
      {history.data && history.data.length > 0 && (
        <table className="import-table" data-testid="export-history">
          <thead>
            <tr>
              <th>{t('sharing.col.when')}</th>
              <th>{t('sharing.col.by')}</th>
              <th>{t('sharing.col.to')}</th>
              <th>{t('sharing.col.what')}</th>
              <th>{t('sharing.col.label')}</th>
              <th>{t('sharing.col.rows')}</th>
              <th>{t('sharing.col.withheld')}</th>
              <th>{t('sharing.col.file')}</th>
              <th>{t('exportCol.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((h) => (
              <tr key={h.id}>
                <td>{dateTime(h.at)}</td>
                <td>{h.secondOperator ? t('fourEyes.operatorChecked', { who: h.operator, second: h.secondOperator }) : h.operator}</td>
                <td>{h.partner}</td>
                <td>{h.title}</td>
                <td className="ltr">{t('tlp.label', { label: h.label })}</td>
                <td>{num(h.rows)}</td>
                <td>{num(h.withheldRows)}</td>
                <td>{h.fileName}</td>
                <td>
                  <code title={h.sha256}>{h.sha256.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
