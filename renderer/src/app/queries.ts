import { keepPreviousData, QueryClient, useQuery, type Query } from '@tanstack/react-query';
import type { OpInput, OpName } from '../../../electron/api/contract';
import type { Change, ChangedType } from '../../../electron/api/events';
import { call, onCoreEvent } from '../lib/api';
import { READS } from './reads';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
});

/**
 * Query keys start with the operation's name; READS says which record types it reads, so a
 * `changed` event refetches only the queries reading what changed (the database owns the truth;
 * grids never keep their own).
 */
export function useCoreQuery<K extends OpName>(name: K, input: OpInput<K>, opts: { keepPrevious?: boolean; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [name, input],
    queryFn: () => call(name, input),
    // A read that may wait (e.g. until what the page shows first has arrived).
    enabled: opts.enabled ?? true,
    // A grid switching its input (e.g. "Show archived") keeps showing the old rows until the new ones arrive.
    ...(opts.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** Asks for a read a page is about to make (same key as its useCoreQuery), unless it is cached already. */
export function prefetchCoreQuery<K extends OpName>(name: K, input: OpInput<K>): void {
  void queryClient.prefetchQuery({ queryKey: [name, input], queryFn: () => call(name, input) });
}

/**
 * Shows what a save or an action returned in the page's cached read (`key`) at once, never over a
 * newer version already there: the page's next action must carry this version, and the refetch
 * the change brings can come late on a busy laptop (an action clicked before it arrived was
 * refused as "changed since").
 */
export function showSaved<T>(key: readonly unknown[], saved: T, version: (d: T) => number): void {
  queryClient.setQueryData<T>(key, (old) => (old !== undefined && version(old) > version(saved) ? old : saved));
}

interface VersionedRow {
  id: string;
  version: number;
}
const isRecordList = (data: unknown): data is VersionedRow[] =>
  Array.isArray(data) && (data.length === 0 || (typeof data[0] === 'object' && data[0] !== null && 'version' in data[0]));

/**
 * Puts rows a save returned into every cached list of that operation (all its inputs) that holds
 * them, so the list the edit came from need not be fetched again. New rows are left to the
 * `changed` event (which list they belong in is the core's to say).
 */
export function applySavedRows(listOp: OpName, rows: VersionedRow[]): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  queryClient.setQueriesData<unknown>({ queryKey: [listOp] }, (old: unknown) => {
    if (!isRecordList(old) || !old.some((r) => byId.has(r.id))) return old;
    return old.map((r) => {
      const saved = byId.get(r.id);
      return saved && saved.version >= r.version ? saved : r;
    });
  });
}

/**
 * Views that are not a record list but hold one type's records (a convoy's manifest holds its
 * lines): the save's answer is put in them, so the change it causes need not refetch them.
 */
const HELD_RECORDS: Partial<Record<OpName, { type: Change['type']; rows(data: unknown): unknown }>> = {
  'convoys.manifest.get': { type: 'manifest_lines', rows: (d) => (d as { lines?: unknown }).lines },
};

/**
 * Whether a change leaves a query's data stale: a list (or a view in HELD_RECORDS) already
 * holding every changed record at its new version (applied from a save's answer) is not;
 * anything else is.
 */
function staleAfter(query: Query, change: Change): boolean {
  // Keys that are not an operation's (e.g. a grid's layout) are the renderer's own: never stale.
  const reads = READS[query.queryKey[0] as OpName];
  if (!reads || !reads.includes(change.type)) return false;
  const data = query.state.data;
  const holder = HELD_RECORDS[query.queryKey[0] as OpName];
  if (holder && holder.type === change.type && change.records && data) {
    const rows = holder.rows(data);
    if (isRecordList(rows)) {
      const held = new Map(rows.map((r) => [r.id, r.version]));
      return change.records.some((r) => r.op === 'delete' || (held.get(r.id) ?? -1) < r.version);
    }
  }
  if (!change.records || !isRecordList(data) || query.queryKey[0] !== `${change.type}.list`) return true;
  const held = new Map(data.map((r) => [r.id, r.version]));
  return change.records.some((r) => r.op === 'delete' || (held.get(r.id) ?? -1) < r.version);
}

type ChangeListener = (types: Set<ChangedType>) => void;
const changeListeners = new Set<ChangeListener>();

/** Calls `listener` with the changed types of every `changed` event (for grids that page on the server). */
export function onRecordsChanged(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

let subscribed = false;
export function subscribeToCoreChanges(): void {
  if (subscribed) return;
  subscribed = true;
  onCoreEvent((e) => {
    if (e.type !== 'changed') return;
    void queryClient.invalidateQueries({ predicate: (q) => e.changes.some((c) => staleAfter(q, c)) });
    const types = new Set(e.changes.map((c) => c.type));
    for (const l of changeListeners) l(types);
  });
}
