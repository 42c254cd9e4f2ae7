import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { ExportButton } from '../../grid/ExportButton';

/** What left, to whom, when, by whom: every export, newest first, with its label, rows and file hash. */
export function ExportHistory() {
  const history = useCoreQuery('exports.history', { limit: 500 });
  return (
    <section className="export-history">
      <h2>
        Export history <ExportButton source="exportHistory" parts={() => ({})} />
      </h2>
      {history.isError && <ErrorPanel error={history.error} />}
      {history.data?.length === 0 && <p>Nothing has been exported yet. Use Export… on any grid; each export is listed here.</p>}
      {history.data && history.data.length > 0 && (
        <table className="import-table" data-testid="export-history">
          <thead>
            <tr>
              <th>When</th>
              <th>By</th>
              <th>To</th>
              <th>What</th>
              <th>Label</th>
              <th>Rows</th>
              <th>Withheld</th>
              <th>File</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((h) => (
              <tr key={h.id}>
                <td>{h.at.slice(0, 16).replace('T', ' ')}</td>
                <td>{h.operator}</td>
                <td>{h.partner}</td>
                <td>{h.title}</td>
                <td>TLP:{h.label}</td>
                <td>{h.rows.toLocaleString()}</td>
                <td>{h.withheldRows.toLocaleString()}</td>
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
