import type { ColDef, GridApi, IDatasource, RowClassParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { MutableRefObject, ReactNode } from 'react';
import { DEFAULT_COL, SINGLE_ROW } from './defaults';
import { gridRtl } from '../locale/current';
import { gridLocaleText } from './locale-text';
import { gridTheme } from './theme';

interface Props<T extends { id: string }> {
  /** Memoised per language by the page (a new array redraws the columns). */
  columns: ColDef<T>[];
  /** From usePagedRows: the core answers each block with the page's filters and the grid's sort. */
  datasource: IDatasource;
  apiRef: MutableRefObject<GridApi<T> | null>;
  onOpen: (id: string) => void;
  /** Why the last block could not be read (usePagedRows), under the page's own title for it. */
  loadError: string | null;
  loadErrorTitle: string;
  /** What to say, and do next, when the core found no row; null while loading or when it found some. */
  empty: ReactNode;
  getRowClass?: (r: RowClassParams<T>) => string | undefined;
}

/**
 * A read-only register the core pages (stock documents, incoming transfers, requests): AG Grid's
 * infinite row model, one row selected, a click or Enter on a row opens it, and the page's own
 * load error and empty state in place of AG Grid's overlays.
 */
export function RegisterGrid<T extends { id: string }>(p: Props<T>) {
  return (
    <div className="stock-grid">
      <AgGridReact<T>
        key={gridRtl() ? 'rtl' : 'ltr'} // AG Grid reads its direction once: drawn again when it changes
        enableRtl={gridRtl()}
        theme={gridTheme}
        getLocaleText={gridLocaleText}
        enableBrowserTooltips
        rowModelType="infinite"
        datasource={p.datasource}
        cacheBlockSize={100}
        columnDefs={p.columns}
        defaultColDef={DEFAULT_COL}
        getRowId={(r) => r.data.id}
        getRowClass={p.getRowClass}
        rowSelection={SINGLE_ROW}
        onRowClicked={(e) => e.data && p.onOpen(e.data.id)}
        onCellKeyDown={(e) => {
          if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) p.onOpen(e.data.id);
        }}
        onGridReady={(e) => (p.apiRef.current = e.api)}
        suppressNoRowsOverlay
      />
      {p.loadError && (
        <div className="stock-empty" role="alert">
          <strong>{p.loadErrorTitle}</strong> {p.loadError}
        </div>
      )}
      {p.empty && !p.loadError && <div className="stock-empty">{p.empty}</div>}
    </div>
  );
}
