import type { ColDef } from 'ag-grid-community';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import type { StockDocumentKind, StockDocumentLineView } from '../../../../electron/api/stock';
import { invalidCell, type CellErrorLookup } from '../../grid/cellErrors';
import { date, getLocale } from '../../locale/current';
import { datePattern } from '../../locale/messages';
import { CONDITION_LABELS, qty } from './labels';
import { FEFO_DOCUMENT_KINDS } from '../../../../electron/api/vocabularies';
import type { ItemLookup, useOrganisations } from './lookups';
import { t } from '../../i18n';

type Row = StockDocumentLineView;

/** The problems of a document's lines, by line id and field (the core's refusal or a check at the cell). */
export interface LineProblems extends CellErrorLookup {
  row(lineId: string): Record<string, string> | undefined;
}

interface Options {
  kind: StockDocumentKind;
  editable: boolean;
  items: ItemLookup;
  orgs: ReturnType<typeof useOrganisations>;
  problems: LineProblems;
  /** The Problem column is shown only while there is something to say. */
  hasProblems: boolean;
}

const STOCK_CONDITIONS = ['good', 'damaged', 'quarantined'];
const isNewBatch = (l: Row | undefined, kind: StockDocumentKind) => Boolean(l && !l.lotId && (kind === 'receipt' || kind === 'adjustment'));

/** The columns of a document's lines for its kind: which fields a line of that kind has, and which are edited in place. */
export function lineColumns(o: Options): ColDef<Row>[] {
  const { kind: k, editable: ed, items, orgs, problems, hasProblems } = o;
  const invalid = (...fields: string[]) => invalidCell(problems, ...fields);
  const cols: ColDef<Row>[] = [{ colId: 'lineNo', headerName: '#', width: 56, field: 'lineNo' }];
  if (k === 'adjustment') {
    cols.push({
      colId: 'direction',
      headerName: t('addLine.direction'),
      width: 110,
      field: 'direction',
      editable: ed,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['increase', 'decrease'] },
      valueFormatter: (c) => (c.value === 'increase' ? t('line.increase') : c.value === 'decrease' ? t('line.decrease') : ''),
      ...invalid('direction'),
    });
  }
  cols.push(
    {
      colId: 'itemId',
      headerName: t('col.itemCode'),
      width: 140,
      valueGetter: (c) => c.data?.itemCode ?? '',
      valueSetter: (c) => {
        c.data.itemCode = String(c.newValue ?? '');
        return true;
      },
      editable: (c) => ed && isNewBatch(c.data, k),
      ...invalid('itemId'),
      headerTooltip: t('line.itemCodeTip'),
    },
    // The whole name, on two lines when long (issue 11 point 8: names ended in "…" at 1280 px).
    {
      colId: 'itemName',
      headerName: t('addLine.item'),
      width: 220,
      field: 'itemName',
      tooltipField: 'itemName',
      wrapText: true,
      autoHeight: true,
      cellClass: 'cell-wrap',
    },
    {
      colId: 'lotNumber',
      headerName: t('addLine.lot'),
      width: 120,
      field: 'lotNumber',
      editable: (c) => ed && isNewBatch(c.data, k),
      ...invalid('lotNumber', 'lotId'),
    },
    {
      colId: 'expiryDate',
      headerName: t('col.expiry'),
      width: 110,
      field: 'expiryDate',
      editable: (c) => ed && isNewBatch(c.data, k),
      ...invalid('expiryDate'),
      // Shown and edited in the locale's date style; LinesGrid reads what is typed.
      valueFormatter: (c) => (typeof c.value === 'string' ? date(c.value) : ''),
      cellEditorParams: { useFormatter: true },
      headerTooltip: datePattern(getLocale()),
    },
    {
      colId: 'ownerOrgId',
      headerName: t('col.owner'),
      width: 100,
      field: 'ownerOrgId',
      editable: (c) => ed && isNewBatch(c.data, k),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: orgs.list.map((o) => o.id) },
      valueFormatter: (c) => orgs.byId.get(String(c.value))?.shortName ?? c.data?.ownerShortName ?? '',
      ...invalid('ownerOrgId'),
    },
  );
  if (k !== 'issue' && k !== 'transfer_out' && k !== 'transfer_in' && k !== 'reversal') {
    cols.push({
      colId: 'condition',
      headerName: k === 'condition_change' ? t('addLine.fromCondition') : t('col.condition'),
      width: 120,
      field: 'condition',
      editable: ed,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: STOCK_CONDITIONS },
      valueFormatter: (c) => CONDITION_LABELS[c.value as keyof typeof CONDITION_LABELS] ?? '',
      ...invalid('condition'),
    });
  }
  if (k === 'reversal' || k === 'transfer_in') {
    cols.push({
      colId: 'condition',
      headerName: t('col.condition'),
      width: 110,
      valueFormatter: (c) => CONDITION_LABELS[c.data?.condition ?? 'good'],
      field: 'condition',
    });
  }
  if (k === 'condition_change') {
    cols.push({
      colId: 'toCondition',
      headerName: t('addLine.toCondition'),
      width: 120,
      field: 'toCondition',
      editable: ed,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: STOCK_CONDITIONS },
      valueFormatter: (c) => (c.value ? CONDITION_LABELS[c.value as keyof typeof CONDITION_LABELS] : ''),
      ...invalid('toCondition'),
    });
  }
  if (k === 'damage') {
    cols.push({
      colId: 'writeOff',
      headerName: t('line.writeOff'),
      headerTooltip: t('line.writeOffTip'),
      width: 95,
      field: 'writeOff',
      editable: ed,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [false, true] },
      valueFormatter: (c) => (c.value ? t('common.yes') : t('common.no')),
    });
  }
  cols.push(
    {
      colId: 'packName',
      headerName: t('line.pack'),
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
        return size ? t('line.packOf', { pack: String(c.value), quantity: qty(size.quantity) }) : String(c.value);
      },
      ...invalid('packName'),
      headerTooltip: t('line.packTip'),
    },
    {
      colId: 'packCount',
      headerName: t('line.packs'),
      width: 80,
      field: 'packCount',
      type: 'rightAligned',
      editable: (c) => ed && Boolean(c.data?.packName),
      ...invalid('packCount'),
    },
    {
      colId: 'quantity',
      headerName: t('col.quantity'),
      headerTooltip: t('line.quantityTip'),
      width: 105,
      // Pinned with its unit so the quantity of every line stays on screen in a narrow window.
      pinned: 'right',
      field: 'quantity',
      type: 'rightAligned',
      editable: ed,
      // Typed text stays on show while its save waits its turn (the stored number replaces it).
      valueFormatter: (c) => (typeof c.value === 'string' ? c.value : qty(c.value as number)),
      cellStyle: { fontWeight: 600 },
      ...invalid('quantity'),
    },
    {
      colId: 'baseUnit',
      headerName: t('col.unit'),
      width: 65,
      field: 'baseUnit',
      pinned: 'right',
      // The unit's label in the reader's language (« unité »), as base units are everywhere else.
      valueFormatter: (p) => unitWord(String(p.value ?? '')),
    },
  );
  if (k === 'transfer_in') {
    cols.push(
      // Next to the pinned quantity: what arrived damaged and short is half of what a receipt says.
      {
        colId: 'damagedQuantity',
        headerName: t('line.arrivedDamaged'),
        width: 130,
        type: 'rightAligned',
        field: 'damagedQuantity',
        pinned: 'right',
      },
      { colId: 'shortQuantity', headerName: t('receive.short'), width: 80, type: 'rightAligned', field: 'shortQuantity', pinned: 'right' },
    );
  }
  if (FEFO_DOCUMENT_KINDS.includes(k)) {
    cols.push({
      colId: 'fefoOverrideReason',
      headerName: t('line.fefoReason'),
      headerTooltip: t('line.fefoReasonTip'),
      width: 200,
      field: 'fefoOverrideReason',
      editable: ed,
      ...invalid('fefoOverrideReason'),
      tooltipField: 'fefoOverrideReason',
    });
  }
  cols.push(
    { colId: 'notes', headerName: t('doc.notes'), width: 160, field: 'notes', editable: ed, tooltipField: 'notes' },
    {
      // Pinned at the right edge, and only while there is something to say, so the reason a
      // line was refused is always on screen next to it.
      colId: 'problem',
      headerName: t('col.problem'),
      pinned: 'right',
      width: 340,
      hide: !hasProblems,
      wrapText: true,
      autoHeight: true,
      cellClass: 'line-problem',
      valueGetter: (c) => {
        const row = c.data ? problems.row(c.data.id) : undefined;
        return row ? [...new Set(Object.values(row))].join(' · ') : '';
      },
    },
  );
  return cols;
}
