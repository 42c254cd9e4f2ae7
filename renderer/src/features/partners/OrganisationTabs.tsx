import { useCoreQuery } from '../../app/queries';
import { t } from '../../i18n';
import { num } from '../../locale/current';

export type DetailTab = 'contacts' | 'agreements';

/**
 * The selected organisation's two lists as tabs, each naming the organisation and saying how many
 * rows it holds, so an empty list is seen without opening it. The counts come from the same
 * queries the grids read (shared in the query cache: no extra call).
 */
export function OrganisationTabs({
  orgId,
  shortName,
  tab,
  onTab,
}: {
  orgId: string;
  shortName: string;
  tab: DetailTab;
  onTab: (tab: DetailTab) => void;
}) {
  const contacts = useCoreQuery('contacts.list', { organisationId: orgId }).data;
  const agreements = useCoreQuery('agreements.list', { organisationId: orgId }).data;
  const count = (rows: unknown[] | undefined) => (rows ? ` (${num(rows.length)})` : '');
  const tabs: { id: DetailTab; label: string; rows: unknown[] | undefined }[] = [
    { id: 'contacts', label: t('org.contactsOf'), rows: contacts },
    { id: 'agreements', label: t('org.agreementsWith'), rows: agreements },
  ];
  return (
    <div className="tabs" role="tablist" aria-label={shortName}>
      {tabs.map((x) => (
        <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} data-tab={x.id} onClick={() => onTab(x.id)}>
          {x.label} <span className="detail-org">{shortName}</span>
          {count(x.rows)}
        </button>
      ))}
    </div>
  );
}
