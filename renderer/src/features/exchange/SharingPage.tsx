import { useMemo } from 'react';
import { exportProfileRow } from '../../../../electron/api/exchange';
import { FIELD_RULE_LABELS, FIELD_RULES, SENSITIVE_FIELD_INFO, SENSITIVE_FIELDS } from '../../../../electron/api/vocabularies';
import { sharingChoices } from '../../app/labels';
import { useCoreQuery } from '../../app/queries';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';
import { ExportHistory } from './ExportHistory';
import { SharingDefaultsForm } from './SharingDefaultsForm';
import './import.css';

const OPS: RecordOps = { list: 'exportProfiles.list', save: 'exportProfiles.save', remove: 'exportProfiles.remove' };
const NOUN = { one: 'export profile', many: 'export profiles' };
const RULE_CHOICES = FIELD_RULES.map((r) => ({ value: r, label: FIELD_RULE_LABELS[r] }));

/**
 * Sharing with partners: one export profile per partner (the highest label it may receive and,
 * per sensitive field, include / coarsen / omit), the default label of each record type, and the
 * history of what left.
 */
export default function SharingPage() {
  const orgs = useCoreQuery('organisations.list', {});
  const columns = useMemo<GridColumn[]>(
    () => [
      {
        field: 'organisationId',
        header: 'Partner',
        type: 'choice',
        choices: (orgs.data ?? []).map((o) => ({ value: o.id, label: o.shortName })),
        width: 130,
        pinned: 'left',
        hint: 'one profile per partner organisation',
      },
      {
        field: 'maxLabel',
        header: 'Highest label',
        type: 'choice',
        choices: sharingChoices,
        width: 140,
        hint: 'rows labelled above it are withheld',
      },
      ...SENSITIVE_FIELDS.map((f): GridColumn => ({
        field: f,
        header: SENSITIVE_FIELD_INFO[f].label,
        type: 'choice',
        choices: RULE_CHOICES,
        width: 170,
      })),
      { field: 'notes', header: 'Notes', width: 220 },
    ],
    [orgs.data],
  );
  return (
    <div className="page-body sharing-page">
      <section>
        <h2>Export profiles</h2>
        <p>What each partner may receive. “Export for …” on any grid applies the partner’s profile and says what it withholds.</p>
        <EntityGrid
          gridKey="export-profiles"
          exportSource="exportProfiles"
          ops={OPS}
          columns={columns}
          schema={exportProfileRow}
          noun={NOUN}
          describe={(r) => (orgs.data ?? []).find((o) => o.id === r.organisationId)?.shortName ?? 'new profile'}
          newRow={() => ({ maxLabel: 'GREEN' })}
          emptyHint="Add a row per partner: its highest label, then include, coarsen or omit each sensitive field."
          className="sharing-profiles"
        />
      </section>
      <SharingDefaultsForm />
      <ExportHistory />
    </div>
  );
}
