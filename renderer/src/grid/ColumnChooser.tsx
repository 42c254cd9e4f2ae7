import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type { GridColumn } from './columns';
import { t } from '../i18n';

/** Show or hide columns (community AG Grid has no column tool panel); the choice is saved with the layout. */
export function ColumnChooser({ api, columns, onReset }: { api: GridApi; columns: GridColumn[]; onReset: () => void }) {
  const visibleNow = () =>
    new Set(
      api
        .getColumns()
        ?.filter((c) => c.isVisible())
        .map((c) => c.getColId()) ?? [],
    );
  const [visible, setVisible] = useState<Set<string>>(visibleNow);

  useEffect(() => {
    const update = () => setVisible(visibleNow());
    api.addEventListener('columnVisible', update);
    api.addEventListener('newColumnsLoaded', update);
    update();
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnVisible', update);
      api.removeEventListener('newColumnsLoaded', update);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  return (
    <details
      className="column-chooser"
      onKeyDown={(e) => {
        // Esc closes the menu and gives the keyboard back to its button, as any menu does.
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary className="button secondary small">{t('grid.columns')}</summary>
      <div className="column-chooser-panel">
        {columns.map((c) => (
          <label key={c.field} className="check">
            <input
              type="checkbox"
              name={`col-${c.field}`}
              checked={visible.has(c.field)}
              onChange={(e) => {
                api.setColumnsVisible([c.field], e.target.checked);
                // AG Grid tells API listeners in a later task; a controlled checkbox must show the
                // new state now, or React puts the old one back and the click seems to do nothing.
                setVisible(visibleNow());
              }}
            />
            {c.header}
          </label>
        ))}
        <button type="button" className="link" onClick={onReset}>
          {t('grid.resetColumns')}
        </button>
      </div>
    </details>
  );
}
