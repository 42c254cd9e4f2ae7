import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { gridLocaleText } from './locale-text';
import { gridRtl } from '../locale/current';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useCallback, useRef, type ReactNode } from 'react';
import { useColumnLayout, type ColumnLayout } from './layout';
import { gridTheme } from './theme';
import { useBlockPaste, useUndoKey } from './useBlockPaste';
import { t } from '../i18n';

export interface EditableGridProps<T> extends AgGridReactProps<T> {
  /** The remembered column layout (useColumnLayout); the grid appears once it is known. */
  layout?: ColumnLayout;
  /** A spreadsheet block pasted with Ctrl+V outside a cell editor (see useBlockPaste). */
  onBlockPaste?: (block: string[][]) => void;
  /** Ctrl+Z outside a cell editor, before AG Grid's own cell undo; true when it undid something (the last paste). */
  onUndoKey?: () => boolean;
  /** Saves queued or under way (shown as data-saving, which tests wait on instead of sleeping). */
  saving?: boolean;
  className?: string;
  testId?: string;
  /** Shown over the grid (an empty state). */
  children?: ReactNode;
}

/**
 * The one editable-grid element every Corridor grid uses (record lists, document lines, the
 * count sheet, thresholds): AG Grid with the shared editing options — edits stop when the cell
 * loses focus, Enter moves down, Ctrl+Z/Ctrl+Y undo and redo cell edits (each grid saves them
 * like any edit) — plus block paste, the remembered column layout and a `data-saving` flag.
 * What a row is and how it is saved stay with each grid (useSaveQueue, invalidCell, planPaste).
 */
export function EditableGrid<T>({
  layout: remembered,
  onBlockPaste,
  onUndoKey,
  saving,
  className,
  testId,
  children,
  ...grid
}: EditableGridProps<T>) {
  const container = useRef<HTMLDivElement>(null);
  const unremembered = useColumnLayout(undefined);
  const layout = remembered ?? unremembered;
  useBlockPaste(container, onBlockPaste);
  useUndoKey(container, onUndoKey);
  const userReady = grid.onGridReady;
  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      layout.apply(e.api as GridApi);
      userReady?.(e);
    },
    [layout, userReady],
  );
  const onColumnEvent = useCallback(
    (e: { finished?: boolean } | object) => {
      if (!('finished' in e) || e.finished !== false) layout.changed();
    },
    [layout],
  );
  return (
    <div
      className={`editable-grid ${className ?? ''}`}
      ref={container}
      data-testid={testId}
      data-layout={layout.ready ? 'ready' : 'pending'}
      data-saving={saving ? 'yes' : 'no'}
    >
      {layout.ready ? (
        <AgGridReact<T>
          enableRtl={gridRtl()}
          theme={gridTheme}
          getLocaleText={gridLocaleText}
          undoRedoCellEditing
          undoRedoCellEditingLimit={50}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          {...grid}
          onGridReady={onGridReady}
          onColumnMoved={onColumnEvent}
          onColumnResized={onColumnEvent}
          onColumnVisible={onColumnEvent}
          onColumnPinned={onColumnEvent}
          onSortChanged={onColumnEvent}
        />
      ) : (
        // Made once its stored layout is known, so no late layout can undo a column the user has
        // just sorted, moved or hidden.
        <div className="pending">{t('common.loading')}</div>
      )}
      {children}
    </div>
  );
}
