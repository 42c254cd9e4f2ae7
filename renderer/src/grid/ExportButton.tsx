import type { GridApi } from 'ag-grid-community';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportOutcome, ExportPreview, ExportRequest, ExportSourceId } from '../../../electron/api/exchange';
import { ErrorPanel } from '../app/ErrorPanel';
import { JobProgress } from '../app/JobProgress';
import { adoptJob, useJob } from '../app/jobs';
import { useCoreQuery } from '../app/queries';
import { call, invoke, saveExportFile } from '../lib/api';
import type { ApiError } from '../../../electron/api/result';
import { aboutSecondOperator, useSecondOperator, type SecondOperator } from '../features/operators/SecondOperator';
import { useT } from '../i18n';

/** What a page sends besides format and partner: its query's filters and the grid's state as shown. */
export type ExportParts = Partial<Pick<ExportRequest, 'params' | 'columns' | 'filterModel' | 'sort' | 'quickFilter'>>;

/** The grid as shown: visible columns in order with their widths, sort, filters and quick search. */
export function gridViewOf(api: GridApi | null | undefined): Omit<ExportParts, 'params'> {
  if (!api || api.isDestroyed()) return {};
  const state = api.getColumnState();
  const columns = state
    .filter((c) => !c.hide && /^[A-Za-z]\w*$/.test(c.colId))
    .map((c) => ({ colId: c.colId, width: c.width ?? undefined }));
  const sort = state
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }));
  const quick = api.getGridOption('quickFilterText');
  return {
    columns: columns.length ? columns : undefined,
    sort,
    filterModel: api.getFilterModel() as Record<string, unknown>,
    quickFilter: quick || undefined,
  };
}

/**
 * "Export…": XLSX or CSV, an optional HXL row, and "for <partner>" (its export profile applies; a
 * preview says what is withheld and why). The core runs the query again in a job, writes the
 * file, and the window saves it (a download, or Electron's save dialog); progress and Cancel show
 * while it runs.
 */
export function ExportButton({ source, parts, label }: { source: ExportSourceId; parts: () => ExportParts; label?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Closed from inside (Close, Escape), the panel gives the keyboard back to its button.
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <span className="export-button">
      <button
        ref={button}
        type="button"
        className="secondary small"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-export={source}
      >
        {label ?? t('export.button')}
      </button>
      {open && <ExportPanel source={source} parts={parts} onClose={close} />}
    </span>
  );
}

function ExportPanel({ source, parts, onClose }: { source: ExportSourceId; parts: () => ExportParts; onClose: () => void }) {
  const t = useT();
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [hxl, setHxl] = useState(false);
  const [partner, setPartner] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const profiles = useCoreQuery('exportProfiles.list', {});
  const orgs = useCoreQuery('organisations.list', {});
  const partners = useMemo(() => {
    const byId = new Map((orgs.data ?? []).map((o) => [o.id, o.shortName]));
    return (profiles.data ?? []).map((p) => ({ id: p.organisationId, name: byId.get(p.organisationId) ?? '?' }));
  }, [orgs.data, profiles.data]);
  const job = useJob(jobId);
  const request = (): ExportRequest => ({ source, format, hxl, partnerOrgId: partner || undefined, params: {}, sort: [], ...parts() });
  // The core stops a preview this panel asked for when the panel asks for a newer one (another
  // partner picked meanwhile); only the newest preview's outcome, or its refusal, is shown.
  const [panelId] = useState(() => crypto.randomUUID());
  const latestPreview = useRef(0);
  /** What the export would write for the partner now, with the grid as it is now; null when a newer preview replaced it. */
  const previewNow = async (): Promise<ExportPreview | null> => {
    const mine = ++latestPreview.current;
    try {
      const p = await call('exports.preview', { ...request(), panel: panelId });
      return mine === latestPreview.current ? p : null;
    } catch (e) {
      if (mine === latestPreview.current) throw e;
      return null;
    }
  };

  useEffect(() => {
    setPreview(null);
    if (!partner) {
      latestPreview.current++; // a preview still counting for the partner just cleared is not shown
      return;
    }
    previewNow().then(
      (p) => p && setPreview(p),
      (e: unknown) => setError(e),
    );
    // The preview follows the partner (and format/HXL, which change nothing withheld).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [partner]);

  useEffect(() => {
    if (!job || job.state !== 'done' || saved) return;
    const outcome = job.result as ExportOutcome;
    saveExportFile(job.id, outcome.fileName).then(
      (where) => setSaved(where ? t('export.saved', { where, label: outcome.label, count: outcome.rows }) : t('export.notSaved')),
      (e: unknown) => setError(e),
    );
  }, [job, saved]); // eslint-disable-line react-hooks/exhaustive-deps -- t is the module's one translate function

  const secondOperator = useSecondOperator();
  /** Starts the export; null when it started (or failed for a reason the panel shows), else the refusal. */
  const startWith = async (second?: SecondOperator): Promise<ApiError | null> => {
    setError(null);
    setSaved(null);
    const r = await invoke('jobs.start', { kind: 'export', ...request(), secondOperator: second });
    if (r.ok) {
      setJobId((await adoptJob(r.value)).id);
      return null;
    }
    if (aboutSecondOperator(r.error)) return r.error;
    setError(r.error);
    return null;
  };
  const start = async () => {
    // The grid's filters may have changed since the preview (the panel stays open over the page):
    // a partner's export is previewed again as it starts, and one that would hold no row stops here.
    let current = preview;
    if (partner) {
      try {
        current = await previewNow();
      } catch (e) {
        setError(e);
        return;
      }
      if (!current) return; // the partner changed meanwhile: the newer preview is shown, and Export waits for the operator
      setPreview(current);
      if (current.rows === 0) return;
    }
    // Four-eyes: the core says (its preview, or its refusal) when an approver must check this export.
    if (current?.needsSecondOperator) {
      secondOperator.ask(t('export.panel'), startWith);
      return;
    }
    const refused = await startWith();
    if (refused) secondOperator.ask(t('export.panel'), startWith);
  };
  const running = job?.state === 'running';
  // A partner's file with no row in it would only put an empty release in the audit trail: said
  // here, and Export stops at it (start() previews again first, so widening the filters lets it go).
  const noneGoes = Boolean(partner && preview && preview.rows === 0);
  // The panel opens towards the page from its button's far edge; a button near the near edge (a
  // wrapped toolbar) would put it off screen, so it then opens the other way.
  const panelRef = useRef<HTMLDivElement>(null);
  const [flipped, setFlipped] = useState(false);
  useLayoutEffect(() => {
    const r = panelRef.current?.getBoundingClientRect();
    if (r && (r.left < 0 || r.right > window.innerWidth)) setFlipped(true);
  }, []);
  // A button low on the page (a convoy's manifest at 1280×720) opened the panel below the fold, and
  // it grows as the preview, the progress or the outcome come: the page scrolls so all of it shows.
  const errorShown = error != null;
  useEffect(() => {
    panelRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [flipped, preview, job?.state, saved, errorShown]);
  // The keyboard goes into the panel as it opens (its first choice, the format), and Escape closes
  // it; an Escape meant for the second operator's dialog inside it is that dialog's.
  useEffect(() => panelRef.current?.querySelector('select')?.focus({ preventScroll: true }), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || (e.target as Element).closest('dialog, [role="dialog"]') !== panelRef.current) return;
    e.stopPropagation();
    onClose();
  };

  return (
    <div
      ref={panelRef}
      className={`export-panel${flipped ? ' flipped' : ''}`}
      role="dialog"
      aria-label={t('export.panel')}
      onKeyDown={onKeyDown}
    >
      <label>
        {t('export.format')}{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as 'xlsx' | 'csv')} aria-label={t('export.format')}>
          <option value="xlsx">{t('export.xlsx')}</option>
          <option value="csv">{t('export.csv')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={hxl} onChange={(e) => setHxl(e.target.checked)} /> {t('export.hxlRow')}
      </label>
      <label>
        {t('export.for')}{' '}
        <select value={partner} onChange={(e) => setPartner(e.target.value)} aria-label={t('export.forLabel')}>
          <option value="">{t('export.internal')}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {preview && (
        <div className="export-preview" data-testid="export-preview">
          <div>
            {t('export.previewGoes', { count: preview.rows, partner: preview.partnerShortName ?? '' })}{' '}
            <strong>{t('export.tlp', { label: preview.label })}</strong> {t('export.previewMax', { max: preview.maxLabel ?? '' })}
          </div>
          {preview.withheld.map((w) => (
            <div key={`${w.label}-${w.why}`}>{t('export.withheld', { count: w.rows, why: w.why })}</div>
          ))}
          {preview.fields.map((f) => (
            <div key={f.column}>{t(f.rule === 'omit' ? 'export.omitted' : 'export.coarsened', { column: f.column, why: f.why })}</div>
          ))}
          {preview.notApplied.map((line) => (
            <div key={line} data-testid="export-not-applied">
              {line}
            </div>
          ))}
          {preview.withheld.length === 0 && preview.fields.length === 0 && preview.notApplied.length === 0 && (
            <div>{t('export.nothingWithheld')}</div>
          )}
          {noneGoes && (
            <div className="export-none" role="alert" data-testid="export-none">
              {t('export.noneGoes', { partner: preview.partnerShortName ?? '' })}
            </div>
          )}
        </div>
      )}
      <div className="export-actions">
        <button type="button" onClick={() => void start()} disabled={running}>
          {partner ? t('export.exportFor', { partner: partners.find((p) => p.id === partner)?.name ?? '?' }) : t('export.panel')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {secondOperator.dialog}
      {job && <JobProgress job={job} />}
      {saved && (
        <div className="export-saved" role="status">
          {saved}
        </div>
      )}
      {error != null && <ErrorPanel error={error} title={t('export.failed')} />}
    </div>
  );
}
