import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Item, Organisation, Site } from '../../../../electron/api/record-types';
import { useCoreQuery } from '../../app/queries';
import { call } from '../../lib/api';

/** Sites, organisations and items for selects and for naming ids, cached by react-query per area. */
export function useSites() {
  const q = useCoreQuery('sites.list', {});
  return useMemo(() => {
    const list = ((q.data ?? []) as Site[]).filter((s) => !s.archived).sort((a, b) => a.code.localeCompare(b.code));
    return { list, byId: new Map(list.map((s) => [s.id, s])), loading: q.isPending, error: q.error };
  }, [q.data, q.isPending, q.error]);
}

export function useOrganisations() {
  const q = useCoreQuery('organisations.list', {});
  return useMemo(() => {
    const list = ((q.data ?? []) as Organisation[]).filter((o) => !o.archived).sort((a, b) => a.shortName.localeCompare(b.shortName));
    return { list, byId: new Map(list.map((o) => [o.id, o])), loading: q.isPending, error: q.error };
  }, [q.data, q.isPending, q.error]);
}

/**
 * The catalogue (10,000 items at scale). Pages that need it only once someone types an item pass
 * `enabled = false` until then, so a grid's first rows never wait behind the whole catalogue.
 */
export function useItems(enabled = true) {
  const q = useQuery({ queryKey: ['items.list', {}], queryFn: () => call('items.list', {}), enabled });
  return useMemo(() => {
    const list = ((q.data ?? []) as Item[]).filter((i) => !i.archived).sort((a, b) => a.code.localeCompare(b.code));
    const byCode = new Map(list.map((i) => [i.code.toUpperCase(), i]));
    return { list, byId: new Map(list.map((i) => [i.id, i])), byCode, loading: q.isPending && enabled, error: q.error };
  }, [q.data, q.isPending, q.error, enabled]);
}

export type ItemLookup = ReturnType<typeof useItems>;

/** "RICE-25 — Rice, 25 kg bag": what an item picker shows and accepts back. */
export const itemLabel = (i: Pick<Item, 'code' | 'name'>): string => `${i.code} — ${i.name}`;

/**
 * Finds the item a person typed: its code, its "code — name" label, or a name that only one
 * item has. Returns null when nothing (or more than one item) matches.
 */
export function findItem(items: ItemLookup, text: string): Item | null {
  const t = text.trim();
  if (!t) return null;
  const code = t.split(/\s+[—-]\s+/)[0].toUpperCase();
  const byCode = items.byCode.get(code) ?? items.byCode.get(t.toUpperCase());
  if (byCode) return byCode;
  const lower = t.toLowerCase();
  const named = items.list.filter((i) => i.name.toLowerCase() === lower);
  return named.length === 1 ? named[0] : null;
}

const SITE_KEY = 'corridor.stock.site';

/** The site last worked at, so each stock page opens where the storekeeper is. */
export function rememberedSite(): string {
  try {
    return localStorage.getItem(SITE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Fired on the window when the working site changes (the navigation's incoming count follows it). */
export const WORKING_SITE_EVENT = 'corridor:working-site';

export function rememberSite(id: string): void {
  try {
    if (id) localStorage.setItem(SITE_KEY, id);
  } catch {
    // private mode: nothing to remember
  }
  window.dispatchEvent(new Event(WORKING_SITE_EVENT));
}

/** The remembered working site ('' for none), following changes made on any page. */
export function useRememberedSite(): string {
  const [siteId, setSiteId] = useState(rememberedSite);
  useEffect(() => {
    const follow = () => setSiteId(rememberedSite());
    window.addEventListener(WORKING_SITE_EVENT, follow);
    window.addEventListener('storage', follow);
    return () => {
      window.removeEventListener(WORKING_SITE_EVENT, follow);
      window.removeEventListener('storage', follow);
    };
  }, []);
  return siteId;
}

/**
 * The site a stock page is filtered to, starting at the site last worked at; choosing another
 * remembers it for the next page opened.
 */
export function useWorkingSite(): [string, (id: string) => void] {
  const [siteId, setSiteId] = useState(rememberedSite);
  const choose = useCallback((id: string) => {
    setSiteId(id);
    rememberSite(id);
  }, []);
  return [siteId, choose];
}
