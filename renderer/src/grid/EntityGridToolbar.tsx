import type { ReactNode } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useT } from '../i18n';
import { ColumnChooser } from './ColumnChooser';
import type { GridColumn } from './columns';
import type { GridRow, RecordNoun } from './records';

interface Props {
  api: GridApi<GridRow> | null;
  columns: GridColumn[];
  noun: RecordNoun;
  describe: (row: Record<string, unknown>) => string;
  canEdit: boolean;
  canRemove: boolean;
  canRestore: boolean;
  draftOpen: boolean;
  onAdd: () => void;
  /** Opens the box that adds a pasted block as new rows. */
  onPasteRows: () => void;
  pasteRowsOpen: boolean;
  selected: GridRow | null;
  onRemove: (row: GridRow) => void;
  onRestore: (row: GridRow) => void;
  quick: string;
  onQuick: (text: string) => void;
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
  /** "Loading…" or the number of rows shown. */
  count: string;
  saving: boolean;
  /** The Export… button (the core writes the file); absent when the grid has no export. */
  exportButton?: ReactNode;
  onResetColumns: () => void;
}

/** The bar above a record grid: add, remove or restore, quick search, archived rows, count, export, columns. */
export function EntityGridToolbar(p: Props) {
  const t = useT();
  const { noun, selected } = p;
  return (
    <div className="grid-toolbar">
      {p.canEdit && (
        // Enabled once the grid exists: the new row is pinned into it (a click before that did nothing).
        <button type="button" onClick={p.onAdd} disabled={p.draftOpen || !p.api} title={t('grid.addTitle', { noun: noun.a ?? noun.one })}>
          {t('grid.add', { noun: noun.a ?? noun.one })}
        </button>
      )}
      {p.canEdit && (
        <button
          type="button"
          className="secondary"
          onClick={p.onPasteRows}
          disabled={p.pasteRowsOpen || !p.api}
          title={t('pasteRows.buttonTitle', { nouns: noun.many })}
          data-testid="paste-rows"
        >
          {t('pasteRows.button')}
        </button>
      )}
      {p.canRemove && selected && !selected.archived && (
        <button type="button" className="secondary" onClick={() => p.onRemove(selected)}>
          {t('grid.remove', { what: p.describe(selected) })}
        </button>
      )}
      {p.canRestore && selected?.archived && (
        <button type="button" className="secondary" onClick={() => p.onRestore(selected)}>
          {t('grid.restore', { what: p.describe(selected) })}
        </button>
      )}
      <input
        type="search"
        className="quick-search"
        placeholder={t('grid.search', { nouns: noun.many })}
        aria-label={t('grid.searchLabel', { nouns: noun.many })}
        value={p.quick}
        onChange={(e) => p.onQuick(e.target.value)}
      />
      {p.canRestore && (
        <label className="check inline">
          <input type="checkbox" checked={p.showArchived} onChange={(e) => p.onShowArchived(e.target.checked)} /> {t('grid.showArchived')}
        </label>
      )}
      <span className="grid-count">
        {p.count}
        {p.saving && <span className="saving"> · {t('grid.saving')}</span>}
      </span>
      {p.exportButton}
      {p.api && <ColumnChooser api={p.api} columns={p.columns} onReset={p.onResetColumns} />}
    </div>
  );
}
