import { useCallback, useEffect, useState } from 'react';

function read(): URLSearchParams {
  const hash = window.location.hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

function pathOfHash(): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0];
}

/**
 * Parameters after the page in the URL hash (#/stock-documents?id=…), so a document, a count
 * sheet or a stock card survives a reload and can be linked to. The Shell routes on the part
 * before "?", so these never change the page.
 */
export function useHashParams(): [URLSearchParams, (next: Record<string, string | null | undefined>, replace?: boolean) => void] {
  const [params, setParams] = useState(read);
  useEffect(() => {
    const onChange = () => setParams(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const update = useCallback((next: Record<string, string | null | undefined>, replace = false) => {
    const merged = replace ? new URLSearchParams() : read();
    for (const [k, v] of Object.entries(next)) {
      if (v == null || v === '') merged.delete(k);
      else merged.set(k, v);
    }
    const qs = merged.toString();
    window.location.hash = `#/${pathOfHash()}${qs ? `?${qs}` : ''}`;
  }, []);
  return [params, update];
}

/** A link to a stock page with parameters. */
export const stockHref = (page: string, params: Record<string, string | null | undefined> = {}): string => {
  const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return `#/${page}${qs ? `?${qs}` : ''}`;
};
