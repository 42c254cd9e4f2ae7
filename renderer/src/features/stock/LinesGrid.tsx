import type { CellValueChangedEvent, ColDef, GridApi, RowClassRules } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef } from 'react';
import type { StockDocumentKind, StockDocumentLineView, StockLineInput } from '../../../../electron/api/stock';
import { gridTheme } from '../../grid/theme';
import { CONDITION_LABELS, qty } from './labels';
import { FEFO_KINDS } from './lineInput';
import { findItem, useItems, useOrganisations } from './lookups';
import { DEFAULT_COL_UNSORTED, SINGLE_ROW } from './gridProps';

type Row = StockDocumentLineView;
type Problems = Map<string, Record<string, string>>;

interface Props {
  kind: StockDocumentKind;
  lines: Row[];
  editable: boolean;
  problems: Problems;
  /** Saves one changed line; the grid puts the stored values back if it is refused. */
  onChange: (line: Row, change: Partial<StockLineInput>) => Promise<boolean>;
  onLocalProblem: (lineId: string, field: string, message: string) => void;
  onSelect: (line: Row | null) => void;
}

const STOCK_CONDITIONS = ['good', 'damaged', 'quarantined'];
const isNewBatch = (l: Row | undefined, kind: StockDocumentKind) => Boolean(l && !l.lotId && (kind === 'receipt' || kind === 'adjustment'));

/** The lines of a document: edited in place while a draft (each change saved at once), read-only once posted. */
export function LinesGrid(p: Props) {
  const items = useItems();
  const orgs = useOrganisations();
  const apiRef = useRef<GridApi<Row> | null>(null);
  const problemsRef = useRef(p.problems);
  problemsRef.current = p.problems;
  const rows = useMemo(() => p.lines.map((l) => ({ ...l })), [p.lines]);
  const hasProblems = p.problems.size > 0;
  const rowClass = useMemo<RowClassRules<Row>>(() => ({ 'row-problem': (c) => Boolean(c.data && problemsRef.current.has(c.data.id)) }), []);

  useEffect(() => {
    const a = apiRef.current;
    if (!a || a.isDestroyed()) return;
    // Refreshing re-measures the auto-height Problem cells; resetRowHeights() is not for
    // auto-height rows (AG Grid warns #3 in the console).
    a.refreshCells({ force: true });
  }, [p.problems]);

  const columns = useMemo<ColDef<Row>[]>(() => {
    const k = p.kind;
    const ed = p.editable;
    const problemAt = (id: string | undefined, ...fields: string[]) => {
      const row = id ? problemsRef.current.get(id) : undefined;
      return row ? fields.map((f) => row[f]).find(Boolean) : undefined;
    };
    const invalid = (...fields: string[]) => ({ 'cell-invalid': (c: { data?: Row }) => Boolean(problemAt(c.data?.id, ...fields)) });
    const cols: ColDef<Row>[] = [{ colId: 'lineNo', headerName: '#', width: 56, field: 'lineNo' }];
    if (k === 'adjustment') {
      cols.push({
        colId: 'direction',
        headerName: 'Direction',
        width: 110,
        field: 'direction',
        editable: ed,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: ['increase', 'decrease'] },
        valueFormatter: (c) => (c.value === 'increase' ? '+ Increase' : c.value === 'decrease' ? '− Decrease' : ''),
        cellClassRules: invalid('direction'),
      });
    }
    cols.push(
      {
        colId: 'itemId',
        headerName: 'Item code',
        width: 140,
        valueGetter: (c) => c.data?.itemCode ?? '',
        valueSetter: (c) => {
          c.data.itemCode = String(c.newValue ?? '');
          return true;
        },
        editable: (c) => ed && isNewBatch(c.data, k),
        cellClassRules: invalid('itemId'),
        headerTooltip: 'Type an item code (or the exact name)',
      },
      { colId: 'itemName', headerName: 'Item', width: 220, field: 'itemName', tooltipField: 'itemName' },
      {
        colId: 'lotNumber',
        headerName: 'Lot / batch',
        width: 120,
        field: 'lotNumber',
        editable: (c) => ed && isNewBatch(c.data, k),
        cellClassRules: invalid('lotNumber', 'lotId'),
      },
      {
        colId: 'expiryDate',
        headerName: 'Expiry',
        width: 110,
        field: 'expiryDate',
        editable: (c) => ed && isNewBatch(c.data, k),
        cellClassRules: invalid('expiryDate'),
        headerTooltip: 'YYYY-MM-DD',
      },
      {
        colId: 'ownerOrgId',
        headerName: 'Owner',
        width: 100,
        field: 'ownerOrgId',
        editable: (c) => ed && isNewBatch(c.data, k),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: orgs.list.map((o) => o.id) },
        valueFormatter: (c) => orgs.byId.get(String(c.value))?.shortName ?? c.data?.ownerShortName ?? '',
        cellClassRules: invalid('ownerOrgId'),
      },
    );
    if (k !== 'issue' && k !== 'transfer_out' && k !== 'transfer_in' && k !== 'reversal') {
      cols.push({
        colId: 'condition',
        headerName: k === 'condition_change' ? 'From condition' : 'Condition',
        width: 120,
        field: 'condition',
        editable: ed,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: STOCK_CONDITIONS },
        valueFormatter: (c) => CONDITION_LABELS[c.value as keyof typeof CONDITION_LABELS] ?? '',
        cellClassRules: invalid('condition'),
      });
    }
    if (k === 'reversal' || k === 'transfer_in') {
      cols.push({
        colId: 'condition',
        headerName: 'Condition',
        width: 110,
        valueFormatter: (c) => CONDITION_LABELS[c.data?.condition ?? 'good'],
        field: 'condition',
      });
    }
    if (k === 'condition_change') {
      cols.push({
        colId: 'toCondition',
        headerName: 'To condition',
        width: 120,
        field: 'toCondition',
        editable: ed,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: STOCK_CONDITIONS },
        valueFormatter: (c) => (c.value ? CONDITION_LABELS[c.value as keyof typeof CONDITION_LABELS] : ''),
        cellClassRules: invalid('toCondition'),
      });
    }
    if (k === 'damage') {
      cols.push({
        colId: 'writeOff',
        headerName: 'Write off',
        headerTooltip: 'Yes: the stock leaves the books. No: it moves to damaged stock.',
        width: 95,
        field: 'writeOff',
        editable: ed,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [false, true] },
        valueFormatter: (c) => (c.value ? 'Yes' : 'No'),
      });
    }
    cols.push(
      {
        colId: 'packName',
        headerName: 'Pack',
        width: 100,
        field: 'packName',
        editable: (c) => ed && Boolean(c.data?.itemId && (items.byId.get(c.data.itemId)?.packSizes.length ?? 0) > 0),
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: (c: { data?: Row }) => ({
          values: ['', ...(items.byId.get(c.data?.itemId ?? '')?.packSizes.map((s) => s.name) ?? [])],
        }),
        valueFormatter: (c) => {
          if (!c.value) return '';
          const size = items.byId.get(c.data?.itemId ?? '')?.packSizes.find((s) => s.name === c.value);
          return size ? `${c.value} of ${size.quantity}` : String(c.value);
        },
        cellClassRules: invalid('packName'),
        headerTooltip: 'Enter by pack: choose the pack, then the count; the base quantity is computed',
      },
      {
        colId: 'packCount',
        headerName: 'Packs',
        width: 80,
        field: 'packCount',
        type: 'rightAligned',
        editable: (c) => ed && Boolean(c.data?.packName),
        cellClassRules: invalid('packCount'),
      },
      {
        colId: 'quantity',
        headerName: 'Quantity',
        headerTooltip: 'In the item’s base unit (computed from packs when given by pack)',
        width: 105,
        // Pinned with its unit so the quantity of every line stays on screen in a narrow window.
        pinned: 'right',
        field: 'quantity',
        type: 'rightAligned',
        editable: ed,
        valueFormatter: (c) => qty(c.value as number),
        cellStyle: { fontWeight: 600 },
        cellClassRules: invalid('quantity'),
      },
      { colId: 'baseUnit', headerName: 'Unit', width: 65, field: 'baseUnit', pinned: 'right' },
    );
    if (k === 'transfer_in') {
      cols.push(
        // Next to the pinned quantity: what arrived damaged and short is half of what a receipt says.
        {
          colId: 'damagedQuantity',
          headerName: 'Arrived damaged',
          width: 130,
          type: 'rightAligned',
          field: 'damagedQuantity',
          pinned: 'right',
        },
        { colId: 'shortQuantity', headerName: 'Short', width: 80, type: 'rightAligned', field: 'shortQuantity', pinned: 'right' },
      );
    }
    if (FEFO_KINDS.includes(k)) {
      cols.push({
        colId: 'fefoOverrideReason',
        headerName: 'FEFO override reason',
        headerTooltip: 'Needed only when a lot is picked before one that expires earlier',
        width: 200,
        field: 'fefoOverrideReason',
        editable: ed,
        cellClassRules: invalid('fefoOverrideReason'),
        tooltipField: 'fefoOverrideReason',
      });
    }
    cols.push(
      { colId: 'notes', headerName: 'Notes', width: 160, field: 'notes', editable: ed, tooltipField: 'notes' },
      {
        // Pinned at the right edge, and only while there is something to say, so the reason a
        // line was refused is always on screen next to it.
        colId: 'problem',
        headerName: 'Problem',
        pinned: 'right',
        width: 340,
        hide: !hasProblems,
        wrapText: true,
        autoHeight: true,
        cellClass: 'line-problem',
        valueGetter: (c) => {
          const row = c.data ? problemsRef.current.get(c.data.id) : undefined;
          return row ? [...new Set(Object.values(row))].join(' · ') : '';
        },
      },
    );
    return cols;
  }, [p.kind, p.editable, items, orgs, hasProblems]);

  const onCellValueChanged = (e: CellValueChangedEvent<Row>) => {
    const line = p.lines.find((l) => l.id === e.data.id);
    if (!line) return;
    const col = e.column.getColId();
    const v = e.newValue as unknown;
    const putBack = () => e.node.setData({ ...line });
    let change: Partial<StockLineInput>;
    switch (col) {
      case 'itemId': {
        const item = findItem(items, String(v ?? ''));
        if (!item) {
          p.onLocalProblem(line.id, 'itemId', `No item with code or name "${String(v ?? '')}"; type a code from the catalogue`);
          putBack();
          return;
        }
        change = { itemId: item.id };
        break;
      }
      case 'packName':
        change = v ? { packName: String(v), packCount: line.packCount ?? 1 } : { quantity: line.quantity };
        break;
      case 'packCount':
        change = { packName: line.packName ?? undefined, packCount: v as number };
        break;
      case 'quantity':
        change = { quantity: v as number };
        break;
      case 'expiryDate':
        change = { expiryDate: (v as string) || undefined };
        break;
      case 'writeOff':
        change = { writeOff: v === true || v === 'true' };
        break;
      default:
        change = { [col]: v } as Partial<StockLineInput>;
    }
    void p.onChange(line, change).then((ok) => {
      if (!ok) putBack();
    });
  };

  return (
    <div className="stock-grid" data-testid="lines-grid">
      <AgGridReact<Row>
        theme={gridTheme}
        enableBrowserTooltips
        rowData={rows}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL_UNSORTED}
        getRowId={(r) => r.data.id}
        rowClassRules={rowClass}
        rowSelection={SINGLE_ROW}
        onSelectionChanged={(e) => p.onSelect(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={onCellValueChanged}
        onGridReady={(e) => (apiRef.current = e.api)}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        singleClickEdit={false}
        overlayNoRowsTemplate={p.editable ? 'No lines yet: add them with the form above.' : 'No lines.'}
      />
    </div>
  );
}
