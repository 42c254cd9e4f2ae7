import Database from 'better-sqlite3';
import type { CoreEvent } from '../../electron/api/events';
import type { JobSummary } from '../../electron/api/jobs';
import type { Core } from '../../electron/services/core/create';

type ProgressEvent = Extract<CoreEvent, { type: 'progress' }>;

/** Collects every event a core sends, with promises for the moments a test waits for. */
export function recordEvents(core: Core) {
  const events: CoreEvent[] = [];
  const waiters: { test: (e: CoreEvent) => boolean; resolve: (e: CoreEvent) => void }[] = [];
  const unsubscribe = core.subscribe((e) => {
    events.push(e);
    for (const w of [...waiters]) {
      if (w.test(e)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  });
  const next = <E extends CoreEvent>(test: (e: CoreEvent) => e is E): Promise<E> => {
    const seen = events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => waiters.push({ test, resolve: resolve as (e: CoreEvent) => void }));
  };
  return {
    events,
    unsubscribe,
    next,
    /** The job's end (any state but running). */
    ended: (jobId: string) =>
      next((e): e is { type: 'job'; job: JobSummary } => e.type === 'job' && e.job.id === jobId && e.job.state !== 'running').then(
        (e) => e.job,
      ),
    progress: (jobId: string, atLeast = 0) =>
      next((e): e is ProgressEvent => e.type === 'progress' && e.jobId === jobId && e.done >= atLeast),
    progressOf: (jobId: string) => events.filter((e): e is ProgressEvent => e.type === 'progress' && e.jobId === jobId),
  };
}

/**
 * Row counts of every table but `jobs` (whose history a job adds to by design), read through a
 * connection of the test's own: works whichever thread the core runs in.
 */
export function countsOnDisk(dbPath: string): { counts: Record<string, number>; settings: string } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name <> 'jobs'",
      )
      .all() as { name: string }[];
    const counts = Object.fromEntries(
      tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
    );
    const settings = JSON.stringify(db.prepare('SELECT key, value FROM settings ORDER BY key').all());
    return { counts, settings };
  } finally {
    db.close();
  }
}
