import { useMemo } from 'react';
import type { SharingDefaults } from '../../../../electron/api/exchange';
import type { Organisation } from '../../../../electron/api/record-types';
import { siteRow } from '../../../../electron/api/sites';
import { useCoreQuery } from '../../app/queries';
import { siteKindChoices } from '../../app/labels';
import { sharingColumn, useSharingDefaults } from '../../app/sharing-column';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';
import { t, useLanguage } from '../../i18n';

const OPS: RecordOps = { list: 'sites.list', save: 'sites.save', remove: 'sites.remove', restore: 'sites.restore' };

function siteColumns(orgs: Organisation[], sharing: SharingDefaults | undefined): GridColumn[] {
  return [
    {
      field: 'code',
      header: t('col.code'),
      width: 110,
      pinned: 'left',
      hint: t('hint.siteCode'),
    },
    { field: 'name', header: t('field.name'), width: 230 },
    { field: 'kind', header: t('col.kind'), type: 'choice', choices: siteKindChoices(), width: 150 },
    {
      field: 'operatorOrgId',
      header: t('col.operatedBy'),
      type: 'choice',
      blankLabel: '',
      choices: orgs.map((o) => ({ value: o.id, label: o.shortName })),
      width: 130,
      hint: t('hint.operatedBy'),
    },
    { field: 'town', header: t('field.town'), width: 130 },
    { field: 'adm1Code', header: t('field.admin1Code'), width: 115, hint: t('hint.adm1') },
    { field: 'adm2Code', header: t('field.admin2Code'), width: 115 },
    { field: 'latitude', header: t('field.latitude'), type: 'number', width: 105, hint: t('hint.latitude') },
    { field: 'longitude', header: t('field.longitude'), type: 'number', width: 105, hint: t('hint.longitude') },
    sharingColumn('site', sharing),
  ];
}

export default function SitesPage() {
  const orgs = useCoreQuery('organisations.list', {});
  const sharing = useSharingDefaults();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the language changes
  const columns = useMemo(() => siteColumns(orgs.data ?? [], sharing), [orgs.data, sharing, language]);
  return (
    <div className="page-body">
      <EntityGrid
        gridKey="sites"
        exportSource="sites"
        importTarget="sites"
        ops={OPS}
        columns={columns}
        schema={siteRow}
        noun={{ one: t('noun.site'), many: t('noun.sites'), a: t('noun.aSite') }}
        describe={(r) => String(r.code || r.name || t('noun.new', { noun: t('noun.site') }))}
        newRow={() => ({ kind: 'warehouse' })}
        emptyHint={t('sites.emptyHint')}
      />
    </div>
  );
}
