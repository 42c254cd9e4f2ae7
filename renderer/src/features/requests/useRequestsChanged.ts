import { useEffect, useRef } from 'react';
import type { ChangedType } from '../../../../electron/api/events';
import { onRecordsChanged } from '../../app/queries';

const READ: readonly ChangedType[] = [
  'requests',
  'request_lines',
  'request_events',
  'request_fulfilments',
  'request_convoy_links',
  'organisations',
];

/** Calls `onChange` when the core reports a change to what the server-paged request views read. */
export function useRequestsChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => onRecordsChanged((types) => READ.some((t) => types.has(t)) && latest.current()), []);
}
