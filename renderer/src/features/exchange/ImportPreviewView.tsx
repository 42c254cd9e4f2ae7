import type { ImportChange, ImportPreview } from '../../../../electron/api/imports';

const SHOWN_BAD = 300;

/** What the import would do: counts, every bad row (row, column, value, reason), and the first creates and updates. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const p = preview;
  return (
    <section className="import-preview" data-testid="import-preview">
      <h2>Preview</h2>
      <p className="import-counts">
        <span data-count="creates">{p.creates.toLocaleString()} to create</span>
        <span data-count="updates">{p.updates.toLocaleString()} to update</span>
        <span data-count="unchanged">{p.unchanged.toLocaleString()} unchanged</span>
        <span data-count="bad" className={p.badRows ? 'bad' : ''}>
          {p.badRows.toLocaleString()} bad row{p.badRows === 1 ? '' : 's'}
        </span>
        {p.receipts > 0 && (
          <span>
            {p.receipts} receipt{p.receipts === 1 ? '' : 's'} (one per site and owner)
          </span>
        )}
      </p>
      <p className="import-file-facts">
        {p.fileName}: {p.format.toUpperCase()}
        {p.encoding ? `, ${p.encoding}` : ''}
        {p.delimiter ? `, cells separated by ${p.delimiter === '\t' ? 'tabs' : `“${p.delimiter}”`}` : ''}; header on row {p.headerRow}
        {p.hxlRow ? `, HXL hashtags on row ${p.hxlRow}` : ''}
        {p.titleRows ? `, ${p.titleRows} title row${p.titleRows === 1 ? '' : 's'} skipped` : ''}; {p.dataRows.toLocaleString()} data rows.
      </p>
      {p.bad.length > 0 && (
        <>
          <h3>Bad rows</h3>
          <table className="import-table import-bad" data-testid="import-bad">
            <thead>
              <tr>
                <th>Row</th>
                <th>Column</th>
                <th>Value</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {p.bad.slice(0, SHOWN_BAD).map((b, i) => (
                <tr key={i}>
                  <td>{b.row}</td>
                  <td>{b.column}</td>
                  <td>{b.value}</td>
                  <td>{b.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.bad.length > SHOWN_BAD && <p>… and {(p.bad.length - SHOWN_BAD).toLocaleString()} more bad cells.</p>}
        </>
      )}
      <Changes title="To update (before → after)" rows={p.updateSample} total={p.updates} arrows />
      <Changes title="To create" rows={p.createSample} total={p.creates} />
    </section>
  );
}

function Changes({ title, rows, total, arrows }: { title: string; rows: ImportChange[]; total: number; arrows?: boolean }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <table className="import-table">
        <thead>
          <tr>
            <th>Row</th>
            <th>Code</th>
            <th>{arrows ? 'Changes' : 'Values'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              <td>{r.code}</td>
              <td>
                {r.changes.map((c) => (
                  <span key={c.field} className="import-change">
                    {c.field}: {arrows ? `${c.before || '—'} → ` : ''}
                    {c.after || '—'}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p>… and {(total - rows.length).toLocaleString()} more.</p>}
    </>
  );
}
