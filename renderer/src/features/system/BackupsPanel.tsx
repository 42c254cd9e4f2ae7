import { useEffect, useRef, useState } from 'react';
import type { BackupListing, BackupOutcome, RestoreOutcome } from '../../../../electron/api/backups';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { useCoreQuery, queryClient } from '../../app/queries';
import { startJob, useJob, useLiveJobs } from '../../app/jobs';
import { call, offerRestoreFile, picksFilesNatively, saveExportFile } from '../../lib/api';
import { useT } from '../../i18n';
import { restoredText } from './restoredText';
import type { MessageKey } from '../../../../electron/api/i18n/en';

const KIND_LABELS: Record<BackupListing['kind'], MessageKey> = {
  automatic: 'backups.kind.automatic',
  manual: 'backups.kind.manual',
  'before-restore': 'backups.kind.beforeRestore',
};

export const formatBytes = (n: number) =>
  n < 1024 ** 2 ? `${(n / 1024).toFixed(0)} KB` : n < 1024 ** 3 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${(n / 1024 ** 3).toFixed(2)} GB`;
const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/** The restore about to happen, shown for confirmation: a listed backup or a file offered. */
type Pending = { backup: string; label: string } | { upload: string; label: string };

/**
 * Backups on the Database page: "Back up now" (a job; the checked file is then saved where the
 * user chooses), how many automatic backups to keep, the backups beside the database with their
 * size and time, and restore (of one of them, or of a file), confirmed first.
 */
export function BackupsPanel() {
  const t = useT();
  const overview = useCoreQuery('backups.list', {});
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [keep, setKeep] = useState<string>('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const liveJobs = useLiveJobs();

  // The list follows backup jobs' ends (a backup file is not a record: no `changed` event).
  const backupJobsEnded = [...liveJobs.values()].filter(
    (j) => (j.kind === 'backup' || j.kind === 'auto-backup') && j.state !== 'running',
  ).length;
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['backups.list'] });
  }, [backupJobsEnded]);

  useEffect(() => {
    if (overview.data) setKeep(String(overview.data.keep));
  }, [overview.data?.keep, overview.data]);

  // Once "Back up now" is done, hand the file to the user (download, or Electron's save dialog).
  const handed = useRef<string | null>(null);
  useEffect(() => {
    if (!job || job.state !== 'done' || handed.current === job.id) return;
    handed.current = job.id;
    const outcome = job.result as BackupOutcome;
    saveExportFile(job.id, outcome.fileName).then(
      (where) => setSaved(where ? t('backups.saved', { file: outcome.fileName, size: formatBytes(outcome.bytes), where }) : null),
      (e: unknown) => setError(e),
    );
  }, [job, t]);

  async function backUpNow() {
    setError(null);
    setSaved(null);
    try {
      setJobId((await startJob({ kind: 'backup' })).id);
    } catch (e) {
      setError(e);
    }
  }

  async function saveKeep() {
    setError(null);
    try {
      await call('backups.settings.save', { keep: Number(keep), version: overview.data!.version });
    } catch (e) {
      setError(e);
    }
  }

  async function chooseFile(file: File | null) {
    setError(null);
    try {
      const offered = await offerRestoreFile(file);
      if (offered) setPending({ upload: offered.upload, label: offered.fileName });
    } catch (e) {
      setError(e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function restore(p: Pending) {
    setError(null);
    setRestoring(true);
    try {
      setRestored(await call('backups.restore', 'backup' in p ? { backup: p.backup } : { upload: p.upload }));
      setPending(null);
    } catch (e) {
      setError(e);
    } finally {
      setRestoring(false);
    }
  }

  const o = overview.data;
  const running = job?.state === 'running';
  return (
    <section className="backups" aria-label={t('backups.title')}>
      <h2>{t('backups.title')}</h2>
      <p>{t('backups.lead')}</p>
      {overview.isError && <ErrorPanel error={overview.error} title={t('backups.listError')} />}
      <div className="backup-controls">
        <button type="button" onClick={() => void backUpNow()} disabled={running}>
          {running ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
        <label>
          {t('backups.keep')}{' '}
          <input type="number" min={0} max={100} value={keep} onChange={(e) => setKeep(e.target.value)} aria-label={t('backups.keep')} />
        </label>
        <button type="button" className="secondary" onClick={() => void saveKeep()} disabled={!o || keep === String(o.keep)}>
          {t('backups.save')}
        </button>
        {picksFilesNatively() ? (
          <button type="button" className="secondary" onClick={() => void chooseFile(null)}>
            {t('backups.restoreFromFile')}
          </button>
        ) : (
          <label className="file-button button secondary">
            {t('backups.restoreFromFile')}{' '}
            <input
              ref={fileInput}
              type="file"
              accept=".sqlite,application/vnd.sqlite3"
              aria-label={t('backups.restoreFromFileLabel')}
              onChange={(e) => void chooseFile(e.target.files?.[0] ?? null)}
            />
          </label>
        )}
      </div>
      {o && keep === '0' && <p className="hint">{t('backups.keepOff')}</p>}
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {saved && <p className="saved-note">{saved}</p>}
      {error != null && <ErrorPanel error={error} title={t('backups.title')} />}
      {pending && (
        <div className="warning-panel" role="alertdialog" aria-label={t('backups.confirmLabel')}>
          <strong>{t('backups.confirmTitle', { name: pending.label })}</strong>
          <p>{t('backups.confirmBody')}</p>
          <button type="button" onClick={() => void restore(pending)} disabled={restoring}>
            {restoring ? t('backups.restoring') : t('backups.restore')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPending(null)} disabled={restoring}>
            {t('backups.cancel')}
          </button>
        </div>
      )}
      {restored && (
        <p className="saved-note" role="status">
          {restoredText(restored)}
        </p>
      )}
      {o && (
        <p className="hint">
          {t('backups.folder')} <code>{o.folder}</code>
        </p>
      )}
      {o && o.backups.length === 0 && <p>{t('backups.empty')}</p>}
      {o && o.backups.length > 0 && (
        <table className="backup-list">
          <thead>
            <tr>
              <th>{t('backups.written')}</th>
              <th>{t('backups.kind')}</th>
              <th>{t('backups.size')}</th>
              <th>{t('backups.file')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {o.backups.map((b) => (
              <tr key={b.name}>
                <td>{when(b.writtenAt)}</td>
                <td>{t(KIND_LABELS[b.kind])}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td>
                  <code>{b.name}</code>
                </td>
                <td>
                  <button type="button" className="small secondary" onClick={() => setPending({ backup: b.name, label: b.name })}>
                    {t('backups.restoreRow')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
