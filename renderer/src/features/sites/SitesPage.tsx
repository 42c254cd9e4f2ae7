import { useMemo } from 'react';
import type { Organisation } from '../../../../electron/api/record-types';
import { siteRow } from '../../../../electron/api/sites';
import { useCoreQuery } from '../../app/queries';
import { siteKindChoices } from '../../app/labels';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';

const OPS: RecordOps = { list: 'sites.list', save: 'sites.save', remove: 'sites.remove', restore: 'sites.restore' };
const NOUN = { one: 'site', many: 'sites' };

function siteColumns(orgs: Organisation[]): GridColumn[] {
  return [
    {
      field: 'code',
      header: 'Code',
      width: 110,
      pinned: 'left',
      hint: '2–12 letters, digits or dashes; prefix of document numbers, e.g. FOB-N',
    },
    { field: 'name', header: 'Name', width: 230 },
    { field: 'kind', header: 'Kind', type: 'choice', choices: siteKindChoices, width: 150 },
    {
      field: 'operatorOrgId',
      header: 'Operated by',
      type: 'choice',
      blankLabel: '',
      choices: orgs.map((o) => ({ value: o.id, label: o.shortName })),
      width: 130,
      hint: 'short name of an organisation in the Organisations list',
    },
    { field: 'town', header: 'Town', width: 130 },
    { field: 'adm1Code', header: 'Admin 1 code', width: 115, hint: 'P-code of the first administrative level' },
    { field: 'adm2Code', header: 'Admin 2 code', width: 115 },
    { field: 'latitude', header: 'Latitude', type: 'number', width: 105, hint: 'decimal degrees, −90 to 90' },
    { field: 'longitude', header: 'Longitude', type: 'number', width: 105, hint: 'decimal degrees, −180 to 180' },
  ];
}

export default function SitesPage() {
  const orgs = useCoreQuery('organisations.list', {});
  const columns = useMemo(() => siteColumns(orgs.data ?? []), [orgs.data]);
  return (
    <div className="page-body">
      <EntityGrid
        gridKey="sites"
        exportSource="sites"
        ops={OPS}
        columns={columns}
        schema={siteRow}
        noun={NOUN}
        describe={(r) => String(r.code || r.name || 'new site')}
        newRow={() => ({ kind: 'warehouse' })}
        emptyHint="Columns in order: Code, Name, Kind, Operated by, Town, Admin 1, Admin 2, Latitude, Longitude."
      />
    </div>
  );
}
