import { useMemo } from 'react';
import { exportProfileRow } from '../../../../electron/api/exchange';
import type { MessageKey } from '../../../../electron/api/i18n';
import { FIELD_RULES, SENSITIVE_FIELDS, type FieldRule, type SensitiveField } from '../../../../electron/api/vocabularies';
import { sharingChoices } from '../../app/labels';
import { useCoreQuery } from '../../app/queries';
import { TabBar } from '../../app/TabBar';
import { num } from '../../locale/current';
import { useHashParams } from '../stock/useHashParams';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';
import { t, useLanguage } from '../../i18n';
import { ExportHistory, HISTORY_SHOWN } from './ExportHistory';
import { ReportsSection } from './ReportsSection';
import { SharingDefaultsForm } from './SharingDefaultsForm';
import './import.css';

const OPS: RecordOps = { list: 'exportProfiles.list', save: 'exportProfiles.save', remove: 'exportProfiles.remove' };
const RULE_KEYS: Record<FieldRule, MessageKey> = {
  include: 'vocab.fieldRule.include',
  coarsen: 'vocab.fieldRule.coarsen',
  omit: 'vocab.fieldRule.omit',
};
const SENSITIVE_FIELD_KEYS: Record<SensitiveField, MessageKey> = {
  callSigns: 'vocab.sensitiveField.callSigns',
  locations: 'vocab.sensitiveField.locations',
  routes: 'vocab.sensitiveField.routes',
  departureTimes: 'vocab.sensitiveField.departureTimes',
  escortComposition: 'vocab.sensitiveField.escortComposition',
  weaponsCargo: 'vocab.sensitiveField.weaponsCargo',
};

/** The page's tabs, each a screen of its own with its own address (#/sharing?view=history). */
const VIEWS = ['profiles', 'defaults', 'reports', 'history'] as const;
type SharingView = (typeof VIEWS)[number];
const VIEW_TITLES: Record<SharingView, MessageKey> = {
  profiles: 'sharing.profilesTitle',
  defaults: 'sharing.defaultsTitle',
  reports: 'reports.title',
  history: 'sharing.historyTitle',
};

/**
 * Sharing with partners, in four tabs: one export profile per partner (the highest label it may
 * receive and, per sensitive field, include / coarsen / omit), the default label of each record
 * type, the standard reports, and the history of what left. At 1280×720 the four one under the
 * other put the profiles below the reports and the history three screens down.
 */
export default function SharingPage() {
  const [params, setParams] = useHashParams();
  const asked = params.get('view');
  const view: SharingView = VIEWS.includes(asked as SharingView) ? (asked as SharingView) : 'profiles';
  // The history's count on its tab (the same read the history shows: no extra call once open).
  const history = useCoreQuery('exports.history', { limit: HISTORY_SHOWN }).data;
  const historyCount = history && (history.length < HISTORY_SHOWN ? num(history.length) : `${num(HISTORY_SHOWN)}+`);
  return (
    <div className="page-body sharing-page">
      <TabBar
        label={t('route.sharing')}
        selected={view}
        onSelect={(v) => setParams({ view: v === 'profiles' ? null : v }, true)}
        tabs={VIEWS.map((v) => ({
          id: v,
          testId: `sharing-tab-${v}`,
          label: v === 'history' && historyCount ? `${t(VIEW_TITLES[v])} (${historyCount})` : t(VIEW_TITLES[v]),
        }))}
      />
      {view === 'profiles' && <ExportProfiles />}
      {view === 'defaults' && <SharingDefaultsForm />}
      {view === 'reports' && <ReportsSection />}
      {view === 'history' && <ExportHistory />}
    </div>
  );
}

/** One export profile per partner, edited in a grid. */
function ExportProfiles() {
  const orgs = useCoreQuery('organisations.list', {});
  const language = useLanguage();
  const ruleChoices = FIELD_RULES.map((r) => ({ value: r, label: t(RULE_KEYS[r]) }));
  const columns = useMemo<GridColumn[]>(
    () => [
      {
        field: 'organisationId',
        header: t('sharing.col.partner'),
        type: 'choice',
        choices: (orgs.data ?? []).map((o) => ({ value: o.id, label: o.shortName })),
        width: 130,
        pinned: 'left',
        hint: t('sharing.hint.partner'),
      },
      {
        field: 'maxLabel',
        header: t('sharing.col.maxLabel'),
        type: 'choice',
        choices: sharingChoices(),
        width: 165,
        hint: t('sharing.hint.maxLabel'),
      },
      ...SENSITIVE_FIELDS.map((f): GridColumn => ({
        field: f,
        header: t(SENSITIVE_FIELD_KEYS[f]),
        type: 'choice',
        choices: ruleChoices,
        width: 170,
      })),
      { field: 'notes', header: t('sharing.col.notes'), width: 220 },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the language changes
    [orgs.data, language],
  );
  return (
    <section>
      <h2>{t('sharing.profilesTitle')}</h2>
      <p>{t('sharing.profilesLead')}</p>
      <EntityGrid
        gridKey="export-profiles"
        exportSource="exportProfiles"
        ops={OPS}
        columns={columns}
        schema={exportProfileRow}
        noun={{ one: t('sharing.noun.one'), many: t('sharing.noun.many'), a: t('sharing.noun.one') }}
        describe={(r) => (orgs.data ?? []).find((o) => o.id === r.organisationId)?.shortName ?? t('sharing.newProfile')}
        newRow={() => ({ maxLabel: 'GREEN' })}
        emptyHint={t('sharing.emptyHint')}
        className="sharing-profiles"
      />
    </section>
  );
}
