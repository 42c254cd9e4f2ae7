import { useCallback, useRef, useState } from 'react';

/**
 * Saves one after another, in the order they were asked for. Each save then carries the version
 * the previous one produced (quick edits never trip over their own optimistic lock), and a job
 * can build what it sends from the rows as last stored, when its turn comes.
 * `pending` counts saves queued or under way, for a "saving…" hint.
 * `startAtOnce`: a job asked for while nothing is queued starts in the caller's own task (its
 * request leaves before the caller's remaining work, e.g. AG Grid moving the focus after Enter),
 * instead of in a microtask after it.
 */
export function useSaveQueue(opts: { startAtOnce?: boolean } = {}): {
  enqueue: <T>(job: () => Promise<T>) => Promise<T>;
  pending: number;
} {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  const queued = useRef(0);
  const [pending, setPending] = useState(0);
  const atOnce = !!opts.startAtOnce;
  const enqueue = useCallback(
    <T>(job: () => Promise<T>): Promise<T> => {
      setPending((n) => n + 1);
      const started = atOnce && queued.current === 0 ? startNow(job) : tail.current.then(job, job);
      queued.current++;
      const done = started.finally(() => {
        queued.current--;
        setPending((n) => n - 1);
      });
      tail.current = done.catch(() => undefined);
      return done;
    },
    [atOnce],
  );
  return { enqueue, pending };
}

/** Runs a job now; a job that throws before its first await is a rejected promise, as from then(). */
function startNow<T>(job: () => Promise<T>): Promise<T> {
  try {
    return job();
  } catch (e) {
    return Promise.reject(e);
  }
}
