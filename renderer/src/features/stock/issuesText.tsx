import type { StockDocumentLineView } from '../../../../electron/api/stock';
import { t } from '../../i18n';
import type { DocProblems } from './issues';

/** The problems of a refused document in plain words: header first, then each line by number. */
export function issuesText(problems: DocProblems, lines: StockDocumentLineView[]) {
  const byLine = lines
    .filter((l) => problems.lines.has(l.id))
    .map((l) => ({ l, messages: [...new Set(Object.values(problems.lines.get(l.id)!))] }));
  return (
    <ul>
      {problems.general.map((m, i) => (
        <li key={`g${i}`}>{m}</li>
      ))}
      {Object.entries(problems.header).map(([f, m]) => (
        <li key={`h${f}`}>{m}</li>
      ))}
      {byLine.map(({ l, messages }) => (
        <li key={l.id}>
          <strong>{t('doc.lineRef', { n: l.lineNo, item: l.itemCode ?? '?', lot: l.lotNumber || 'none' })}</strong> {messages.join(' · ')}
        </li>
      ))}
    </ul>
  );
}
