import { useEffect, useRef, useState } from 'react';
import { IMPORT_TARGETS, type ImportPreview, type ImportTarget, type ImportUpload } from '../../../../electron/api/imports';
import { ErrorPanel } from '../../app/ErrorPanel';
import { JobProgress } from '../../app/JobProgress';
import { dismissJob, startJob, useJob } from '../../app/jobs';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { call, hasOpenImportDialog, openImportFile, uploadImportFile } from '../../lib/api';
import { ImportMapping, type MappingChoice } from './ImportMapping';
import { ImportPreviewView } from './ImportPreviewView';
import { IMPORT_TARGET_KEYS } from './importText';
import { clearImportHandoff, pendingImportHandoff } from '../../grid/importHandoff';
import './import.css';

const NO_CHOICE: MappingChoice = { columns: {}, values: {} };
/** A link may name the target (#/import?target=requests, from the request register). */
const targetInHash = (): ImportTarget | undefined => {
  const q = window.location.hash.indexOf('?');
  const named = new URLSearchParams(q >= 0 ? window.location.hash.slice(q + 1) : '').get('target');
  return IMPORT_TARGETS.find((x) => x === named);
};

/**
 * The import wizard: what and whose, then a file or pasted cells; the core reads, maps and checks
 * it in a job and previews; every mapping change previews again; Import writes all or nothing.
 */
export default function ImportPage() {
  const t = useT();
  // Cells a grid handed over (a pasted sheet with headers): they start the wizard as pasted cells.
  const [handoff] = useState(pendingImportHandoff);
  const [target, setTarget] = useState<ImportTarget>(handoff?.target ?? targetInHash() ?? 'items');
  const [partner, setPartner] = useState('');
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [choice, setChoice] = useState<MappingChoice>(NO_CHOICE);
  const [jobId, setJobId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [committed, setCommitted] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pasted, setPasted] = useState(handoff?.text ?? '');
  const fileInput = useRef<HTMLInputElement>(null);
  const orgs = useCoreQuery('organisations.list', {});
  const job = useJob(jobId);
  const running = job?.state === 'running';

  const run = async (commit: boolean, u = upload, m = choice) => {
    if (!u) return;
    setError(null);
    try {
      const started = await startJob({
        kind: 'import',
        uploadId: u.uploadId,
        target,
        partnerOrgId: partner || undefined,
        columns: m.columns,
        values: m.values,
        dateOrder: m.dateOrder,
        sheet: m.sheet ?? 0,
        commit,
      });
      setJobId(started.id);
    } catch (e) {
      setError(e);
    }
  };

  useEffect(() => {
    if (!job || job.state === 'running') return;
    const result = job.result as ImportPreview | null;
    if (job.state === 'done' && result) {
      if (result.committed) setCommitted(result);
      else setPreview(result);
      // Its outcome is on this page: the tray keeps no "Done" of its own (one per mapping change
      // piled up over the bad rows). Left on another page, the job stays in the tray.
      dismissJob(job.id);
    }
  }, [job]);

  // Another target or partner reads the same file again, with fresh suggestions.
  useEffect(() => {
    setChoice(NO_CHOICE);
    setPreview(null);
    if (upload) void run(false, upload, NO_CHOICE);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, partner]);

  const begin = (u: ImportUpload | null) => {
    if (!u) return;
    setUpload(u);
    setChoice(NO_CHOICE);
    setPreview(null);
    setCommitted(null);
    void run(false, u, NO_CHOICE);
  };
  // The core readies a thread for the first preview while the operator picks a file (the job then starts at once).
  useEffect(() => {
    call('imports.ready', {}).catch(() => undefined); // only a head start: the preview works without it
  }, []);
  useEffect(() => {
    if (!handoff || pendingImportHandoff() !== handoff) return;
    clearImportHandoff();
    call('imports.paste', { text: handoff.text }).then(begin, setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handoff]);
  const choose = async () => {
    setError(null);
    try {
      if (hasOpenImportDialog()) begin(await openImportFile());
      else fileInput.current?.click();
    } catch (e) {
      setError(e);
    }
  };
  const remap = (f: (old: MappingChoice) => MappingChoice) => {
    const next = f(choice);
    setChoice(next);
    void run(false, upload, next);
  };

  if (committed) {
    return (
      <div className="page-body import-page">
        <p className="import-done" role="status">
          {committed.receipts
            ? t('import.doneStock', { lines: committed.creates, receipts: committed.receipts })
            : target === 'requests'
              ? t('reqx.import.done', { count: committed.creates })
              : t('import.done', { created: committed.creates, updated: committed.updates })}
        </p>
        {target === 'requests' && (
          <p>
            <a href="#/requests?status=draft">{t('reqx.import.openDrafts')}</a>
          </p>
        )}
        <button type="button" onClick={() => (setCommitted(null), setUpload(null), setPreview(null), setJobId(null))}>
          {t('import.again')}
        </button>
      </div>
    );
  }

  const writes = preview ? preview.creates + preview.updates : 0;
  const blocked = !preview || preview.badRows > 0 || preview.missing.length > 0 || writes === 0;
  return (
    <div className="page-body import-page">
      <p>{t('import.intro')}</p>
      {handoff && (
        <p className="import-handoff" role="status">
          {t('pasteRows.fromGrid', { from: handoff.from })}
        </p>
      )}
      <div className="import-source">
        <label>
          {t('import.what')}{' '}
          <select
            aria-label={t('import.what')}
            value={target}
            onChange={(e) => setTarget(e.target.value as ImportTarget)}
            disabled={running}
          >
            {IMPORT_TARGETS.map((k) => (
              <option key={k} value={k}>
                {t(IMPORT_TARGET_KEYS[k])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import.partner')}{' '}
          <select aria-label={t('import.partner')} value={partner} onChange={(e) => setPartner(e.target.value)} disabled={running}>
            <option value="">{t('import.noPartner')}</option>
            {(orgs.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.shortName} — {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void choose()} disabled={running}>
          {t('import.chooseFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          data-testid="import-file"
          accept=".xlsx,.csv,.tsv,.txt"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) uploadImportFile(f).then(begin, setError);
          }}
        />
        {upload && <span className="import-file-name">{upload.name}</span>}
      </div>
      <details className="import-paste">
        <summary>{t('import.pasteLabel')}</summary>
        <textarea aria-label={t('import.pasteLabel')} value={pasted} onChange={(e) => setPasted(e.target.value)} rows={5} />
        <button
          type="button"
          className="secondary"
          disabled={!pasted.trim() || running}
          onClick={() => call('imports.paste', { text: pasted }).then(begin, setError)}
        >
          {t('import.usePaste')}
        </button>
      </details>
      {error != null && <ErrorPanel error={error} title={t('import.couldNotGoOn')} />}
      {job && job.state !== 'done' && <JobProgress job={job} />}
      {preview && (
        <>
          <ImportMapping preview={preview} onChange={remap} disabled={running} />
          <ImportPreviewView preview={preview} />
          <div className="import-actions">
            {preview.missing.length > 0 && <p className="import-ask">{t('import.missing', { fields: preview.missing.join(', ') })}</p>}
            {preview.badRows > 0 && <p className="import-ask">{t('import.fixFirst')}</p>}
            {preview.badRows === 0 && preview.missing.length === 0 && writes === 0 && <p>{t('import.nothingToDo')}</p>}
            <button type="button" disabled={blocked || running} onClick={() => void run(true)}>
              {preview.receipts
                ? t('import.commitStock', { lines: preview.creates, receipts: preview.receipts })
                : target === 'requests'
                  ? t('reqx.import.commit', { count: writes })
                  : t('import.commit', { count: writes })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
