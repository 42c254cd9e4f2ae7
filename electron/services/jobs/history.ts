import type Database from 'better-sqlite3';
import { desc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { jobs, type JobRow } from '../../../db/schema';
import { isSqliteBusy } from '../core/errors';
import { storeMessage } from '../core/stored-text';

/** Jobs kept in the history; older ones are dropped as new ones are saved. */
const KEPT_JOBS = 200;
const RETRY_MS = 250;

/** Stored as its catalogue key, so each reader sees it in their language (core/stored-text.ts). */
export const STOPPED_BY_CRASH = storeMessage('jobsCore.stoppedByCrash');

/**
 * The jobs table, written on the core's connection. A job that writes holds SQLite's one write
 * lock for as long as its transaction runs, so saving another job's start or end may find the
 * file busy: such rows wait here in memory (and are shown from here) and are saved as soon as
 * the lock is free. Nothing about a job ever fails because another job is writing.
 */
export function createJobHistory(db: Db) {
  const unsaved = new Map<string, JobRow>();
  let retry: NodeJS.Timeout | null = null;

  function flush(): void {
    for (const [id, row] of unsaved) {
      try {
        db.transaction((tx) => {
          tx.insert(jobs).values(row).onConflictDoUpdate({ target: jobs.id, set: row }).run();
          const kept = tx.select({ id: jobs.id }).from(jobs).orderBy(desc(jobs.startedAt), desc(jobs.id)).limit(KEPT_JOBS);
          tx.delete(jobs).where(notInArray(jobs.id, kept)).run();
        });
        unsaved.delete(id);
      } catch (e) {
        if (!isSqliteBusy(e)) throw e;
        retry ??= setTimeout(() => {
          retry = null;
          flush();
        }, RETRY_MS);
        return;
      }
    }
  }

  return {
    save(row: JobRow): void {
      unsaved.set(row.id, row);
      if (!retry) flush();
    },
    get(id: string): JobRow | undefined {
      return unsaved.get(id) ?? db.select().from(jobs).where(eq(jobs.id, id)).get();
    },
    list(limit: number): JobRow[] {
      const rows = new Map(
        db
          .select()
          .from(jobs)
          .orderBy(desc(jobs.startedAt), desc(jobs.id))
          .limit(limit)
          .all()
          .map((r) => [r.id, r]),
      );
      for (const [id, r] of unsaved) rows.set(id, r);
      return [...rows.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id)).slice(0, limit);
    },
    /**
     * At core start: a job the table still shows running was cut off by a crash or a quit. Best
     * effort (a dying thread's connection may hold the write lock a moment longer); the summary
     * shows such rows as interrupted anyway, since no job of this core runs under their ids.
     */
    markInterrupted(now: string): void {
      try {
        db.update(jobs).set({ state: 'interrupted', finishedAt: now, message: STOPPED_BY_CRASH }).where(eq(jobs.state, 'running')).run();
      } catch (e) {
        console.error('[corridor] could not mark interrupted jobs yet:', (e as Error).message);
      }
    },
    close(): void {
      if (retry) clearTimeout(retry);
      retry = null;
      try {
        flush();
      } catch {
        // closing: a row that cannot be saved now is shown as interrupted at the next start
      }
    },
  };
}
export type JobHistory = ReturnType<typeof createJobHistory>;

/** Every row of the jobs table as stored (for carrying the history over a restore). */
export function readJobHistory(sqlite: Database.Database): Record<string, unknown>[] {
  return sqlite.prepare('SELECT * FROM jobs').all() as Record<string, unknown>[];
}

/**
 * After a restore: the restored file's job list replaced by the live one's. The file's own list
 * ends when it was copied, with its own backup job still running then (so it would read
 * "interrupted"), and lacks every job since; the jobs that ran belong to this machine, not to the data.
 */
export function carryJobHistory(sqlite: Database.Database, rows: Record<string, unknown>[]): void {
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM jobs').run();
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const insert = sqlite.prepare(
      `INSERT INTO jobs (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    for (const r of rows) insert.run(r);
  })();
}
