import { acquireLock } from '../../../db/file-lock';
import type { RestoreOutcome } from '../../api/backups';
import type { CoreEvent } from '../../api/events';
import type { Result } from '../../api/result';
import { recordRestore, replaceDatabaseFile, type RestorePlan } from '../backups/restore';
import { carryJobHistory, readJobHistory } from '../jobs/history';
import { createCore, type CoreOptions, type LocalCore } from './create';
import { say } from '../../api/i18n/current';

/**
 * The core as its thread holds it: one LocalCore at a time, replaced by a restore. A
 * `backups.restore` call checks the file and backs up the live one on the current core; then,
 * before its answer goes out, this closes that core, swaps the file in and opens a new core on
 * it. Calls arriving meanwhile wait and are answered by the new core. The file lock is held
 * throughout, so no other Corridor can open the file while it is closed.
 */
export interface SwappableCore {
  invoke(name: unknown, input: unknown, session?: string | null): Promise<Result<unknown>>;
  subscribe(listener: (e: CoreEvent) => void): () => void;
  readonly current: LocalCore;
  close(): void;
}

export function createSwappableCore(opts: CoreOptions): SwappableCore {
  const listeners = new Set<(e: CoreEvent) => void>();
  let plan: RestorePlan | null = null;
  // Who is signed in where, carried over to the core opened on a restored file (an account the
  // restored file does not have simply counts as signed out).
  let sessions: Record<string, string> = { ...(opts.sessions ?? {}) };
  const open = () => {
    const core = createCore({
      ...opts,
      sessions,
      onSessions: (s) => {
        sessions = s;
        opts.onSessions?.(s);
      },
      onRestore: (p) => (plan = p),
    });
    core.subscribe((e) => listeners.forEach((l) => l(e)));
    return core;
  };
  let core = open();
  /** Settles when the restore under way (if any) has finished: later calls wait for it. */
  let gate: Promise<void> = Promise.resolve();

  function swap(p: RestorePlan, session: string | null | undefined): void {
    const hold = acquireLock(opts.databasePath);
    // The jobs that ran are this machine's history, not the data's: the restored file's own list
    // stops when it was copied (its backup job still running then), so the live list goes on.
    const history = readJobHistory(core.sqlite);
    try {
      core.close();
      try {
        replaceDatabaseFile(opts.databasePath, p.source);
        core = open();
      } catch (e) {
        // The checked file could not be opened after all: put the live database back as it was.
        replaceDatabaseFile(opts.databasePath, p.safetyBackup);
        core = open();
        throw e;
      }
      carryJobHistory(core.sqlite, history);
      recordRestore(core.context('backups.restore', session), p);
    } finally {
      hold();
    }
  }

  async function restore(input: unknown, session: string | null | undefined): Promise<Result<unknown>> {
    const result = await core.invoke('backups.restore', input, session);
    const p = plan;
    plan = null;
    if (!result.ok || !p) return result;
    try {
      swap(p, session);
    } catch (e) {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: say('backupCore.reopenFailed', { detail: (e as Error).message }),
        },
      };
    }
    const restore = result.value as RestoreOutcome;
    const s = p.summary;
    const what = restore.source.writtenAt
      ? `the ${restore.source.kind} backup of ${restore.source.writtenAt.slice(0, 16).replace('T', ' ')} UTC`
      : 'the file you chose';
    // The renderer words a restore itself from `restore` (restoredText.ts); this line is for logs.
    const message =
      `Restored ${what}: last change ${s.lastChangeAt?.slice(0, 16).replace('T', ' ') ?? 'none'}, ` +
      `${restore.sameInstallation ? 'this installation' : `another installation (${s.organisation ?? 'not set up'})`}, ` +
      `${s.counts.items} items, ${s.counts.sites} sites, ${s.counts.documents} documents, ${s.counts.ledgerEntries} ledger entries. ` +
      `The database as it was before was backed up first; restore that backup to undo.`;
    listeners.forEach((l) => l({ type: 'core', state: 'restored', message, restore }));
    return result;
  }

  return {
    invoke(name, input, session) {
      if (name === 'backups.restore') {
        const run = gate.then(() => restore(input, session));
        gate = run.then(() => undefined);
        return run;
      }
      return gate.then(() => core.invoke(name, input, session));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get current() {
      return core;
    },
    close() {
      core.close();
      listeners.clear();
    },
  };
}
