import type { ColDef, GridApi, IDatasource } from 'ag-grid-community';
import { gridLocaleText } from '../../grid/locale-text';
import { gridRtl } from '../../locale/current';
import { AgGridReact } from 'ag-grid-react';
import type { OnHandRow } from '../../../../electron/api/stock';
import { gridTheme } from '../../grid/theme';
import { expiryRowClass } from './legend';
import { DEFAULT_COL, SINGLE_ROW } from '../../grid/defaults';

const rowClass = expiryRowClass<OnHandRow>();

/** The on-hand grid itself: rows come page by page from the core (infinite row model). */
export default function OnHandGrid(p: {
  datasource: IDatasource;
  columns: ColDef<OnHandRow>[];
  pageSize: number;
  onOpen: (row: OnHandRow) => void;
  onReady: (api: GridApi<OnHandRow>) => void;
}) {
  return (
    <AgGridReact<OnHandRow>
      enableRtl={gridRtl()}
      theme={gridTheme}
      getLocaleText={gridLocaleText}
      enableBrowserTooltips
      rowModelType="infinite"
      // Two lines of text: a long item name is shown whole (the infinite row model needs one height).
      rowHeight={42}
      datasource={p.datasource}
      cacheBlockSize={p.pageSize}
      maxBlocksInCache={40}
      columnDefs={p.columns}
      defaultColDef={DEFAULT_COL}
      getRowId={(p) => p.data.key}
      rowClassRules={rowClass}
      rowSelection={SINGLE_ROW}
      onRowClicked={(e) => e.data && p.onOpen(e.data)}
      onCellKeyDown={(e) => {
        const ev = e.event as KeyboardEvent | undefined;
        if (ev?.key === 'Enter' && e.data) {
          // The highlighted row must be the one whose card opens, not the last one clicked.
          e.node.setSelected(true, true);
          p.onOpen(e.data);
        }
      }}
      onGridReady={(e) => p.onReady(e.api)}
      suppressNoRowsOverlay
    />
  );
}
