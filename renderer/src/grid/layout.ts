import type { ColumnState, GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useRef } from 'react';
import { invoke } from '../lib/api';

interface SavedLayout {
  columns: ColumnState[];
}

const isSavedLayout = (v: unknown): v is SavedLayout => typeof v === 'object' && v !== null && Array.isArray((v as SavedLayout).columns);

export interface ColumnLayout {
  /** Loads the stored layout and applies it to the grid. */
  restore(api: GridApi): Promise<void>;
  /** Call from column events (moved, resized, visible, sorted, pinned); saves after a pause. */
  changed(): void;
  /** Forgets the stored layout and shows the columns as designed. */
  reset(api: GridApi): Promise<void>;
}

/**
 * Remembers a grid's column order, widths, visibility and sort in the database (layout.get /
 * layout.save), not in localStorage: browser mode starts on a new port each time, and a
 * layout belongs with the data it arranges.
 */
export function useColumnLayout(key: string): ColumnLayout {
  const applying = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const apiRef = useRef<GridApi | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useMemo<ColumnLayout>(
    () => ({
      async restore(api) {
        apiRef.current = api;
        applying.current = true;
        const r = await invoke('layout.get', { key });
        if (!api.isDestroyed() && r.ok && isSavedLayout(r.value)) {
          api.applyColumnState({ state: r.value.columns, applyOrder: true });
        }
        // Events fired while applying the stored layout are not user changes.
        setTimeout(() => {
          applying.current = false;
        }, 0);
      },
      changed() {
        if (applying.current) return;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          const api = apiRef.current;
          if (!api || api.isDestroyed()) return;
          void invoke('layout.save', { key, state: { columns: api.getColumnState() } });
        }, 300);
      },
      async reset(api) {
        api.resetColumnState();
        await invoke('layout.save', { key, state: null });
      },
    }),
    [key],
  );
}
