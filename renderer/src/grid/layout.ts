import { useQuery } from '@tanstack/react-query';
import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { queryClient } from '../app/queries';
import { call, invoke } from '../lib/api';

interface SavedLayout {
  columns: ColumnState[];
}

const isSavedLayout = (v: unknown): v is SavedLayout => typeof v === 'object' && v !== null && Array.isArray((v as SavedLayout).columns);

/** Its own query key (not an area's): a layout is a preference, and no `changed` event names it. */
const layoutQueryKey = (key: string) => ['layout', key] as const;

/** How long column changes settle (a drag of a column's edge fires many events) before saving. */
const SAVE_AFTER_MS = 300;

export interface ColumnLayout {
  /** False until the stored layout is known: render the grid only then (see below). */
  ready: boolean;
  /** Applies the stored layout to a new grid; call from onGridReady. */
  apply(api: GridApi): void;
  /** Call from column events (moved, resized, visible, sorted, pinned); saves a real change after a pause. */
  changed(): void;
  /** Forgets the stored layout and shows the columns as designed. */
  reset(): void;
}

/**
 * Remembers a grid's column order (nothing is remembered without a key), widths, visibility and sort in the database (layout.get /
 * layout.save), not in localStorage: browser mode starts on a new port each time, and a
 * layout belongs with the data it arranges.
 *
 * The stored layout is read in parallel with the rows and applied when the grid is created,
 * before anyone can touch a column. It used to be fetched from onGridReady and applied whenever
 * it arrived: on a busy machine it arrived after the user had already sorted or hidden a column,
 * overrode that choice, and the change was never saved (events were ignored while "restoring").
 * A change is saved when the grid's column state differs from what was last applied or saved,
 * so the grid's own events while applying a layout are never mistaken for the user's.
 */
export function useColumnLayout(key: string | undefined): ColumnLayout {
  const stored = useQuery({
    queryKey: layoutQueryKey(key ?? ''),
    queryFn: () => call('layout.get', { key: key! }),
    enabled: key !== undefined,
  });
  const apiRef = useRef<GridApi | null>(null);
  /** The column state as last applied or saved (JSON), to tell a real change from an echo. */
  const known = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<ColumnState[] | null>(null);

  const save = useCallback(
    (columns: ColumnState[] | null) => {
      if (key === undefined) return;
      const state = columns ? { columns } : null;
      queryClient.setQueryData(layoutQueryKey(key), state);
      void invoke('layout.save', { key, state });
    },
    [key],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current) save(pending.current);
    pending.current = null;
  }, [save]);

  // A change made just before leaving the page is still saved.
  useEffect(() => flush, [flush]);

  const storedValue = stored.data;
  // A layout that cannot be read is not worth an error screen: the grid shows its default columns.
  const ready = key === undefined || stored.isSuccess || stored.isError;

  return useMemo<ColumnLayout>(
    () => ({
      ready,
      apply(api) {
        apiRef.current = api;
        if (isSavedLayout(storedValue)) api.applyColumnState({ state: storedValue.columns, applyOrder: true });
        known.current = JSON.stringify(api.getColumnState());
      },
      changed() {
        const api = apiRef.current;
        if (!api || api.isDestroyed()) return;
        const columns = api.getColumnState();
        const json = JSON.stringify(columns);
        if (json === known.current) return;
        known.current = json;
        pending.current = columns;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(flush, SAVE_AFTER_MS);
      },
      reset() {
        const api = apiRef.current;
        if (timer.current) clearTimeout(timer.current);
        pending.current = null;
        if (api && !api.isDestroyed()) {
          api.resetColumnState();
          known.current = JSON.stringify(api.getColumnState());
        }
        save(null);
      },
    }),
    [ready, storedValue, flush, save],
  );
}
