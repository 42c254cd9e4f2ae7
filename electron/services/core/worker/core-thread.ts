import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../../../api/result';
import { createSwappableCore, type SwappableCore } from '../swappable';
import { TEST_CRASH_OPERATION, type CoreThreadMessage, type HostMessage, type WorkerCoreOptions } from './messages';

/**
 * Entry of the core's thread (built as out/main/core-thread.js): runs the whole core here, so
 * neither Electron's main process nor the HTTP server's event loop ever waits for SQLite.
 * The host (host.ts) relays calls in and results and events out.
 */
const port = parentPort!;
const post = (m: CoreThreadMessage) => port.postMessage(m);

function answer(id: number, result: Result<unknown>): void {
  try {
    post({ type: 'result', id, result });
  } catch (e) {
    // A value the structured clone cannot copy is a bug in a handler; the caller still gets an answer.
    post({
      type: 'result',
      id,
      result: { ok: false, error: { code: 'internal', message: `The answer could not be sent: ${(e as Error).message}` } },
    });
  }
}

let core: SwappableCore;
try {
  const options = workerData as WorkerCoreOptions;
  // CORRIDOR_AUTO_BACKUPS=0: the benchmarks, which measure calls on a large file, start none.
  core = createSwappableCore({
    ...options,
    autoBackups: options.autoBackups ?? process.env.CORRIDOR_AUTO_BACKUPS !== '0',
    onSessions: (sessions) => post({ type: 'sessions', sessions }),
  });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  post({ type: 'failed', error: { name: err.name, message: err.message } });
  process.exit(1);
}
core.subscribe((event) => post({ type: 'event', event }));
const crashHookEnabled = process.env.CORRIDOR_TEST_HOOKS === '1';

port.on('message', (m: HostMessage) => {
  if (m.type === 'close') {
    core.close();
    port.close();
    return;
  }
  if (crashHookEnabled && m.name === TEST_CRASH_OPERATION) process.exit(70);
  void core.invoke(m.name, m.input, m.session).then((result) => answer(m.id, result));
});
post({ type: 'ready', backupPath: core.current.backupPath });
