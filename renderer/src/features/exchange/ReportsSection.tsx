import { useState, type ReactNode } from 'react';
import type { ExportSourceId } from '../../../../electron/api/exchange';
import type { MessageKey } from '../../../../electron/api/i18n';

import { ExportButton } from '../../grid/ExportButton';
import { useT } from '../../i18n';
import { ChoiceSelect, ItemInput, OrgSelect, SiteSelect, TextField } from '../stock/controls';
import {
  CATEGORY_LABELS,
  CONDITION_LABELS,
  ITEM_CATEGORIES,
  LEDGER_CONDITIONS,
  STOCK_DOCUMENT_KINDS,
  STOCK_DOCUMENT_KIND_LABELS,
} from '../../../../electron/api/vocabularies';
import { findItem, useItems } from '../stock/lookups';

/** Parameters a report row holds; each report reads the ones it takes. */
interface Choices {
  siteId: string;
  ownerOrgId: string;
  condition: string;
  category: string;
  kind: string;
  itemText: string;
  from: string;
  to: string;
  within: string;
}
const NONE: Choices = { siteId: '', ownerOrgId: '', condition: '', category: '', kind: '', itemText: '', from: '', to: '', within: '9' };

/** Blank choices are left out, so the core applies its defaults ("all sites", "any date"). */
const given = (o: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined));

/**
 * The standard reports in one place: each is an export source of the core with its parameters
 * (site, owner, period…) and the usual Export… panel (XLSX or CSV, HXL row, for a partner).
 */
export function ReportsSection() {
  const t = useT();
  return (
    <section className="reports" aria-label={t('reports.title')}>
      <h2>{t('reports.title')}</h2>
      <p>{t('reports.lead')}</p>
      <table className="import-table reports-table" data-testid="reports">
        <thead>
          <tr>
            <th>{t('reports.col.report')}</th>
            <th>{t('reports.col.holds')}</th>
            <th>{t('reports.col.parameters')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <StockReport />
          <StockCardReport />
          <Report
            source="documents"
            name="exportTitle.documents"
            holds="reports.holds.documents"
            params={(c) => given({ siteId: c.siteId, kind: c.kind, from: c.from, to: c.to })}
          >
            {(c, set) => (
              <>
                <SiteSelect label={t('col.site')} value={c.siteId} onChange={(v) => set({ siteId: v })} blank={t('filter.allSites')} />
                <ChoiceSelect
                  label={t('reports.kind')}
                  value={c.kind}
                  onChange={(v) => set({ kind: v })}
                  blank={t('reports.anyKind')}
                  choices={STOCK_DOCUMENT_KINDS.map((k) => ({ value: k, label: STOCK_DOCUMENT_KIND_LABELS[k] }))}
                />
                <Period c={c} set={set} />
              </>
            )}
          </Report>
          <Report source="threeW" name="exportTitle.threeW" holds="reports.holds.threeW" params={(c) => given({ siteId: c.siteId })}>
            {(c, set) => (
              <SiteSelect label={t('col.site')} value={c.siteId} onChange={(v) => set({ siteId: v })} blank={t('filter.allSites')} />
            )}
          </Report>
          <Report
            source="expiryAlerts"
            name="reportTitle.expiryAlerts"
            holds="reports.holds.expiry"
            params={(c) => given({ siteId: c.siteId, withinMonths: Number(c.within) })}
          >
            {(c, set) => (
              <>
                <SiteSelect label={t('col.site')} value={c.siteId} onChange={(v) => set({ siteId: v })} blank={t('filter.allSites')} />
                <ChoiceSelect
                  label={t('reports.within')}
                  value={c.within}
                  onChange={(v) => set({ within: v })}
                  choices={[3, 9].map((m) => ({ value: String(m), label: t('alerts.within', { months: m }) }))}
                />
              </>
            )}
          </Report>
          <Report source="lowStock" name="reportTitle.lowStock" holds="reports.holds.lowStock" params={(c) => given({ siteId: c.siteId })}>
            {(c, set) => (
              <SiteSelect label={t('col.site')} value={c.siteId} onChange={(v) => set({ siteId: v })} blank={t('filter.allSites')} />
            )}
          </Report>
          <Report source="items" name="exportTitle.items" holds="reports.holds.items" params={() => ({})} />
          <Report source="sites" name="exportTitle.sites" holds="reports.holds.sites" params={() => ({})} />
          <Report source="organisations" name="exportTitle.organisations" holds="reports.holds.organisations" params={() => ({})} />
          <Report
            source="audit"
            name="exportTitle.audit"
            holds="reports.holds.audit"
            params={(c) => given({ from: c.from, to: c.to, limit: 5000 })}
          >
            {(c, set) => <Period c={c} set={set} />}
          </Report>
        </tbody>
      </table>
    </section>
  );
}

type Set = (change: Partial<Choices>) => void;

/** One report: its name, what it holds, its parameters and its Export… button (or what to choose first). */
function Report(p: {
  source: ExportSourceId;
  name: MessageKey;
  holds: MessageKey;
  params: (c: Choices) => Record<string, unknown>;
  missing?: (c: Choices) => string | null;
  children?: (c: Choices, set: Set) => ReactNode;
}) {
  const t = useT();
  const [c, setC] = useState(NONE);
  const set: Set = (change) => setC((old) => ({ ...old, ...change }));
  const missing = p.missing?.(c) ?? null;
  return (
    <tr data-report={p.source}>
      <th scope="row">{t(p.name)}</th>
      <td className="reports-holds">{t(p.holds)}</td>
      <td>
        <div className="reports-params">{p.children ? p.children(c, set) : t('reports.noParameters')}</div>
      </td>
      <td>
        {missing ? <span className="hint">{missing}</span> : <ExportButton source={p.source} parts={() => ({ params: p.params(c) })} />}
      </td>
    </tr>
  );
}

function Period({ c, set }: { c: Choices; set: Set }) {
  const t = useT();
  return (
    <>
      <TextField type="date" label={t('reports.from')} value={c.from} onChange={(v) => set({ from: v })} width={110} />
      <TextField type="date" label={t('reports.to')} value={c.to} onChange={(v) => set({ to: v })} width={110} />
    </>
  );
}

function StockReport() {
  const t = useT();
  return (
    <Report
      source="onHand"
      name="exportTitle.onHand"
      holds="reports.holds.onHand"
      params={(c) => given({ siteId: c.siteId, ownerOrgId: c.ownerOrgId, condition: c.condition, category: c.category })}
    >
      {(c, set) => (
        <>
          <SiteSelect
            label={t('col.site')}
            value={c.siteId}
            onChange={(v) => set({ siteId: v })}
            blank={t('filter.allSites')}
            testId="report-onhand-site"
          />
          <OrgSelect label={t('col.owner')} value={c.ownerOrgId} onChange={(v) => set({ ownerOrgId: v })} blank={t('reports.anyOwner')} />
          <ChoiceSelect
            label={t('reports.condition')}
            value={c.condition}
            onChange={(v) => set({ condition: v })}
            blank={t('reports.anyCondition')}
            choices={LEDGER_CONDITIONS.map((k) => ({ value: k, label: CONDITION_LABELS[k] }))}
          />
          <ChoiceSelect
            label={t('col.category')}
            value={c.category}
            onChange={(v) => set({ category: v })}
            blank={t('onHand.allCategories')}
            choices={ITEM_CATEGORIES.map((k) => ({ value: k, label: CATEGORY_LABELS[k] }))}
          />
        </>
      )}
    </Report>
  );
}

/** The stock card of one item at one site over a period: the item is typed (code or name) as on the stock screens. */
function StockCardReport() {
  const t = useT();
  const [typed, setTyped] = useState('');
  const items = useItems(typed.trim() !== '');
  const item = findItem(items, typed);
  return (
    <Report
      source="stockCard"
      name="exportTitle.stockCard"
      holds="reports.holds.stockCard"
      params={(c) => given({ siteId: c.siteId, itemId: item?.id, from: c.from, to: c.to })}
      missing={(c) => (!c.siteId || !item ? t('reports.chooseSiteAndItem') : null)}
    >
      {(c, set) => (
        <>
          <SiteSelect label={t('col.site')} value={c.siteId} onChange={(v) => set({ siteId: v })} testId="report-card-site" />
          <ItemInput label={t('addLine.item')} text={typed} onText={setTyped} testId="report-card-item" />
          <Period c={c} set={set} />
        </>
      )}
    </Report>
  );
}
