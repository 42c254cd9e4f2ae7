import { useEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { startJob, useJob } from '../../app/jobs';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { saveExportFile } from '../../lib/api';
import type { SupportBundleOutcome } from '../../../../electron/api/system';
import { formatBytes } from './BackupsPanel';

/**
 * About: where the database, its backups and the logs live, the versions, the installation and
 * the disk space left; and the support bundle (a zip the user saves and sends), with the database
 * only when ticked.
 */
export function AboutPanel() {
  const t = useT();
  const about = useCoreQuery('system.about', {});
  const [includeDatabase, setIncludeDatabase] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const handed = useRef<string | null>(null);

  useEffect(() => {
    if (!job || job.state !== 'done' || handed.current === job.id) return;
    handed.current = job.id;
    const outcome = job.result as SupportBundleOutcome;
    saveExportFile(job.id, outcome.fileName).then(
      (where) => setSaved(where ? t('about.bundleSaved', { file: outcome.fileName, size: formatBytes(outcome.bytes), where }) : null),
      (e: unknown) => setError(e),
    );
  }, [job, t]);

  async function writeBundle() {
    setError(null);
    setSaved(null);
    try {
      setJobId((await startJob({ kind: 'support-bundle', includeDatabase })).id);
    } catch (e) {
      setError(e);
    }
  }

  const a = about.data;
  const running = job?.state === 'running';
  return (
    <section className="about" aria-label={t('about.title')}>
      <h2>{t('about.title')}</h2>
      {about.isError && <ErrorPanel error={about.error} title={t('about.title')} />}
      {a && (
        <dl className="about-facts">
          <dt>{t('about.database')}</dt>
          <dd>
            <code>{a.databasePath}</code> ({formatBytes(a.databaseBytes)})
          </dd>
          <dt>{t('about.backups')}</dt>
          <dd>
            <code>{a.backupsFolder}</code> ({formatBytes(a.backupsBytes)})
          </dd>
          <dt>{t('about.logs')}</dt>
          <dd>
            <code>{a.logsFolder}</code>
          </dd>
          <dt>{t('about.diskFree')}</dt>
          <dd>{a.freeBytes === null ? '—' : formatBytes(a.freeBytes)}</dd>
          <dt>{t('about.versions')}</dt>
          <dd>{t('about.versionsValue', { app: a.appVersion, schema: a.schemaVersion, sqlite: a.sqliteVersion, runtime: a.runtime })}</dd>
          <dt>{t('about.installation')}</dt>
          <dd>
            <code>{a.installationId}</code>
          </dd>
        </dl>
      )}
      <h3>{t('about.bundleTitle')}</h3>
      <p>{t('about.bundleLead')}</p>
      <label>
        <input type="checkbox" checked={includeDatabase} onChange={(e) => setIncludeDatabase(e.target.checked)} disabled={running} />{' '}
        {t('about.includeDatabase')}
      </label>{' '}
      <button type="button" onClick={() => void writeBundle()} disabled={running}>
        {running ? t('about.bundleWriting') : t('about.bundleWrite')}
      </button>
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {saved && <p className="saved-note">{saved}</p>}
      {error != null && <ErrorPanel error={error} title={t('about.bundleTitle')} />}
    </section>
  );
}
