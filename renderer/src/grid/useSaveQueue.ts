import { useCallback, useRef, useState } from 'react';

/**
 * Saves one after another, in the order they were asked for. Each save then carries the version
 * the previous one produced (quick edits never trip over their own optimistic lock), and a job
 * can build what it sends from the rows as last stored, when its turn comes.
 * `pending` counts saves queued or under way, for a "saving…" hint.
 */
export function useSaveQueue(): { enqueue: <T>(job: () => Promise<T>) => Promise<T>; pending: number } {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  const enqueue = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    setPending((n) => n + 1);
    const done = tail.current.then(job, job).finally(() => setPending((n) => n - 1));
    tail.current = done.catch(() => undefined);
    return done;
  }, []);
  return { enqueue, pending };
}
