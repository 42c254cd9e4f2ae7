import { useMemo, useState } from 'react';
import { agreementRow, contactRow, organisationRow } from '../../../../electron/api/partners';
import { labelAsApplied } from '../../../../electron/api/vocabularies';
import { useSharingDefaults } from '../../app/sharing-column';
import { EntityGrid, type EntityGridProps, type GridRow, type RecordOps } from '../../grid/EntityGrid';
import { t, useLanguage } from '../../i18n';
import { agreementColumns, contactColumns, organisationColumns } from './columns';
import { OrganisationTabs, type DetailTab } from './OrganisationTabs';

const ORG_OPS: RecordOps = {
  list: 'organisations.list',
  save: 'organisations.save',
  remove: 'organisations.remove',
  restore: 'organisations.restore',
};

/**
 * Organisations on top; the selected one's contacts or agreements below (one at a time, in tabs,
 * so each grid has the page's whole width at 1280×720), edited the same way.
 */
export default function OrganisationsPage() {
  const language = useLanguage();
  const sharing = useSharingDefaults();
  const [org, setOrg] = useState<GridRow | null>(null);
  // Kept while another organisation is selected: someone going through agreements stays on them.
  const [tab, setTab] = useState<DetailTab>('contacts');
  const orgId = org && !org.archived ? org.id : null;
  // The selected organisation's label as it applies: its contacts and agreements leave the base
  // under the stricter of their own label and this one (the core's exports, sources/records.ts).
  const orgLabel = org && sharing ? labelAsApplied(org.sharing, sharing.organisation) : undefined;
  const columns = useMemo(
    () => ({ org: organisationColumns(), contact: contactColumns(sharing, orgLabel), agreement: agreementColumns(sharing, orgLabel) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the language changes
    [sharing, orgLabel, language],
  );
  // The two lists under the selected organisation: the same grid, on contacts or on agreements.
  const detail = useMemo(() => {
    const ops = (area: DetailTab): RecordOps => ({
      list: `${area}.list`,
      listInput: { organisationId: orgId },
      save: `${area}.save`,
      remove: `${area}.remove`,
    });
    const lists: Record<DetailTab, Omit<EntityGridProps, 'newRow'>> = {
      contacts: {
        gridKey: 'org-contacts',
        exportSource: 'contacts',
        ops: ops('contacts'),
        columns: columns.contact,
        schema: contactRow,
        noun: { one: t('noun.contact'), many: t('noun.contacts'), a: t('noun.aContact') },
        describe: (r: Record<string, unknown>) => String(r.name || t('noun.new', { noun: t('noun.contact') })),
      },
      agreements: {
        gridKey: 'org-agreements',
        exportSource: 'agreements',
        ops: ops('agreements'),
        columns: columns.agreement,
        schema: agreementRow,
        noun: { one: t('noun.agreement'), many: t('noun.agreements'), a: t('noun.anAgreement') },
        describe: (r: Record<string, unknown>) => String(r.title || t('noun.new', { noun: t('noun.agreement') })),
      },
    };
    return lists;
  }, [orgId, columns]);
  return (
    <div className="page-body master-detail">
      <EntityGrid
        gridKey="organisations"
        exportSource="organisations"
        importTarget="organisations"
        ops={ORG_OPS}
        columns={columns.org}
        schema={organisationRow}
        noun={{ one: t('noun.organisation'), many: t('noun.organisations'), a: t('noun.anOrganisation') }}
        describe={(r) => String(r.shortName || r.name || t('noun.new', { noun: t('noun.organisation') }))}
        newRow={() => ({ kind: 'ngo', sharing: 'GREEN' })}
        onSelectRow={setOrg}
        emptyHint={t('org.emptyHint')}
      />
      {orgId && org ? (
        <div className="detail">
          {orgLabel && (
            <p className="detail-note">
              {t('sharing.orgApplies', { org: String(org.shortName), label: t('tlp.label', { label: orgLabel }) })}
            </p>
          )}
          <OrganisationTabs orgId={orgId} shortName={String(org.shortName)} tab={tab} onTab={setTab} />
          <EntityGrid key={`${tab}-${orgId}`} {...detail[tab]} noKeysHint newRow={() => ({ organisationId: orgId })} />
        </div>
      ) : (
        <p className="detail-placeholder">{org?.archived ? t('org.archivedDetail') : t('org.selectDetail')}</p>
      )}
    </div>
  );
}
