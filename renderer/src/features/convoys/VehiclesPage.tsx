import { useMemo, useState } from 'react';
import type { SharingDefaults } from '../../../../electron/api/exchange';
import type { Organisation } from '../../../../electron/api/record-types';
import { vehicleRow } from '../../../../electron/api/convoys';
import { CONVOY_STATUS_KEYS, VEHICLE_KIND_KEYS } from '../../../../electron/api/i18n';
import { VEHICLE_KINDS } from '../../../../electron/api/vocabularies';
import { useCoreQuery } from '../../app/queries';
import { sharingColumn, useSharingDefaults } from '../../app/sharing-column';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';
import { t, useLanguage } from '../../i18n';
import { num } from '../../locale/current';
import { convoyHref, formatMoment, useUnits } from './format';
import './convoys.css';

const OPS: RecordOps = { list: 'vehicles.list', save: 'vehicles.save', remove: 'vehicles.remove', restore: 'vehicles.restore' };
/* Built while rendering, in the current language (the page memoises them per language). */
function vehicleColumns(orgs: Organisation[], sharing: SharingDefaults | undefined): GridColumn[] {
  return [
    { field: 'plate', header: t('vehicles.col.plate'), width: 120, pinned: 'left', hint: t('vehicles.hint.plate') },
    {
      field: 'kind',
      header: t('vehicles.col.kind'),
      type: 'choice',
      choices: VEHICLE_KINDS.map((k) => ({ value: k, label: t(VEHICLE_KIND_KEYS[k]) })),
      width: 150,
    },
    {
      field: 'ownerOrgId',
      header: t('vehicles.col.owner'),
      type: 'choice',
      blankLabel: '',
      choices: orgs.map((o) => ({ value: o.id, label: o.shortName })),
      width: 120,
      hint: t('vehicles.hint.owner'),
    },
    { field: 'payloadKg', header: t('vehicles.col.payload'), type: 'number', width: 120, hint: t('vehicles.hint.payload') },
    { field: 'cargoVolumeM3', header: t('vehicles.col.volume'), type: 'number', width: 115, hint: t('vehicles.hint.volume') },
    {
      field: 'refrigerated',
      header: t('vehicles.col.refrigerated'),
      type: 'boolean',
      width: 120,
      hint: t('vehicles.hint.refrigerated'),
    },
    { field: 'driverName', header: t('vehicles.col.driver'), width: 160 },
    { field: 'driverPhone', header: t('vehicles.col.driverPhone'), width: 140, ltr: true },
    { field: 'driverLicence', header: t('vehicles.col.driverLicence'), width: 130 },
    sharingColumn('vehicle', sharing),
  ];
}

/** The vehicles registry (the one grid pattern) and, for the selected vehicle, the convoys it was on. */
export default function VehiclesPage() {
  const orgs = useCoreQuery('organisations.list', {});
  const sharing = useSharingDefaults();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the language changes
  const columns = useMemo(() => vehicleColumns(orgs.data ?? [], sharing), [orgs.data, sharing, language]);
  const [selected, setSelected] = useState<{ id: string; plate: string } | null>(null);
  return (
    <div className="page-body vehicles-page">
      <EntityGrid
        gridKey="vehicles"
        exportSource="vehicles"
        ops={OPS}
        columns={columns}
        schema={vehicleRow}
        noun={{ one: t('vehicles.noun.one'), many: t('vehicles.noun.many'), a: t('vehicles.noun.one') }}
        describe={(r) => String(r.plate || t('noun.new', { noun: t('vehicles.noun.one') }))}
        newRow={() => ({ kind: 'truck', refrigerated: false })}
        onSelectRow={(r) => setSelected(r && typeof r.id === 'string' ? { id: r.id, plate: String(r.plate) } : null)}
        emptyHint={t('vehicles.emptyHint')}
      />
      {selected && <VehicleHistory vehicleId={selected.id} plate={selected.plate} />}
    </div>
  );
}

function VehicleHistory({ vehicleId, plate }: { vehicleId: string; plate: string }) {
  const history = useCoreQuery('vehicles.history', { vehicleId });
  const units = useUnits();
  const rows = history.data ?? [];
  return (
    <section className="vehicle-history" data-testid="vehicle-history">
      <h3>{t('vehicles.historyTitle', { plate })}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('vehicles.historyEmpty')}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th>{t('vehicles.col.convoy')}</th>
              <th>{t('vehicles.col.status')}</th>
              <th>{t('vehicles.col.departure')}</th>
              <th>{t('vehicles.col.lines')}</th>
              <th>{t('vehicles.col.load')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.convoyId}>
                <td>
                  <a href={convoyHref(h.convoyId)}>{h.number}</a>
                </td>
                <td>{t(CONVOY_STATUS_KEYS[h.status])}</td>
                <td>{formatMoment(h.actualDeparture ?? h.plannedDeparture)}</td>
                <td>{num(h.lines)}</td>
                <td>{units.weight(h.weightKg)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
