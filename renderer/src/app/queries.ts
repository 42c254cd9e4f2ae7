import { keepPreviousData, QueryClient, useQuery } from '@tanstack/react-query';
import type { OpInput, OpName } from '../../../electron/api/contract';
import type { Area } from '../../../electron/api/events';
import { call, onCoreEvent } from '../lib/api';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
});

/**
 * Query keys start with the area, so a `changed { areas }` event from the core invalidates
 * exactly the affected queries (the database owns the truth; grids never keep their own).
 */
export function useCoreQuery<K extends OpName>(area: Area, name: K, input: OpInput<K>, opts: { keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: [area, name, input],
    queryFn: () => call(name, input),
    // A grid switching its input (e.g. "Show archived") keeps showing the old rows until the new ones arrive.
    ...(opts.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

let subscribed = false;
export function subscribeToCoreChanges(): void {
  if (subscribed) return;
  subscribed = true;
  onCoreEvent((e) => {
    if (e.type === 'changed') for (const area of e.areas) void queryClient.invalidateQueries({ queryKey: [area] });
  });
}
