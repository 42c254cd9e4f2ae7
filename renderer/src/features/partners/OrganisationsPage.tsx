import { useMemo, useState } from 'react';
import { agreementRow, contactRow, organisationRow } from '../../../../electron/api/partners';
import { EntityGrid, type GridRow, type RecordOps } from '../../grid/EntityGrid';
import { AGREEMENT_COLUMNS, CONTACT_COLUMNS, ORGANISATION_COLUMNS } from './columns';

const ORG_OPS: RecordOps = {
  list: 'organisations.list',
  save: 'organisations.save',
  remove: 'organisations.remove',
  restore: 'organisations.restore',
};

/** Organisations on top; the selected one's contacts and agreements below, edited the same way. */
export default function OrganisationsPage() {
  const [org, setOrg] = useState<GridRow | null>(null);
  const orgId = org && !org.archived ? org.id : null;
  const contactOps = useMemo<RecordOps>(
    () => ({
      list: 'contacts.list',
      listInput: { organisationId: orgId },
      save: 'contacts.save',
      remove: 'contacts.remove',
    }),
    [orgId],
  );
  const agreementOps = useMemo<RecordOps>(
    () => ({
      list: 'agreements.list',
      listInput: { organisationId: orgId },
      save: 'agreements.save',
      remove: 'agreements.remove',
    }),
    [orgId],
  );
  return (
    <div className="page-body master-detail">
      <EntityGrid
        gridKey="organisations"
        exportSource="organisations"
        ops={ORG_OPS}
        columns={ORGANISATION_COLUMNS}
        schema={organisationRow}
        noun={{ one: 'organisation', many: 'organisations' }}
        describe={(r) => String(r.shortName || r.name || 'new organisation')}
        newRow={() => ({ kind: 'ngo', sharing: 'GREEN' })}
        onSelectRow={setOrg}
        emptyHint="Columns in order: Short name, Name, Kind, Country, Sharing label, Notes."
      />
      {orgId && org ? (
        <div className="detail-pair">
          <div className="detail">
            <h2>
              Contacts of <span className="detail-org">{String(org.shortName)}</span>
            </h2>
            <EntityGrid
              key={`contacts-${orgId}`}
              gridKey="org-contacts"
              exportSource="contacts"
              ops={contactOps}
              columns={CONTACT_COLUMNS}
              schema={contactRow}
              noun={{ one: 'contact', many: 'contacts' }}
              describe={(r) => String(r.name || 'new contact')}
              newRow={() => ({ organisationId: orgId })}
            />
          </div>
          <div className="detail">
            <h2>
              Agreements / MOUs with <span className="detail-org">{String(org.shortName)}</span>
            </h2>
            <EntityGrid
              key={`agreements-${orgId}`}
              gridKey="org-agreements"
              exportSource="agreements"
              ops={agreementOps}
              columns={AGREEMENT_COLUMNS}
              schema={agreementRow}
              noun={{ one: 'agreement', many: 'agreements' }}
              describe={(r) => String(r.title || 'new agreement')}
              newRow={() => ({ organisationId: orgId })}
            />
          </div>
        </div>
      ) : (
        <p className="detail-placeholder">
          {org?.archived
            ? 'This organisation is archived: restore it to edit its contacts and agreements.'
            : 'Select an organisation (click a row or move with the arrow keys) to see and edit its contacts and agreements here.'}
        </p>
      )}
    </div>
  );
}
