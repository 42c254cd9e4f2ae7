import type { CellValueChangedEvent, ColDef, GridApi } from 'ag-grid-community';
import { useMemo, useRef, useState } from 'react';
import type { ConvoyDetail, ManifestLineView, ManifestView, OriginLot } from '../../../../electron/api/convoys';
import type { OpInput } from '../../../../electron/api/contract';
import { explain } from '../../app/errors';
import { queryClient, useCoreQuery } from '../../app/queries';
import { EditableGrid } from '../../grid/EditableGrid';
import { useSaveQueue } from '../../grid/useSaveQueue';
import { call } from '../../lib/api';
import { DEFAULT_COL_UNSORTED } from '../stock/gridProps';
import { useOrganisations } from '../stock/lookups';
import { useUnits } from './format';
import { lineRowsFromBlock, PASTE_COLUMNS } from './manifestPaste';

type Row = ManifestLineView;
type ManifestRowInput = OpInput<'convoys.manifest.save'>['rows'][number];

const lotLabel = (l: OriginLot) =>
  `${l.itemCode} · lot ${l.lotNumber || '—'}${l.expiryDate ? ` · exp ${l.expiryDate}` : ''} · ${l.ownerShortName} · ${l.available} ${l.baseUnit}${l.fefoFirst ? ' · FEFO' : ''}`;

/**
 * The manifest builder: one line per lot, vehicle, consignee and stop, edited in place (each change
 * saved at once through the save queue, refused cells named), Ctrl+Z/Ctrl+Y, and a block pasted
 * from a spreadsheet (vehicle plate, item code, lot, consignee, stop, quantity, handling units).
 */
export function ManifestGrid({ convoy: c, editable }: { convoy: ConvoyDetail; editable: boolean }) {
  const key = useMemo(() => ['convoys.manifest.get', { convoyId: c.id }], [c.id]);
  const manifest = useCoreQuery('convoys.manifest.get', { convoyId: c.id });
  const stock = useCoreQuery('convoys.originStock', { convoyId: c.id });
  const orgs = useOrganisations();
  const units = useUnits();
  const { enqueue, pending } = useSaveQueue();
  const [message, setMessage] = useState<{ text: string; fix?: string; error: boolean } | null>(null);
  const apiRef = useRef<GridApi<Row> | null>(null);
  const lines = useMemo(() => (manifest.data?.lines ?? []).map((l) => ({ ...l })), [manifest.data]);
  const linesRef = useRef(lines);
  linesRef.current = lines;

  const lots = useMemo(() => {
    const list = stock.data ?? [];
    const map = new Map(list.map((l) => [l.lotId, lotLabel(l)]));
    // Lots already on the manifest stay nameable even when the origin has none left.
    for (const l of lines) if (l.lotId && !map.has(l.lotId)) map.set(l.lotId, `${l.itemCode} · lot ${l.lotNumber ?? '—'}`);
    return map;
  }, [stock.data, lines]);
  const vehicles = useMemo(() => new Map(c.vehicles.map((v) => [v.vehicleId, v.plate])), [c.vehicles]);
  const stops = useMemo(() => new Map(c.stops.map((s) => [s.id, s.label])), [c.stops]);
  const consignees = useMemo(() => new Map(orgs.list.map((o) => [o.id, o.shortName])), [orgs.list]);

  /** Saves rows (one edited cell, or a pasted block) and puts the answer in the cache at once. */
  const save = (build: () => ManifestRowInput[], what: string) =>
    enqueue(async () => {
      try {
        const answer = await call('convoys.manifest.save', { convoyId: c.id, rows: build() });
        queryClient.setQueryData<ManifestView>(key, (old) => {
          if (!old) return old;
          const byId = new Map(answer.lines.map((l) => [l.id, l]));
          const kept = old.lines.map((l) => byId.get(l.id) ?? l);
          const added = answer.lines.filter((l) => !old.lines.some((o) => o.id === l.id));
          return { lines: [...kept, ...added], loads: answer.loads };
        });
        setMessage({ text: `${what}: saved`, error: false });
        return true;
      } catch (e) {
        const x = explain(e);
        const issues = (e as { error?: { issues?: { path: (string | number)[]; message: string }[] } }).error?.issues ?? [];
        const detail = issues.map((i) => `row ${Number(i.path[1]) + 1}, ${String(i.path[2] ?? '')}: ${i.message}`).join(' · ');
        setMessage({ text: issues.length > 1 ? detail : x.message, fix: x.fix, error: true });
        return false;
      }
    });

  const onCellValueChanged = (e: CellValueChangedEvent<Row>) => {
    const col = e.column.getColId() as keyof ManifestRowInput;
    const putBack = (ok: boolean) => {
      if (!ok) {
        const stored = linesRef.current.find((l) => l.id === e.data.id);
        if (stored) e.node.setData({ ...stored });
      }
    };
    void save(() => {
      const current = linesRef.current.find((l) => l.id === e.data.id)!;
      return [{ id: current.id, version: current.version, [col]: e.newValue === '' ? null : e.newValue }];
    }, 'Line').then(putBack);
  };

  const onPaste = (block: string[][]) => {
    const parsed = lineRowsFromBlock(block, { vehicles: c.vehicles, stops: c.stops, lots: stock.data ?? [], orgs: orgs.list });
    if (parsed.problems.length > 0) {
      setMessage({
        text: parsed.problems.slice(0, 5).join(' · '),
        fix: `Nothing was pasted. Columns in order: ${PASTE_COLUMNS}.`,
        error: true,
      });
      return;
    }
    void save(() => parsed.rows, `${parsed.rows.length} pasted line${parsed.rows.length === 1 ? '' : 's'}`);
  };

  const columns = useMemo<ColDef<Row>[]>(() => {
    const select = (field: keyof Row, header: string, names: Map<string, string>, width: number): ColDef<Row> => ({
      field,
      headerName: header,
      width,
      editable,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...names.keys()] },
      valueFormatter: (p) => (p.value ? (names.get(String(p.value)) ?? '?') : ''),
      cellClassRules: { 'cell-missing': (p) => !p.value },
    });
    const num = (field: keyof Row, header: string, width: number, fmt?: (v: number) => string): ColDef<Row> => ({
      field,
      headerName: header,
      width,
      editable,
      cellEditor: 'agNumberCellEditor',
      type: 'rightAligned',
      valueFormatter: (p) => (p.value == null ? '' : fmt ? fmt(p.value as number) : String(p.value)),
    });
    return [
      select('vehicleId', 'Vehicle', vehicles, 110),
      select('lotId', 'Lot (origin stock)', lots, 300),
      select('consigneeOrgId', 'Consignee', consignees, 120),
      select('stopId', 'Stop', stops, 170),
      num('quantity', 'Quantity', 95),
      { field: 'baseUnit', headerName: 'Unit', width: 70 },
      num('handlingUnits', 'Handling units', 110),
      { field: 'handlingUnitType', headerName: 'HU type', width: 95, editable },
      num('weightKg', `Weight (${units.weightUnit})`, 110, (v) => units.weight(v)),
      num('volumeM3', `Volume (${units.volumeUnit})`, 110, (v) => units.volume(v)),
      {
        field: 'dangerousGoods',
        headerName: 'DG',
        width: 80,
        valueFormatter: (p) => (p.value ? `${p.data?.unNumber ?? ''} cl. ${p.data?.dgClass ?? ''}` : ''),
      },
      { field: 'coldChain', headerName: 'Cold', width: 70, valueFormatter: (p) => (p.value ? 'yes' : '') },
      { field: 'fefoOverrideReason', headerName: 'FEFO override reason', width: 200, editable },
      { field: 'receivedGood', headerName: 'Recv. good', width: 95 },
      { field: 'receivedDamaged', headerName: 'Recv. damaged', width: 110 },
    ];
  }, [editable, vehicles, lots, consignees, stops, units]);

  return (
    <section className="manifest" data-testid="manifest">
      <div className="toolbar">
        <h3>
          Manifest <span className="muted">({lines.length} lines)</span>
        </h3>
        {editable && (
          <button type="button" data-testid="add-line" onClick={() => void save(() => [{}], 'New line')}>
            + Add line
          </button>
        )}
        {editable && <span className="muted">or paste a block: {PASTE_COLUMNS}</span>}
      </div>
      {message && (
        <p className={message.error ? 'msg error' : 'msg'} role={message.error ? 'alert' : 'status'} data-testid="manifest-message">
          {message.text} {message.fix && <span className="muted">{message.fix}</span>}
        </p>
      )}
      <EditableGrid<Row>
        className="manifest-grid"
        testId="manifest-grid"
        saving={pending > 0}
        rowData={lines}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL_UNSORTED}
        getRowId={(r) => r.data.id}
        onGridReady={(e) => (apiRef.current = e.api)}
        onCellValueChanged={onCellValueChanged}
        onBlockPaste={editable ? onPaste : undefined}
        overlayNoRowsTemplate={editable ? 'No lines yet: press “+ Add line”, or paste a block copied from a spreadsheet.' : 'No lines.'}
      />
    </section>
  );
}
