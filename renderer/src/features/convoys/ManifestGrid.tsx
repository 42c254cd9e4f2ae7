import type { ColDef, GridApi, IRowNode, SuppressKeyboardEventParams, ValueSetterParams } from 'ag-grid-community';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { useMemo, useRef, useState } from 'react';
import type { ConvoyDetail, ManifestRow, ManifestView } from '../../../../electron/api/convoys';
import type { OpInput } from '../../../../electron/api/contract';
import { explain } from '../../app/errors';
import { queryClient, useCoreQuery } from '../../app/queries';
import { EditableGrid } from '../../grid/EditableGrid';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { useRowsInPlace } from '../../grid/useRowsInPlace';
import { useSaveQueue } from '../../grid/useSaveQueue';
import { t, useLanguage } from '../../i18n';
import { call } from '../../lib/api';
import { date, num } from '../../locale/current';
import { LotPickerEditor } from './LotPickerEditor';
import { manifestRow, manifestRows, withSaved } from './manifestRows';
import { DEFAULT_COL_UNSORTED } from '../../grid/defaults';
import { useOrganisations } from '../stock/lookups';
import { useUnits } from './format';
import { lineRowsFromBlock, pasteColumns } from './manifestPaste';

type Row = ManifestRow;
const NO_LINES: Row[] = [];
const idOf = (r: Row) => r.id;
type ManifestRowInput = OpInput<'convoys.manifest.save'>['rows'][number];

/** A line's lot named from the line itself: item, lot number, expiry and owner (the picker shows what is available). */
const lineLotLabel = (r: Row | undefined, owners: Map<string, string>) =>
  r?.lotId
    ? [
        t('manifest.lotLabel', { item: r.itemCode ?? '', lot: r.lotNumber || '—' }),
        ...(r.expiryDate ? [t('manifest.lotExpiry', { date: date(r.expiryDate) })] : []),
        ...(r.ownerOrgId && owners.has(r.ownerOrgId) ? [owners.get(r.ownerOrgId)!] : []),
      ].join(' · ')
    : '';

/** While the lot picker is open, its own keys (↑/↓ to move, Enter to pick) are not the grid's. */
const pickerKeys = (p: SuppressKeyboardEventParams) => p.editing && ['ArrowUp', 'ArrowDown', 'Enter'].includes(p.event.key);

/**
 * The manifest builder: one line per lot, vehicle, consignee and stop, edited in place (each change
 * saved at once through the save queue, refused cells named), Ctrl+Z/Ctrl+Y, and a block pasted
 * from a spreadsheet (vehicle plate, item code, lot, consignee, stop, quantity, handling units).
 */
export function ManifestGrid({ convoy: c, editable }: { convoy: ConvoyDetail; editable: boolean }) {
  const key = useMemo(() => ['convoys.manifest.get', { convoyId: c.id }], [c.id]);
  const manifest = useCoreQuery('convoys.manifest.get', { convoyId: c.id });
  const orgs = useOrganisations();
  const units = useUnits();
  const language = useLanguage();
  const { enqueue, pending } = useSaveQueue({ startAtOnce: true });
  const [message, setMessage] = useState<{ text: string; fix?: string; error: boolean } | null>(null);
  const apiRef = useRef<GridApi<Row> | null>(null);
  const lines = useMemo(() => (manifest.data ? manifestRows(manifest.data) : NO_LINES), [manifest.data]);
  // A save's answer changes its lines in place (the others keep their row), so one edited line never redraws 2,000.
  const rows = useRowsInPlace(lines, idOf);
  const linesRef = useRef(lines);
  linesRef.current = lines;

  // Keyed by their content: the convoy refetched after a save brings equal vehicles and stops, and the columns stay as they are.
  const vehicleKey = c.vehicles.map((v) => `${v.vehicleId}\t${v.plate}`).join('\n');
  const stopKey = c.stops.map((st) => `${st.id}\t${st.label}`).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the plates change, not when the array is new
  const vehicles = useMemo(() => new Map(c.vehicles.map((v) => [v.vehicleId, v.plate])), [vehicleKey]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the stops change, not when the array is new
  const stops = useMemo(() => new Map(c.stops.map((st) => [st.id, st.label])), [stopKey]);
  const consignees = useMemo(() => new Map(orgs.list.map((o) => [o.id, o.shortName])), [orgs.list]);

  /** Saves rows (one edited cell, or a pasted block) and puts the answer in the cache at once. */
  const save = (build: () => ManifestRowInput[], what: string) =>
    enqueue(async () => {
      try {
        const answer = await call('convoys.manifest.save', { convoyId: c.id, rows: build() });
        queryClient.setQueryData<ManifestView>(key, (old) => old && withSaved(old, answer));
        setMessage({ text: t('manifest.saved', { what }), error: false });
        return true;
      } catch (e) {
        const x = explain(e);
        const issues = (e as { error?: { issues?: { path: (string | number)[]; message: string }[] } }).error?.issues ?? [];
        const detail = issues
          .map((i) => t('manifest.cellProblem', { row: Number(i.path[1]) + 1, column: String(i.path[2] ?? ''), message: i.message }))
          .join(' · ');
        setMessage({ text: issues.length > 1 ? detail : x.message, fix: x.fix, error: true });
        return false;
      }
    });

  // The packs of the lines' items, from the manifest; read when a cell is drawn or edited, so the columns need not change with them.
  const itemsRef = useRef(manifest.data?.items);
  itemsRef.current = manifest.data?.items;
  const packsOfLine = (r: Row | undefined) => (r?.itemId ? (itemsRef.current?.[r.itemId]?.packSizes ?? []) : []);

  /** What one edited cell sends: packs go with their name (the line's, else the item's first pack); a cleared pack goes back to base units. */
  const cellChange = (current: Row, col: keyof ManifestRowInput, raw: unknown): ManifestRowInput => {
    const value = raw === '' || raw == null ? null : raw;
    const base = { id: current.id, version: current.version };
    if (col === 'packCount') {
      if (value === null) return { ...base, packName: null };
      return { ...base, packCount: value as number, packName: current.packName ?? packsOfLine(current)[0]?.name ?? '' };
    }
    if (col === 'packName')
      return value === null ? { ...base, packName: null } : { ...base, packName: value as string, packCount: current.packCount ?? 1 };
    return { ...base, [col]: value };
  };

  /**
   * A line as stored, from the cache the last save's answer has just written: a save queued behind
   * another of the same line starts right after that answer, before React draws it, so the lines
   * drawn last still carry the version the answer replaced (and the core would refuse it).
   */
  const storedLine = (id: string): Row | undefined => {
    const view = queryClient.getQueryData<ManifestView>(key);
    const line = view?.lines.find((l) => l.id === id);
    return view && line ? manifestRow(view, line) : linesRef.current.find((l) => l.id === id);
  };

  /** One edited cell saved; a refused one goes back to what is stored. */
  const saveCell = (node: IRowNode<Row>, id: string, col: keyof ManifestRowInput, value: unknown) => {
    const putBack = (ok: boolean) => {
      if (!ok) {
        const stored = storedLine(id);
        if (stored) node.setData({ ...stored });
      }
    };
    void save(() => [cellChange(storedLine(id)!, col, value)], t('manifest.line')).then(putBack);
  };
  const saveCellRef = useRef(saveCell);
  saveCellRef.current = saveCell;

  /*
   * An edited cell (typed, or Ctrl+Z/Ctrl+Y) is saved from its valueSetter, inside the key's own
   * task, so the request leaves before AG Grid moves the focus on. AG Grid hands
   * onCellValueChanged over a setTimeout, after that work and often a frame: 10–20 ms later.
   */
  const savedOnSet = (field: keyof Row & keyof ManifestRowInput) => (p: ValueSetterParams<Row>) => {
    if ((p.oldValue ?? '') === (p.newValue ?? '') || !p.data) return false;
    (p.data as unknown as Record<string, unknown>)[field] = p.newValue;
    saveCellRef.current(p.node!, p.data.id, field, p.newValue);
    return true;
  };

  const onPaste = async (block: string[][]) => {
    // The origin's lots of the item codes the block names (its second column), not its whole stock.
    const itemCodes = [...new Set(block.map((cells) => (cells[1] ?? '').trim()).filter(Boolean))];
    const lots = itemCodes.length > 0 ? await call('convoys.originLots', { convoyId: c.id, itemCodes }).catch((e: unknown) => e) : [];
    if (!Array.isArray(lots)) {
      const x = explain(lots);
      setMessage({ text: x.message, fix: x.fix, error: true });
      return;
    }
    const parsed = lineRowsFromBlock(block, { vehicles: c.vehicles, stops: c.stops, lots, orgs: orgs.list });
    if (parsed.problems.length > 0) {
      setMessage({
        text: parsed.problems.slice(0, 5).join(' · '),
        fix: t('manifest.nothingPasted', { columns: pasteColumns() }),
        error: true,
      });
      return;
    }
    void save(() => parsed.rows, t('manifest.pastedLines', { count: parsed.rows.length }));
  };

  const columns = useMemo<ColDef<Row>[]>(() => {
    const select = (field: keyof Row, header: string, names: Map<string, string>, width: number): ColDef<Row> => ({
      field,
      headerName: header,
      width,
      editable,
      valueSetter: savedOnSet(field as keyof Row & keyof ManifestRowInput),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...names.keys()] },
      valueFormatter: (p) => (p.value ? (names.get(String(p.value)) ?? '?') : ''),
      cellClassRules: { 'cell-missing': (p) => !p.value },
    });
    const number = (field: keyof Row, header: string, width: number, fmt?: (v: number) => string): ColDef<Row> => ({
      field,
      headerName: header,
      width,
      editable,
      valueSetter: savedOnSet(field as keyof Row & keyof ManifestRowInput),
      cellEditor: 'agNumberCellEditor',
      type: 'rightAligned',
      valueFormatter: (p) => (p.value == null ? '' : fmt ? fmt(p.value as number) : num(p.value as number)),
    });
    return [
      select('vehicleId', t('manifest.col.vehicle'), vehicles, 110),
      {
        field: 'lotId',
        headerName: t('manifest.col.lot'),
        width: 300,
        editable,
        valueSetter: savedOnSet('lotId'),
        cellEditor: LotPickerEditor,
        cellEditorParams: { convoyId: c.id },
        cellEditorPopup: true,
        suppressKeyboardEvent: pickerKeys,
        valueFormatter: (p) => lineLotLabel(p.data, consignees),
        cellClassRules: { 'cell-missing': (p) => !p.value },
      },
      select('consigneeOrgId', t('manifest.col.consignee'), consignees, 120),
      select('stopId', t('manifest.col.stop'), stops, 170),
      number('quantity', t('manifest.col.quantity'), 95),
      { field: 'baseUnit', headerName: t('manifest.col.unit'), width: 70, valueFormatter: (p) => unitWord(String(p.value ?? '')) },
      number('packCount', t('manifest.col.packCount'), 80),
      {
        field: 'packName',
        headerName: t('manifest.col.packName'),
        width: 120,
        editable: (p) => editable && packsOfLine(p.data).length > 0,
        valueSetter: savedOnSet('packName'),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: (p: { data?: Row }) => ({ values: ['', ...packsOfLine(p.data).map((x) => x.name)] }),
        valueFormatter: (p) => {
          const pack = p.value ? packsOfLine(p.data).find((x) => x.name === p.value) : undefined;
          return pack ? t('manifest.packOf', { pack: pack.name, size: pack.quantity }) : String(p.value ?? '');
        },
      },
      number('handlingUnits', t('manifest.col.handlingUnits'), 110),
      { field: 'handlingUnitType', headerName: t('manifest.col.huType'), width: 95, editable, valueSetter: savedOnSet('handlingUnitType') },
      number('weightKg', t('manifest.col.weight', { unit: units.weightUnit }), 110, (v) => units.weight(v)),
      number('volumeM3', t('manifest.col.volume', { unit: units.volumeUnit }), 110, (v) => units.volume(v)),
      {
        field: 'dangerousGoods',
        headerName: t('manifest.col.dg'),
        width: 80,
        valueFormatter: (p) => (p.value ? t('manifest.dgValue', { un: p.data?.unNumber ?? '', dgClass: p.data?.dgClass ?? '' }) : ''),
      },
      { field: 'coldChain', headerName: t('manifest.col.cold'), width: 70, valueFormatter: (p) => (p.value ? t('manifest.yes') : '') },
      {
        field: 'fefoOverrideReason',
        headerName: t('manifest.col.fefoReason'),
        width: 200,
        editable,
        valueSetter: savedOnSet('fefoOverrideReason'),
      },
      { field: 'receivedGood', headerName: t('manifest.col.receivedGood'), width: 95 },
      { field: 'receivedDamaged', headerName: t('manifest.col.receivedDamaged'), width: 110 },
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  }, [editable, vehicles, consignees, stops, units, language, c.id]);

  return (
    <section className="manifest" data-testid="manifest">
      <div className="toolbar">
        <h3>
          {t('manifest.title')} <span className="muted">{t('manifest.lineCount', { count: lines.length })}</span>
        </h3>
        {editable && (
          <button type="button" data-testid="add-line" onClick={() => void save(() => [{}], t('manifest.newLine'))}>
            {t('manifest.addLine')}
          </button>
        )}
        {editable && <span className="muted">{t('manifest.orPaste', { columns: pasteColumns() })}</span>}
        <ExportButton
          source="manifest"
          label={t('export.manifest')}
          parts={() => ({ params: { convoyId: c.id }, ...gridViewOf(apiRef.current) })}
        />
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
        rowData={rows.rowData}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL_UNSORTED}
        getRowId={(r) => r.data.id}
        onGridReady={(e) => {
          apiRef.current = e.api;
          rows.attach(e.api);
        }}
        onBlockPaste={editable ? (block) => void onPaste(block) : undefined}
        overlayNoRowsTemplate={editable ? t('manifest.noLinesEditable') : t('manifest.noLines')}
      />
    </section>
  );
}
