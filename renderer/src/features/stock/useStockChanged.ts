import { useEffect, useRef } from 'react';
import { onRecordsChanged } from '../../app/queries';
import { STOCK_VIEW_READS } from '../../app/reads';

/**
 * Calls `onChange` whenever the core reports a change to what the server-paged stock grids read
 * (stock records, or the items, sites and organisations whose names they show), from any window
 * or operation. Those grids hold no react-query data of their own: they reload their visible block.
 */
export function useStockChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => onRecordsChanged((types) => STOCK_VIEW_READS.some((t) => types.has(t)) && latest.current()), []);
}
