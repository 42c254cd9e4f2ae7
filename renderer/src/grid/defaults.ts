import type { ColDef, RowSelectionOptions } from 'ag-grid-community';

// Grid options shared by the grids (stock, convoys, registers), as constants: AG Grid re-applies an
// option whenever a render passes a new object, which on a 5,000-line count sheet costs a redraw per keystroke.
export const DEFAULT_COL: ColDef = { resizable: true, sortable: true, cellDataType: false, suppressHeaderMenuButton: true };
export const DEFAULT_COL_UNSORTED: ColDef = { resizable: true, sortable: false, cellDataType: false, suppressHeaderMenuButton: true };
export const SINGLE_ROW: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };
