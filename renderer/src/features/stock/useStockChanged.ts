import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * Calls `onChange` whenever the core reports a stock change (any window, any operation).
 * Server-paged grids hold no react-query data of their own, so they watch a tiny local query in
 * the 'stock' area: the Shell's change subscription invalidates it with the rest, it "refetches"
 * without a network call, and the new value tells the grid to reload its visible block.
 */
export function useStockChanged(onChange: () => void): void {
  const tick = useQuery({ queryKey: ['stock', '__changed'], queryFn: () => Date.now(), staleTime: Infinity });
  const first = useRef<number | undefined>(undefined);
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (tick.data === undefined) return;
    if (first.current === undefined) {
      first.current = tick.data;
      return;
    }
    latest.current();
  }, [tick.data]);
}
