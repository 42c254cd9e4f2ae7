import { useState } from 'react';
import { t } from '../i18n';
import type { PasteProblem } from './paste';
import { problemsText } from './pasteRows';

const MAX_LISTED = 40;

/**
 * Why a pasted block was refused (nothing of it was written): a table of the first 40 problems by
 * pasted line, where it goes, column, value and reason, and *Copy all N problems* for the rest. Under
 * every record grid, a stock document's lines and a count sheet's found stock.
 */
export function PasteProblems({ problems, onDismiss }: { problems: PasteProblem[]; onDismiss: () => void }) {
  const [copied, setCopied] = useState<{ count: number; ok: boolean } | null>(null);
  const copyProblems = () => {
    const text = problemsText(problems, {
      line: t('grid.pastedLine'),
      target: t('grid.goesTo'),
      column: t('grid.column'),
      value: t('grid.value'),
      problem: t('grid.problem'),
    });
    const count = problems.length;
    navigator.clipboard.writeText(text).then(
      () => setCopied({ count, ok: true }),
      () => setCopied({ count, ok: false }),
    );
  };
  if (problems.length === 0) return null;
  return (
    <div className="msg error paste-problems" role="alert">
      <div>
        <strong>{t('grid.pasteRefused')}</strong> {t('grid.pasteFix', { count: problems.length })}{' '}
        <button type="button" className="link" onClick={copyProblems} data-testid="copy-problems">
          {t('pasteRows.copyProblems', { count: problems.length })}
        </button>{' '}
        <button type="button" className="link" onClick={() => (setCopied(null), onDismiss())}>
          {t('grid.dismiss')}
        </button>
        {copied && (
          <span className="copied" role="status">
            {' '}
            {copied.ok ? t('pasteRows.copied', { count: copied.count }) : t('pasteRows.copyFailed')}
          </span>
        )}
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('grid.pastedLine')}</th>
            <th>{t('grid.goesTo')}</th>
            <th>{t('grid.column')}</th>
            <th>{t('grid.value')}</th>
            <th>{t('grid.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, MAX_LISTED).map((x, i) => (
            <tr key={i}>
              <td>{x.line}</td>
              <td>{x.target}</td>
              <td>{x.column}</td>
              <td>
                <code>{x.value}</code>
              </td>
              <td>{x.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > MAX_LISTED && (
        <div>
          {t('grid.andMore', { count: problems.length - MAX_LISTED })}{' '}
          <button type="button" className="link" onClick={copyProblems}>
            {t('pasteRows.copyProblems', { count: problems.length })}
          </button>
        </div>
      )}
    </div>
  );
}
