import type { IntegrityReport } from '../../../../electron/api/system';
import { dateTime } from '../../locale/current';

/** The integrity check's findings: SQLite's structure check and the ledger against every balance. */
export function IntegrityReportView({ report }: { report: IntegrityReport }) {
  const structureOk = report.sqlite.length === 1 && (report.sqlite[0] === 'ok' || report.sqlite[0] === 'skipped');
  return (
    <div className={`integrity-report ${report.ok ? 'ok' : 'bad'}`} role="status">
      <strong>{report.ok ? 'No problems found.' : 'Problems found.'}</strong> Checked {dateTime(report.checkedAt, true)} in{' '}
      {report.durationMs} ms ({report.depth === 'full' ? 'full check' : report.depth === 'quick' ? 'quick check' : 'ledger only'}).
      <div>
        SQLite structure: {report.sqlite[0] === 'skipped' ? 'not checked' : structureOk ? 'ok' : `${report.sqlite.length} problem(s)`}
        {!structureOk && (
          <ul>
            {report.sqlite.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        Stock balances against the ledger:{' '}
        {report.differences.length === 0 ? 'no differences' : `${report.differences.length} difference(s)`}
        {report.differences.length > 0 && (
          <ul>
            {report.differences.slice(0, 100).map((d, i) => (
              <li key={i}>{d.description}</li>
            ))}
          </ul>
        )}
      </div>
      {!report.ok && (
        <p className="fix">
          Keep a copy of the database file before changing anything, then tell your administrator what the check reported.
        </p>
      )}
    </div>
  );
}
