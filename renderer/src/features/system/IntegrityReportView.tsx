import type { IntegrityReport } from '../../../../electron/api/system';
import { dateTime } from '../../locale/current';
import { useT } from '../../i18n';

/** The integrity check's findings: SQLite's structure check and the ledger against every balance. */
export function IntegrityReportView({ report }: { report: IntegrityReport }) {
  const t = useT();
  const structureOk = report.sqlite.length === 1 && (report.sqlite[0] === 'ok' || report.sqlite[0] === 'skipped');
  return (
    <div className={`integrity-report ${report.ok ? 'ok' : 'bad'}`} role="status">
      <strong>{report.ok ? t('integrity.noProblems') : t('integrity.problems')}</strong>{' '}
      {t('integrity.checkedAt', {
        when: dateTime(report.checkedAt, true),
        ms: report.durationMs,
        depth: t(
          report.depth === 'full' ? 'integrity.fullCheck' : report.depth === 'quick' ? 'integrity.quickCheck' : 'integrity.ledgerOnly',
        ),
      })}
      <div>
        {t('integrity.structure')}{' '}
        {report.sqlite[0] === 'skipped'
          ? t('integrity.notChecked')
          : structureOk
            ? t('integrity.ok')
            : t('integrity.problemCount', { count: report.sqlite.length })}
        {!structureOk && (
          <ul>
            {report.sqlite.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        {t('integrity.balances')}{' '}
        {report.differences.length === 0
          ? t('integrity.noDifferences')
          : t('integrity.differenceCount', { count: report.differences.length })}
        {report.differences.length > 0 && (
          <ul>
            {report.differences.slice(0, 100).map((d, i) => (
              <li key={i}>{d.description}</li>
            ))}
          </ul>
        )}
      </div>
      {!report.ok && <p className="fix">{t('integrity.fix')}</p>}
    </div>
  );
}
