import type { Db } from '../../../db/open';
import type { ServiceContext } from '../core/context';
import { getSetting, setSetting } from './settings';

/** Minutes without a key or click before the window locks and asks for the PIN again (issue 10). */
export const IDLE_LOCK_DEFAULT_MINUTES = 15;

export function idleLockMinutesOf(db: Db): number {
  const stored = Number(getSetting(db, 'idle_lock_minutes') ?? IDLE_LOCK_DEFAULT_MINUTES);
  return Number.isFinite(stored) && stored > 0 ? stored : IDLE_LOCK_DEFAULT_MINUTES;
}

export const idleLockMinutes = (ctx: ServiceContext): number => idleLockMinutesOf(ctx.db);

export function saveIdleLockMinutes(ctx: ServiceContext, minutes: number): void {
  setSetting(ctx.db, 'idle_lock_minutes', String(minutes));
}
