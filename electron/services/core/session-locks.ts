import { LOCAL_SESSION } from './context';

/**
 * The idle lock (issue 10): a signed-in session with no call for the settings' idle time is
 * locked, and so is one whose window saw no key or click for that long (it says so with
 * auth.lock). A locked session keeps its operator (the window keeps its unsaved work behind the
 * lock) but every call that needs a sign-in is refused until the same operator's PIN is typed
 * again (auth.unlock) or someone signs in. In-process callers (tests, CLI, job threads) have no
 * keyboard to walk away from and never lock by time.
 */
export class SessionLocks {
  private readonly lastActive = new Map<string, number>();
  private readonly locked = new Set<string>();

  /** Whether `session` may call now; a call that may counts as activity. Locks an expired session. */
  admit(session: string, nowMs: number, idleMs: number): boolean {
    if (this.locked.has(session)) return false;
    const last = this.lastActive.get(session);
    if (session !== LOCAL_SESSION && last !== undefined && nowMs - last > idleMs) {
      this.locked.add(session);
      return false;
    }
    this.lastActive.set(session, nowMs);
    return true;
  }

  isLocked(session: string): boolean {
    return this.locked.has(session);
  }

  lock(session: string): void {
    this.locked.add(session);
  }

  /** After a PIN was checked, or a fresh sign-in: active from now. */
  unlock(session: string, nowMs: number): void {
    this.locked.delete(session);
    this.lastActive.set(session, nowMs);
  }

  forget(session: string): void {
    this.locked.delete(session);
    this.lastActive.delete(session);
  }
}
