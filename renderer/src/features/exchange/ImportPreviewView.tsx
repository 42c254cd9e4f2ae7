import type { ImportChange, ImportPreview } from '../../../../electron/api/imports';
import { useT } from '../../i18n';
import { num } from '../../locale/current';

const SHOWN_BAD = 300;

/** What the import would do: counts, every bad row (row, column, value, reason), and the first creates and updates. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const p = preview;
  const facts = [
    `${p.format.toUpperCase()}${p.encoding ? `, ${p.encoding}` : ''}`,
    ...(p.delimiter ? [p.delimiter === '\t' ? t('import.separatedByTabs') : t('import.separatedBy', { delimiter: p.delimiter })] : []),
  ].join(', ');
  const rows = [
    t('import.headerOnRow', { row: p.headerRow }),
    ...(p.hxlRow ? [t('import.hxlOnRow', { row: p.hxlRow })] : []),
    ...(p.titleRows ? [t('import.titleRowsSkipped', { count: p.titleRows })] : []),
  ].join(', ');
  return (
    <section className="import-preview" data-testid="import-preview">
      <h2>{t('import.preview')}</h2>
      <p className="import-counts">
        <span data-count="creates">{t('import.toCreate', { count: p.creates })}</span>
        <span data-count="updates">{t('import.toUpdate', { count: p.updates })}</span>
        <span data-count="unchanged">{t('import.unchanged', { count: p.unchanged })}</span>
        <span data-count="bad" className={p.badRows ? 'bad' : ''}>
          {t('import.badRows', { count: p.badRows })}
        </span>
        {p.receipts > 0 && <span>{t('import.receipts', { count: p.receipts })}</span>}
      </p>
      <p className="import-file-facts">{`${p.fileName}: ${facts}; ${rows}; ${t('import.dataRows', { count: p.dataRows })}.`}</p>
      {p.bad.length > 0 && (
        <>
          <h3>{t('import.badRowsTitle')}</h3>
          <table className="import-table import-bad" data-testid="import-bad">
            <thead>
              <tr>
                <th>{t('import.col.row')}</th>
                <th>{t('import.col.column')}</th>
                <th>{t('import.col.value')}</th>
                <th>{t('import.col.why')}</th>
              </tr>
            </thead>
            <tbody>
              {p.bad.slice(0, SHOWN_BAD).map((b, i) => (
                <tr key={i}>
                  <td>{num(b.row)}</td>
                  <td>{b.column}</td>
                  <td>{b.value}</td>
                  <td>{b.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.bad.length > SHOWN_BAD && <p>{t('import.moreBad', { count: p.bad.length - SHOWN_BAD })}</p>}
        </>
      )}
      <Changes title={t('import.toUpdateTitle')} rows={p.updateSample} total={p.updates} arrows />
      <Changes title={t('import.toCreateTitle')} rows={p.createSample} total={p.creates} />
    </section>
  );
}

function Changes({ title, rows, total, arrows }: { title: string; rows: ImportChange[]; total: number; arrows?: boolean }) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <table className="import-table">
        <thead>
          <tr>
            <th>{t('import.col.row')}</th>
            <th>{t('import.col.code')}</th>
            <th>{arrows ? t('import.col.changes') : t('import.col.values')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td>{num(r.row)}</td>
              <td>{r.code}</td>
              <td>
                {r.changes.map((c) => (
                  <span key={c.field} className="import-change">
                    {`${c.field}: ${arrows ? `${c.before || '—'} → ` : ''}${c.after || '—'}`}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p>{t('import.more', { count: total - rows.length })}</p>}
    </>
  );
}
