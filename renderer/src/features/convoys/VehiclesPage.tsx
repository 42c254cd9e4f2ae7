import { useMemo, useState } from 'react';
import type { Organisation } from '../../../../electron/api/record-types';
import { vehicleRow } from '../../../../electron/api/convoys';
import { CONVOY_STATUS_LABELS, VEHICLE_KIND_LABELS, VEHICLE_KINDS } from '../../../../electron/api/vocabularies';
import { useCoreQuery } from '../../app/queries';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';
import { convoyHref, formatMoment, useUnits } from './format';
import './convoys.css';

const OPS: RecordOps = { list: 'vehicles.list', save: 'vehicles.save', remove: 'vehicles.remove', restore: 'vehicles.restore' };
const NOUN = { one: 'vehicle', many: 'vehicles' };

function vehicleColumns(orgs: Organisation[]): GridColumn[] {
  return [
    { field: 'plate', header: 'Plate', width: 120, pinned: 'left', hint: 'registration plate, e.g. UN-4471' },
    {
      field: 'kind',
      header: 'Type',
      type: 'choice',
      choices: VEHICLE_KINDS.map((k) => ({ value: k, label: VEHICLE_KIND_LABELS[k] })),
      width: 150,
    },
    {
      field: 'ownerOrgId',
      header: 'Owner',
      type: 'choice',
      blankLabel: '',
      choices: orgs.map((o) => ({ value: o.id, label: o.shortName })),
      width: 120,
      hint: 'short name of an organisation in the Organisations list',
    },
    { field: 'payloadKg', header: 'Payload (kg)', type: 'number', width: 120, hint: 'kilograms, stored metric' },
    { field: 'cargoVolumeM3', header: 'Volume (m³)', type: 'number', width: 115, hint: 'cubic metres' },
    {
      field: 'refrigerated',
      header: 'Refrigerated',
      type: 'boolean',
      width: 120,
      hint: 'yes/no: cold-chain goods travel only in refrigerated vehicles',
    },
    { field: 'driverName', header: 'Driver', width: 160 },
    { field: 'driverPhone', header: 'Driver phone', width: 140 },
    { field: 'driverLicence', header: 'Driver licence', width: 130 },
  ];
}

/** The vehicles registry (the one grid pattern) and, for the selected vehicle, the convoys it was on. */
export default function VehiclesPage() {
  const orgs = useCoreQuery('organisations.list', {});
  const columns = useMemo(() => vehicleColumns(orgs.data ?? []), [orgs.data]);
  const [selected, setSelected] = useState<{ id: string; plate: string } | null>(null);
  return (
    <div className="page-body vehicles-page">
      <EntityGrid
        gridKey="vehicles"
        ops={OPS}
        columns={columns}
        schema={vehicleRow}
        noun={NOUN}
        describe={(r) => String(r.plate || 'new vehicle')}
        newRow={() => ({ kind: 'truck', refrigerated: false })}
        onSelectRow={(r) => setSelected(r && typeof r.id === 'string' ? { id: r.id, plate: String(r.plate) } : null)}
        emptyHint="Columns in order: Plate, Type, Owner, Payload (kg), Volume (m³), Refrigerated, Driver, Driver phone, Driver licence."
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
      <h3>{plate}: convoys</h3>
      {rows.length === 0 ? (
        <p className="muted">Not on any convoy yet. Add it to a convoy from the convoy page.</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th>Convoy</th>
              <th>Status</th>
              <th>Departure</th>
              <th>Lines</th>
              <th>Load</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.convoyId}>
                <td>
                  <a href={convoyHref(h.convoyId)}>{h.number}</a>
                </td>
                <td>{CONVOY_STATUS_LABELS[h.status]}</td>
                <td>{formatMoment(h.actualDeparture ?? h.plannedDeparture)}</td>
                <td>{h.lines}</td>
                <td>{units.weight(h.weightKg)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
