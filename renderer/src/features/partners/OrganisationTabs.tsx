import { useCoreQuery } from '../../app/queries';
import { TabBar } from '../../app/TabBar';
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
  const item = (id: DetailTab, label: string, rows: unknown[] | undefined) => ({
    id,
    label: (
      <>
        {label} <span className="detail-org">{shortName}</span>
        {count(rows)}
      </>
    ),
  });
  return (
    <TabBar
      label={shortName}
      selected={tab}
      onSelect={onTab}
      tabs={[item('contacts', t('org.contactsOf'), contacts), item('agreements', t('org.agreementsWith'), agreements)]}
    />
  );
}
