import type { CellValueChangedEvent, GridApi, RowClassRules } from 'ag-grid-community';
import { readDate, readNumber } from '../../locale/current';
import { refusalText } from '../../locale/messages';
import { useEffect, useMemo, useRef } from 'react';
import type { StockDocumentKind, StockDocumentLineView, StockLineInput } from '../../../../electron/api/stock';
import { ExportButton, gridViewOf } from '../../grid/ExportButton';
import { EditableGrid } from '../../grid/EditableGrid';
import { useRowsInPlace } from '../../grid/useRowsInPlace';
import { DEFAULT_COL_UNSORTED, SINGLE_ROW } from '../../grid/defaults';
import { lineColumns, type LineProblems } from './lineColumns';
import { findItem, useItems, useOrganisations } from './lookups';
import { useLanguage, useT } from '../../i18n';

type Row = StockDocumentLineView;
const getRowId = (r: { data: Row }) => r.data.id;
const idOf = (r: Row) => r.id;
type Problems = Map<string, Record<string, string>>;

interface Props {
  kind: StockDocumentKind;
  lines: Row[];
  editable: boolean;
  problems: Problems;
  /** Saves queued or under way. */
  saving: boolean;
  /** Saves one changed line; the grid puts the stored values back if it is refused. */
  onChange: (line: Row, change: Partial<StockLineInput>) => Promise<boolean>;
  onLocalProblem: (lineId: string, field: string, message: string) => void;
  onSelect: (line: Row | null) => void;
  /** The document, once saved: its lines can be exported as the grid shows them. */
  documentId?: string;
  /** Ctrl+V of a spreadsheet block on the grid (outside a cell editor): added as new lines. */
  onBlockPaste?: (block: string[][]) => void;
  /** Ctrl+Z before AG Grid's cell undo: true when it undid the last paste. */
  onUndoKey?: () => boolean;
}

/** The lines of a document: edited in place while a draft (each change saved at once), read-only once posted. */
export function LinesGrid(p: Props) {
  const t = useT();
  const language = useLanguage();
  const items = useItems();
  const orgs = useOrganisations();
  const apiRef = useRef<GridApi<Row> | null>(null);
  const problemsRef = useRef(p.problems);
  useEffect(() => {
    problemsRef.current = p.problems;
  }, [p.problems]);
  // Read through the ref so the column definitions (and the undo history) survive a new refusal.
  const problems = useMemo<LineProblems>(
    () => ({ get: (id, field) => problemsRef.current.get(id)?.[field], row: (id) => problemsRef.current.get(id) }),
    [],
  );
  // Saved lines are updated in place, so Ctrl+Z still undoes after a save.
  const rows = useRowsInPlace(p.lines, idOf);
  const hasProblems = p.problems.size > 0;
  const rowClass = useMemo<RowClassRules<Row>>(() => ({ 'row-problem': (c) => Boolean(c.data && problemsRef.current.has(c.data.id)) }), []);

  useEffect(() => {
    const a = apiRef.current;
    if (!a || a.isDestroyed()) return;
    // Refreshing re-measures the auto-height Problem cells; resetRowHeights() is not for
    // auto-height rows (AG Grid warns #3 in the console).
    a.refreshCells({ force: true });
  }, [p.problems]);

  const columns = useMemo(
    () => lineColumns({ kind: p.kind, editable: p.editable, items, orgs, problems, hasProblems }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
    [p.kind, p.editable, items, orgs, problems, hasProblems, language],
  );

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
          p.onLocalProblem(line.id, 'itemId', t('line.noSuchItem', { text: String(v ?? '') }));
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
      case 'quantity': {
        // Read in the locale ("1 200", "1,200" in English); "1,234" in French is refused as ambiguous.
        const n = typeof v === 'number' ? { ok: true as const, value: v } : readNumber(String(v ?? ''));
        if (!n.ok) {
          p.onLocalProblem(line.id, col, refusalText(n.refusal));
          putBack();
          return;
        }
        change =
          col === 'quantity'
            ? { quantity: n.value ?? undefined }
            : { packName: line.packName ?? undefined, packCount: n.value ?? undefined };
        break;
      }
      case 'expiryDate': {
        const d = readDate(String(v ?? ''));
        if (!d.ok) {
          p.onLocalProblem(line.id, col, refusalText(d.refusal));
          putBack();
          return;
        }
        change = { expiryDate: d.value ?? undefined };
        break;
      }
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

  const grid = (
    <EditableGrid<Row>
      className="stock-grid"
      testId="lines-grid"
      saving={p.saving}
      enableBrowserTooltips
      rowData={rows.rowData}
      columnDefs={columns}
      defaultColDef={DEFAULT_COL_UNSORTED}
      getRowId={getRowId}
      rowClassRules={rowClass}
      rowSelection={SINGLE_ROW}
      onSelectionChanged={(e) => p.onSelect(e.api.getSelectedRows()[0] ?? null)}
      onCellValueChanged={onCellValueChanged}
      onGridReady={(e) => {
        apiRef.current = e.api;
        rows.attach(e.api);
      }}
      singleClickEdit={false}
      onBlockPaste={p.onBlockPaste}
      onUndoKey={p.onUndoKey}
      overlayNoRowsTemplate={p.editable ? t('line.noneYet') : t('line.none')}
    />
  );
  if (!p.documentId) return grid;
  const documentId = p.documentId;
  return (
    <>
      <div className="toolbar lines-toolbar">
        <ExportButton
          source="documentLines"
          label={t('export.documentLines')}
          parts={() => ({ params: { documentId }, ...gridViewOf(apiRef.current) })}
        />
      </div>
      {grid}
    </>
  );
}
