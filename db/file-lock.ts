import fs from 'node:fs';
import os from 'node:os';

/**
 * One process per database file. Two processes on one file (two browser-mode servers, or the app
 * and a server) would both write while each keeps its own operator and change events, so the
 * second opener is refused, told which process holds the file.
 *
 * The lock is a file beside the database (`corridor.sqlite.lock`) holding the owner's pid, host and
 * process start time, created with O_EXCL so two openers can't both win. A lock whose process is
 * gone (killed, crashed, power cut) is stale and taken over: the pid no longer runs, or runs but
 * started at another time (the pid was reused). Within one process the lock is shared (the core
 * and its read connections), counted, and removed when the last holder releases it or the process exits.
 */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the owning process started (ISO), to tell a reused pid from the owner. */
  startedAt: string;
  app: 'corridor';
}

export class DatabaseLockedError extends Error {
  constructor(
    message: string,
    readonly owner: LockOwner,
  ) {
    super(message);
    this.name = 'DatabaseLockedError';
  }
}

export const lockPathOf = (databaseFile: string) => `${databaseFile}.lock`;

const held = new Map<string, number>();
let exitHookInstalled = false;

/** This process's start time, rounded to the second (the /proc figure has 10 ms ticks, uptime drifts). */
function ownStart(): string {
  return new Date(Math.round((Date.now() - process.uptime() * 1000) / 1000) * 1000).toISOString();
}

/** Start time of another process on this machine, where the OS tells it (Linux /proc); else null. */
function startOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]); // field 22 of stat: start time in clock ticks after boot
    const btime = Number(/^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(btime) ? btime * 1000 + ticks * 10 : null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    // EPERM: a process with that pid exists but belongs to another user; its start time tells.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startOf(owner.pid);
  if (started === null) return true;
  // Same process if it started within a few seconds of the recorded time; otherwise the pid was reused.
  return Math.abs(started - Date.parse(owner.startedAt)) < 5000;
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.startedAt === 'string' ? (o as LockOwner) : null;
  } catch {
    return null; // unreadable or half-written by a process killed while writing it: nobody's lock
  }
}

export function describeOwner(o: LockOwner): string {
  return `process ${o.pid} on ${o.host}, started ${o.startedAt.replace('T', ' ').slice(0, 19)} UTC`;
}

/** Takes the lock for this process or throws DatabaseLockedError naming the holder. Returns the release function. */
export function acquireLock(databaseFile: string): () => void {
  const lockFile = lockPathOf(databaseFile);
  const mine: LockOwner = { pid: process.pid, host: os.hostname(), startedAt: ownStart(), app: 'corridor' };
  if (!held.has(lockFile)) {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.writeFileSync(lockFile, JSON.stringify(mine), { flag: 'wx' });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw e;
      }
      const owner = readOwner(lockFile);
      if (owner && owner.pid === process.pid && owner.host === mine.host) break; // ours, from an earlier open in this process
      if (owner && (owner.host !== mine.host || isAlive(owner))) {
        const where = owner.host !== mine.host ? ' (on another computer: Corridor cannot tell whether it still runs)' : '';
        throw new DatabaseLockedError(
          `${databaseFile} is already open in another Corridor: ${describeOwner(owner)}${where}. ` +
            `Close that one first, or open another file. If you are sure it no longer runs, delete ${lockFile}.`,
          owner,
        );
      }
      // Stale: its process is gone. Remove it (if nobody replaced it meanwhile) and try again.
      if (JSON.stringify(readOwner(lockFile)) === JSON.stringify(owner)) fs.rmSync(lockFile, { force: true });
    }
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.once('exit', () => {
        for (const f of held.keys()) if (readOwner(f)?.pid === process.pid) fs.rmSync(f, { force: true });
      });
    }
  }
  held.set(lockFile, (held.get(lockFile) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const n = (held.get(lockFile) ?? 1) - 1;
    if (n > 0) return void held.set(lockFile, n);
    held.delete(lockFile);
    if (readOwner(lockFile)?.pid === process.pid) fs.rmSync(lockFile, { force: true });
  };
}
