import type { Db } from '../../../db/open';
import type { JobManager } from '../jobs/manager';
import { getSetting } from '../system/settings';
import { listBackups } from './folders';
import { backupSettings } from './settings';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** After opening, the quick_check and the window's first reads go first. */
const START_DELAY_MS = 5000;

/**
 * Automatic rolling backups: shortly after start, then every hour, a backup job is started when
 * the newest automatic backup is more than a day old (so restarting the app often does not push
 * yesterday's copy out of the kept number). Nothing for a file not set up yet (nothing to keep),
 * nor when the number kept is 0, nor while a restore is under way. A file set up after it was
 * opened (a new installation) waits for the hourly check: its first hour holds little to lose.
 */
export function startAutomaticBackups(deps: {
  db: Db;
  databasePath: string;
  jobs: JobManager;
  operator: () => string | null;
  paused: () => boolean;
}): { stop(): void } {
  const setUpAtOpen = getSetting(deps.db, 'setup_done') === '1';
  const tick = () => {
    try {
      if (deps.paused() || getSetting(deps.db, 'setup_done') !== '1') return;
      if (backupSettings(deps.db).keep === 0) return;
      if (deps.jobs.running().some((j) => j.kind === 'auto-backup')) return;
      const newest = listBackups(deps.databasePath).find((b) => b.kind === 'automatic');
      if (newest && Date.now() - Date.parse(newest.writtenAt) < DAY_MS) return;
      // Nobody started it: no account acts for it (its thread writes the backup file only).
      deps.jobs.start({ kind: 'auto-backup' }, { id: '', name: deps.operator() ?? 'Corridor' });
    } catch (e) {
      // A busy or closing file: the next tick tries again.
      console.error('[corridor] automatic backup not started:', (e as Error).message);
    }
  };
  const first = setTimeout(() => setUpAtOpen && tick(), START_DELAY_MS);
  const hourly = setInterval(tick, HOUR_MS);
  first.unref();
  hourly.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(hourly);
    },
  };
}
