import { useState } from 'react';
import type { IntegrityReport } from '../../../../electron/api/system';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useCoreQuery } from '../../app/queries';
import { invoke } from '../../lib/api';

/** Where the data lives, which installation this is, and the integrity check. */
export default function DatabasePage() {
  const status = useCoreQuery('settings', 'system.status', {});
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);

  async function check() {
    setRunning(true);
    setError(null);
    const r = await invoke('system.integrity', {});
    setRunning(false);
    if (r.ok) setReport(r.value);
    else setError(r.error);
  }

  if (status.isError) return <ErrorPanel error={status.error} />;
  const s = status.data;
  return (
    <div className="page-body database">
      {s?.copiedDatabase && (
        <div className="warning-panel" role="alert">
          <strong>This database file was copied from another installation.</strong>
          <p>
            It carries the installation id of the machine it came from. If this copy is now the one in use, tell your administrator before
            exchanging data with partners: records made in either file would look as if one installation made them.
          </p>
        </div>
      )}
      <dl className="facts">
        <dt>Database file</dt>
        <dd>
          <code>{s?.databasePath}</code>
        </dd>
        <dt>Schema version</dt>
        <dd>{s?.schemaVersion}</dd>
        <dt>Installation id</dt>
        <dd>
          <code>{s?.installationId}</code>
        </dd>
        <dt>Home organisation</dt>
        <dd>{s?.homeOrganisation ? `${s.homeOrganisation.shortName} — ${s.homeOrganisation.name}` : '—'}</dd>
        <dt>Operator</dt>
        <dd>{s?.operator}</dd>
        <dt>App version</dt>
        <dd>{s?.appVersion}</dd>
      </dl>
      <section className="integrity">
        <h2>Integrity check</h2>
        <p>
          Checks the file’s structure with SQLite and recomputes every stock balance from the ledger. It only reads; run it whenever numbers
          look wrong.
        </p>
        <button type="button" onClick={() => void check()} disabled={running}>
          {running ? 'Checking…' : 'Integrity check'}
        </button>
        {error != null && <ErrorPanel error={error} title="The check could not run" />}
        {report && (
          <div className={`integrity-report ${report.ok ? 'ok' : 'bad'}`} role="status">
            <strong>{report.ok ? 'No problems found.' : 'Problems found.'}</strong> Checked {new Date(report.checkedAt).toLocaleString()} in{' '}
            {report.durationMs} ms.
            <div>
              SQLite structure: {report.sqlite.length === 1 && report.sqlite[0] === 'ok' ? 'ok' : `${report.sqlite.length} problem(s)`}
              {!(report.sqlite.length === 1 && report.sqlite[0] === 'ok') && (
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
        )}
      </section>
    </div>
  );
}
