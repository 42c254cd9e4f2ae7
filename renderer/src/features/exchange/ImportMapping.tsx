import { DATE_ORDERS, type DateOrder, type ImportPreview } from '../../../../electron/api/imports';
import { useT } from '../../i18n';
import { num } from '../../locale/current';
import { COLUMN_HOW, DATE_ORDER_KEYS, WORD_HOW } from './importText';

export interface MappingChoice {
  columns: Record<string, string | null>;
  values: Record<string, Record<string, string>>;
  dateOrder?: DateOrder;
  sheet?: number;
}

/** The column mapping, the value mapping and the date order of a previewed file; every change previews again. */
export function ImportMapping({
  preview,
  onChange,
  disabled,
}: {
  preview: ImportPreview;
  onChange: (m: (old: MappingChoice) => MappingChoice) => void;
  disabled: boolean;
}) {
  const t = useT();
  const p = preview;
  const labelOf = new Map(p.fields.map((f) => [f.key, f.label]));
  return (
    <div className="import-mapping">
      {p.sheets.length > 1 && (
        <label>
          {t('import.sheet')}{' '}
          <select
            aria-label={t('import.sheet')}
            value={p.sheet}
            disabled={disabled}
            onChange={(e) => onChange(() => ({ columns: {}, values: {}, sheet: Number(e.target.value) }))}
          >
            {p.sheets.map((name, i) => (
              <option key={i} value={i}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <section>
        <h2>{t('import.columns')}</h2>
        <p>{t('import.columnsHelp')}</p>
        <table className="import-table" data-testid="import-columns">
          <thead>
            <tr>
              <th>{t('import.col.column')}</th>
              <th>{t('import.col.inFile')}</th>
              <th>{t('import.col.firstValues')}</th>
              <th>{t('import.col.goesTo')}</th>
            </tr>
          </thead>
          <tbody>
            {p.columns.map((c) => (
              <tr key={c.index} data-column={c.letter}>
                <td>{c.letter}</td>
                <td>
                  {c.header}
                  {c.hashtag && <code className="import-hashtag">{c.hashtag}</code>}
                </td>
                <td className="import-sample">{c.sample.join(' · ')}</td>
                <td>
                  <select
                    aria-label={t('import.columnGoesTo', { letter: c.letter })}
                    value={c.field ?? ''}
                    disabled={disabled}
                    onChange={(e) => {
                      const field = e.target.value || null;
                      onChange((m) => ({ ...m, columns: { ...m.columns, [String(c.index)]: field } }));
                    }}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {p.fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {f.label}
                        {f.required ? ' *' : ''}
                      </option>
                    ))}
                  </select>{' '}
                  <span className="import-how">{t(COLUMN_HOW[c.how])}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {(p.dateOrderAsked || p.dateOrder) && (
        <section>
          <h2>{t('import.dateOrder')}</h2>
          {p.dateOrderAsked && <p className="import-ask">{t('import.dateAsked')}</p>}
          <select
            aria-label={t('import.dateOrderLabel')}
            value={p.dateOrder ?? ''}
            disabled={disabled}
            onChange={(e) => onChange((m) => ({ ...m, dateOrder: (e.target.value || undefined) as DateOrder | undefined }))}
          >
            <option value="">{t('import.choose')}</option>
            {DATE_ORDERS.map((d) => (
              <option key={d} value={d}>
                {t(DATE_ORDER_KEYS[d])}
              </option>
            ))}
          </select>
        </section>
      )}
      {p.values.length > 0 && (
        <section>
          <h2>{t('import.values')}</h2>
          <p>{t('import.valuesHelp')}</p>
          {p.values.map((v) => (
            <table key={v.field} className="import-table import-values" data-field={v.field}>
              <thead>
                <tr>
                  <th>{t('import.theirWord', { field: labelOf.get(v.field) ?? v.label })}</th>
                  <th>{t('import.col.rows')}</th>
                  <th>{t('import.col.ours')}</th>
                </tr>
              </thead>
              <tbody>
                {v.words.map((w) => (
                  <tr key={w.word} className={w.to === null ? 'bad' : ''} data-word={w.word}>
                    <td>{w.word}</td>
                    <td>{num(w.rows)}</td>
                    <td>
                      <select
                        aria-label={t('import.wordMeans', { field: v.label, word: w.word })}
                        value={w.to ?? '\u0000'}
                        disabled={disabled}
                        onChange={(e) =>
                          onChange((m) => ({
                            ...m,
                            values: { ...m.values, [v.field]: { ...(m.values[v.field] ?? {}), [w.word]: e.target.value } },
                          }))
                        }
                      >
                        {w.to === null && <option value={'\u0000'}>{t('import.choose')}</option>}
                        <option value="">{t('import.empty')}</option>
                        {v.choices.map((c) => (
                          <option key={c} value={c}>
                            {v.labels[c] ?? c}
                          </option>
                        ))}
                      </select>{' '}
                      <span className="import-how">{t(WORD_HOW[w.how])}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      )}
    </div>
  );
}
