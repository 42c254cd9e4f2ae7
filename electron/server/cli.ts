import crypto from 'node:crypto';
import { LANGUAGES, type Language } from '../api/i18n/languages';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/open';
import { useBuiltThreads } from '../services/core/thread-script';
import { createWorkerCore } from '../services/core/worker/host';
import { loadDemoAtStart } from '../services/demo/at-start';
import { createHttpTransport } from './http';

const USAGE = 'Usage: npm run start:browser -- --db FILE [--port N] [--demo [--lang en|fr|ar]] [--home DIR]';

function fail(message: string): never {
  console.error(`corridor: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseFlags() {
  try {
    const { values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        demo: { type: 'boolean', default: false },
        lang: { type: 'string' },
        home: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (e) {
    const err = e as Error & { code?: string };
    // node:util's own wording suggests positionals; name the flag and point at the usage instead.
    const flag = /'([^']+)'/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) fail(`unknown flag ${flag}`);
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && flag)
      fail(`unexpected argument "${flag}" (every value follows its flag, e.g. --db FILE)`);
    fail(err.message.split('\n')[0]);
  }
}

/** `--lang` names the demo's language: one of the catalogues'. */
function demoLanguage(lang: string | undefined): Language | undefined {
  if (lang === undefined) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(lang)) fail(`--lang must be one of ${LANGUAGES.join(', ')}, got "${lang}"`);
  return lang as Language;
}

async function main() {
  const flags = parseFlags();
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  if (!flags.db) fail('--db FILE is required (the SQLite file to open or create), e.g. --db ./corridor.sqlite');
  const port = flags.port === undefined ? 7420 : /^\d{1,5}$/.test(flags.port) ? Number(flags.port) : NaN;
  if (!(port >= 0 && port <= 65535)) fail(`--port must be a whole number from 0 to 65535, got "${flags.port}"`);

  const databasePath = path.resolve(flags.db);
  const homeDir = path.resolve(flags.home ?? process.env.CORRIDOR_HOME ?? path.join(os.homedir(), '.config', 'corridor'));
  // `npm run start:browser` has just built out/main from these sources: the core's and the jobs'
  // threads start from that build, as the Electron app's do (a direct `tsx electron/server/cli.ts`,
  // as the end-to-end tests run it, keeps to the sources).
  if (process.env.npm_lifecycle_event === 'start:browser') useBuiltThreads(path.resolve(__dirname, '..', '..', 'out', 'main'));
  let core;
  try {
    // The core runs in its own thread; this process only serves HTTP and relays.
    core = await createWorkerCore({ databasePath, homeDir });
  } catch (e) {
    if (e instanceof DatabaseOpenError) fail(e.message);
    throw e;
  }
  if (flags.demo) await loadDemoAtStart(core, demoLanguage(flags.lang));

  const token = crypto.randomBytes(24).toString('base64url');
  const staticDir = path.resolve(__dirname, '..', '..', 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`corridor: warning: ${staticDir} has no built renderer; run "npm run build" (npm run start:browser does)`);
  }
  const server = createHttpTransport({ core, token, staticDir, homeDir });
  server.on('error', (e: NodeJS.ErrnoException) => {
    void core.close();
    if (e.code === 'EADDRINUSE') fail(`port ${port} is in use; choose another with --port N (0 picks a free one)`);
    if (e.code === 'EACCES') fail(`not allowed to listen on port ${port}; choose a port above 1024`);
    fail(e.message);
  });
  server.listen(port, '127.0.0.1', () => {
    const actual = (server.address() as { port: number }).port;
    console.log(`Corridor running at http://127.0.0.1:${actual}/?token=${token}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    // Let the core's thread close the database (WAL checkpoint) before leaving.
    void Promise.resolve(core.close()).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => fail(e.message));
