import type { ServiceContext } from '../core/context';
import { getSetting } from './settings';

/** Minutes without a key or click before the window locks and asks for the PIN again (issue 10). */
export const IDLE_LOCK_DEFAULT_MINUTES = 15;

export function idleLockMinutes(ctx: ServiceContext): number {
  const stored = Number(getSetting(ctx.db, 'idle_lock_minutes') ?? IDLE_LOCK_DEFAULT_MINUTES);
  return Number.isInteger(stored) && stored > 0 ? stored : IDLE_LOCK_DEFAULT_MINUTES;
}
