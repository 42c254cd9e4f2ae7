import type { CellClassParams, CellClassRules, ColDef } from 'ag-grid-community';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import type { CountLineView } from '../../../../electron/api/stock';
import { COUNT_REASON_CODES, type CountReasonCode } from '../../../../electron/api/vocabularies';
import { COUNT_REASON_KEYS } from '../../../../electron/api/i18n';
import { invalidCell, type CellErrorLookup } from '../../grid/cellErrors';
import { date } from '../../locale/current';
import { CONDITION_LABELS, qty, signed } from './labels';
import { t } from '../../i18n';

export type CountLine = CountLineView & { expiryStatus?: string };
type Line = CountLine;

/** A count reason in the reader's language. */
export const countReasonText = (code: CountReasonCode) => t(COUNT_REASON_KEYS[code]);

/** What a count sheet's columns show and allow, from its state. */
export interface CountColumnOptions {
  /** Counted is typed (the sheet is open for counting). */
  editable: boolean;
  /** A blind count being counted: Expected and Difference are not shown. */
  blind: boolean;
  /** Reasons are chosen (the differences are known and the sheet is not approved). */
  reasons: boolean;
  /** The sheet's reason, shown where a line has none of its own. */
  sheetReason: CountReasonCode;
}

/**
 * The columns of a count sheet. Counted is edited while counting: `onCounted` checks what was
 * typed at the cell and returns false to keep the stored value (a count that is not a count is
 * never sent). Reason is chosen per difference line once the differences are known.
 */
export function countColumns(
  o: CountColumnOptions,
  errors: CellErrorLookup,
  onCounted: (line: Line, typed: unknown) => boolean,
): ColDef<Line>[] {
  const { editable } = o;
  return [
    { colId: 'lineNo', field: 'lineNo', headerName: '#', width: 70 },
    { colId: 'itemCode', field: 'itemCode', headerName: t('col.itemCode'), width: 140 },
    { colId: 'itemName', field: 'itemName', headerName: t('addLine.item'), width: 230, tooltipField: 'itemName' },
    { colId: 'lotNumber', field: 'lotNumber', headerName: t('col.lot'), width: 120 },
    { colId: 'expiryDate', field: 'expiryDate', headerName: t('col.expiry'), width: 110, valueFormatter: (c) => date(c.value as string) },
    { colId: 'ownerShortName', field: 'ownerShortName', headerName: t('col.owner'), width: 90 },
    {
      colId: 'condition',
      headerName: t('col.condition'),
      width: 110,
      valueGetter: (c) => (c.data ? CONDITION_LABELS[c.data.condition] : ''),
    },
    // Expected, Counted and Difference are pinned right: at 1280 px they would otherwise be
    // scrolled off, and they are what a count is about.
    {
      colId: 'expected',
      field: 'expected',
      headerName: t('count.expected'),
      width: 100,
      type: 'rightAligned',
      pinned: 'right',
      hide: o.blind,
      valueFormatter: (c) => qty(c.value as number),
    },
    {
      colId: 'counted',
      field: 'counted',
      headerName: t('count.counted'),
      headerTooltip: t('count.countedTip'),
      width: 110,
      type: 'rightAligned',
      pinned: 'right',
      editable: () => editable,
      valueFormatter: (c) => (c.value == null ? '' : qty(c.value as number)),
      cellClass: 'counted-cell',
      ...invalidCell(errors, 'counted'),
      valueSetter: (c) => onCounted(c.data, c.newValue),
    },
    {
      colId: 'difference',
      headerName: t('count.difference'),
      width: 110,
      type: 'rightAligned',
      pinned: 'right',
      hide: o.blind,
      valueGetter: (c) => (c.data?.counted == null || c.data.expected == null ? null : c.data.counted - c.data.expected),
      valueFormatter: (c) => (c.value == null ? '' : signed(c.value as number)),
      cellClassRules: {
        'diff-bad': (c: CellClassParams<Line>) => c.value != null && (c.value as number) < 0,
        'diff-over': (c: CellClassParams<Line>) => c.value != null && (c.value as number) > 0,
        'diff-ok': (c: CellClassParams<Line>) => c.value === 0,
      } as CellClassRules<Line>,
    },
    {
      colId: 'reasonCode',
      field: 'reasonCode',
      headerName: t('count.col.reason'),
      headerTooltip: t('count.reasonTip'),
      width: 190,
      hide: o.blind,
      // Only a line with a difference takes a reason.
      editable: (c) => o.reasons && c.data?.difference != null && c.data.difference !== 0,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...COUNT_REASON_CODES] },
      // Also formats the choices of the select editor, which are given without a row.
      valueFormatter: (c) => {
        const own = c.value as CountReasonCode | null;
        if (own) return countReasonText(own);
        return c.data?.difference ? t('count.reasonOfSheet', { reason: countReasonText(o.sheetReason) }) : '';
      },
      cellClass: (c) => (o.reasons && c.data?.difference ? 'counted-cell' : ''),
    },
    { colId: 'baseUnit', field: 'baseUnit', headerName: t('col.unit'), width: 70, valueFormatter: (p) => unitWord(String(p.value ?? '')) },
    { colId: 'countedBy', field: 'countedBy', headerName: t('count.countedBy'), width: 140 },
  ];
}
