import { useState } from 'react';
import { DRAFT_DOCUMENT_KINDS, type StockDocumentKind } from '../../../../electron/api/stock';
import { ErrorPanel } from '../../app/ErrorPanel';
import { invoke } from '../../lib/api';
import { SiteSelect } from './controls';
import { KIND_HINTS, KIND_LABELS } from './labels';
import { rememberedSite, rememberSite, useSites } from './lookups';
import { useT } from '../../i18n';

/** Choosing the kind and site of a new draft; the draft is created at once and opened. */
export function NewDocument(p: { kind?: string | null; site?: string | null; onCreated: (id: string) => void; onCancel: () => void }) {
  const t = useT();
  const [siteId, setSiteId] = useState(p.site ?? rememberedSite());
  const [busy, setBusy] = useState<StockDocumentKind | null>(null);
  const [error, setError] = useState<unknown>(null);
  const preset = DRAFT_DOCUMENT_KINDS.find((k) => k === p.kind);
  const sites = useSites();

  async function create(kind: (typeof DRAFT_DOCUMENT_KINDS)[number]) {
    if (!siteId) {
      setError({ code: 'invalid_input', message: t('doc.chooseSiteFirst') });
      return;
    }
    setBusy(kind);
    setError(null);
    const r = await invoke('stock.documents.create', { siteId, kind, lines: [] });
    setBusy(null);
    if (!r.ok) setError(r.error);
    else {
      rememberSite(siteId);
      p.onCreated(r.value.document.id);
    }
  }

  if (!sites.loading && !sites.error && sites.list.length === 0)
    return (
      <section className="new-doc" data-testid="new-document-panel">
        <div className="problems warning" role="status" data-testid="new-document-no-sites">
          <strong>{t('doc.addSiteFirst')}</strong> {t('doc.addSiteFirstWhy')} <a href="#/sites">{t('doc.openSites')}</a>{' '}
          {t('doc.addSiteFirstThen')}
        </div>
        <button type="button" className="secondary" onClick={p.onCancel}>
          {t('doc.backToList')}
        </button>
      </section>
    );

  return (
    <section className="new-doc" data-testid="new-document-panel">
      <div className="stock-bar">
        <h2 style={{ fontSize: 15 }}>{t('doc.newTitle')}</h2>
        <SiteSelect label={t('doc.atSite')} value={siteId} onChange={setSiteId} testId="new-document-site" />
        <button type="button" className="secondary" onClick={p.onCancel}>
          {t('doc.backToList')}
        </button>
      </div>
      <p className="hint" style={{ margin: 0 }}>
        {t('doc.newHint')}
      </p>
      <div className="kind-choices">
        {DRAFT_DOCUMENT_KINDS.map((k, i) => (
          <button
            type="button"
            key={k}
            className="kind-choice"
            onClick={() => void create(k)}
            disabled={busy !== null}
            // The keyboard lands on the kind asked for, else on the first one (not lost on the page).
            autoFocus={preset ? k === preset : i === 0}
            data-testid={`new-${k}`}
          >
            <strong>{busy === k ? t('doc.creating') : KIND_LABELS[k]}</strong>
            <small>{KIND_HINTS[k]}</small>
          </button>
        ))}
      </div>
      {error != null && <ErrorPanel error={error} title={t('doc.notCreated')} />}
    </section>
  );
}
