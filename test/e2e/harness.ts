import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { OpInput, OpName, OpResult } from '../../electron/api/contract';
import type { Result } from '../../electron/api/result';
import { BUILT_THREADS_ENV } from '../../electron/services/core/thread-script';
import { BUILT_MAIN, checkCoreBuilt } from './core-build';
import { DEMO_ADMIN_PIN, DEMO_OPERATOR } from '../../electron/services/demo/identity';
import crypto from 'node:crypto';

const ROOT = path.resolve(__dirname, '..', '..');
/** The administrator `startServer({ setup: true })` creates. */
export const E2E_ADMIN = { name: 'Lt. E2E Tester', pin: '1234' };
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download if present. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    // playwright-core knows the path only when its browsers are installed
  }
  if (own && fs.existsSync(own)) return own;
  throw new Error(
    'No Chromium found: install it (apt-get install -y chromium), set CHROMIUM_PATH, or run "npx playwright-core install chromium"',
  );
}

export interface E2EServer {
  url: string;
  /** The harness's own session id: a page given it (sessionStorage 'corridor.session') acts as whoever the harness signed in as. */
  session: string;
  origin: string;
  token: string;
  dir: string;
  dbPath: string;
  /** Calls an operation over HTTP, as the renderer does. */
  invoke<K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpResult<K>>>;
  /** Like invoke, but throws on a refusal. */
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>>;
  /**
   * The operator the harness's own calls and openApp sign in as (the administrator that set the
   * server up, or the demo's); null on a server nobody has set up yet.
   */
  operator: { name: string; pin: string } | null;
  /** Signs the harness's own session in as another operator (e.g. a demo viewer). */
  signIn(name: string, pin: string): Promise<void>;
  /** Stops the server; the temp folder is removed unless `keepFiles`. */
  stop(opts?: { keepFiles?: boolean }): Promise<void>;
}

/**
 * Starts the real browser-mode server (`electron/server/cli.ts`) on a fresh database in a temp
 * folder. Builds nothing: `npm test` builds the renderer and the core's thread bundles before the e2e run.
 */
export async function startServer(
  opts: {
    demo?: boolean;
    lang?: 'en' | 'fr' | 'ar'; // the demo's language: `--demo --lang fr`
    setup?: boolean;
    copyDatabaseFrom?: string;
    /** The operator to sign in as on a file set up elsewhere (copyDatabaseFrom, existing). */
    signInAs?: { name: string; pin: string };
    /** Serve an existing database in place (the benchmark's), with its own registry folder. */
    existing?: { dbPath: string; homeDir: string };
  } = {},
): Promise<E2EServer> {
  const index = path.join(ROOT, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`The renderer is not built (${index} is missing): run "npm run build" first (npm test does it before the e2e run).`);
  }
  checkCoreBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-e2e-'));
  const dbPath = opts.existing?.dbPath ?? path.join(dir, 'e2e.sqlite');
  const homeDir = opts.existing?.homeDir ?? path.join(dir, 'home');
  // A database file carried over from another installation (e.g. on a USB stick).
  if (opts.copyDatabaseFrom) fs.copyFileSync(opts.copyDatabaseFrom, dbPath);
  const demo = opts.demo ? ['--demo', ...(opts.lang ? ['--lang', opts.lang] : [])] : [];
  const args = ['tsx', 'electron/server/cli.ts', '--db', dbPath, '--port', '0', '--home', homeDir, ...demo];
  // Its own process group, so stopping it also stops the node processes npx starts.
  // A benchmark's large file gets no automatic backup job beside the calls it measures.
  // The core's and the jobs' threads start from out/main, built by `npm run build` with the renderer,
  // so the tests drive the bundles the Electron app ships (the server's HTTP side runs from source).
  const env = { ...process.env, [BUILT_THREADS_ENV]: BUILT_MAIN, ...(opts.existing ? { CORRIDOR_AUTO_BACKUPS: '0' } : {}) };
  const child: ChildProcess = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The server printed no URL within 120 s.\n${out}\n${stderr}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Corridor running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}) before printing its URL.\n${out}\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';

  // The harness's own browser-tab-like session: its calls act as whoever it signed in as.
  const session = `harness-${crypto.randomUUID()}`;
  const invoke = async <K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpResult<K>>> => {
    const res = await fetch(`${parsed.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-corridor-session': session },
      body: JSON.stringify({ name, input }),
    });
    return (await res.json()) as Result<OpResult<K>>;
  };
  const call = async <K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>> => {
    const r = await invoke(name, input);
    if (!r.ok) throw new Error(`${name} refused: ${r.error.message}`);
    return r.value;
  };

  const signIn = async (name: string, pin: string) => {
    const choice = (await call('auth.operators', {})).find((o) => o.displayName === name);
    if (!choice) throw new Error(`No operator "${name}" on this server`);
    await call('auth.signIn', { operatorId: choice.id, pin });
  };
  let operator: E2EServer['operator'] = null;
  if (opts.setup && !opts.demo) {
    await call('system.setup', {
      operator: E2E_ADMIN.name,
      pin: E2E_ADMIN.pin,
      organisation: { name: 'Test Logistics Battalion', shortName: 'TLB', kind: 'military', country: 'XX' },
      demo: false,
    });
    operator = E2E_ADMIN;
  } else if ((await call('system.status', {})).setupDone) {
    // The demo's administrator, or the one a copied or benchmark file was set up with.
    const names = new Set((await call('auth.operators', {})).map((o) => o.displayName));
    const known = [
      ...(opts.signInAs ? [opts.signInAs] : []),
      { name: DEMO_OPERATOR, pin: DEMO_ADMIN_PIN },
      E2E_ADMIN,
      { name: 'Scale Seeder', pin: E2E_ADMIN.pin },
    ];
    operator = known.find((k) => names.has(k.name)) ?? null;
    if (operator) await signIn(operator.name, operator.pin);
  }

  return {
    url,
    session,
    origin: parsed.origin,
    token,
    dir,
    dbPath,
    invoke,
    call,
    get operator() {
      return operator;
    },
    async signIn(name, pin) {
      await signIn(name, pin);
      operator = { name, pin };
    },
    async stop(stopOpts) {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r));
        // The server is the innermost process (npx → sh → tsx → node). Signalling only it lets
        // it close the database cleanly (WAL checkpointed), as Ctrl+C in its own terminal would;
        // the wrappers exit with it. The whole group is stopped only if that does not work.
        const leaf = innermost(child.pid);
        try {
          process.kill(leaf, 'SIGTERM');
        } catch {
          // already gone
        }
        const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
        if (!stopped) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      if (!stopOpts?.keepFiles) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The deepest descendant of a process we started (Linux /proc), or the process itself. */
function innermost(pid: number): number {
  const childrenOf = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  let current = pid;
  for (let depth = 0; depth < 10; depth++) {
    const kids = childrenOf(current);
    if (kids.length === 0) return current;
    current = kids[0];
  }
  return current;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

export interface AppPage {
  page: Page;
  /** Console errors and page crashes seen so far: a test can assert there were none. */
  problems: string[];
}

/**
 * A fresh browser context on the app's URL (token included), optionally at a page (#/sites),
 * signed in through the sign-in screen as `as` (default: the server's administrator, see
 * E2EServer.operator; `null` leaves the sign-in or setup screen showing).
 */
export async function openApp(
  browser: Browser,
  server: E2EServer,
  hash = '',
  as: { name: string; pin: string } | null = server.operator,
): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}${hash ? `#/${hash}` : ''}`);
  if (as) await signInOnPage(page, as);
  return { page, problems };
}

/**
 * A fresh browser context (no cache, no state) whose pages share the harness's session, so they
 * open already signed in as whoever the harness signed in as (the benchmarks time screens, not the sign-in).
 */
export async function signedInContext(browser: Browser, server: E2EServer): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(`sessionStorage.setItem('corridor.session', ${JSON.stringify(server.session)})`);
  return context;
}

/** The sign-in screen: choose the operator, type the PIN, wait for the window behind it. */
export async function signInOnPage(page: Page, as: { name: string; pin: string }): Promise<void> {
  const form = page.locator('form[aria-label="Sign in"]');
  await form.waitFor();
  await form.locator('label.choice', { hasText: as.name }).click();
  await form.locator('input[name="pin"]').fill(as.pin);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.shell').waitFor();
}

/** Body rows of a grid (not the pinned new-row draft). AG Grid 36 renders one element per row. */
export const BODY_ROW = '.ag-row:not(.ag-row-pinned)';

/** The AG Grid cell at a displayed row and column id, inside an optional grid container. */
export const cell = (page: Page, rowIndex: number, colId: string, within = '.entity-grid') =>
  page.locator(`${within} ${BODY_ROW}[row-index="${rowIndex}"] [col-id="${colId}"]`).first();

/**
 * A link of the main navigation by its exact label. Scoped to the navigation because the
 * dashboard, which may or may not have painted yet, also holds links whose text contains a
 * screen's name ("… items low") — an unscoped, inexact match is a race.
 */
export function navLink(page: Page, name: string): Locator {
  return page.locator('nav.sidenav').getByRole('link', { name, exact: true });
}

/** Waits until the grid shows at least `n` rows. */
export async function waitForRows(page: Page, n: number, within = '.entity-grid'): Promise<void> {
  await page.waitForFunction(([sel, count]) => document.querySelectorAll(sel).length >= (count as number), [
    `${within} ${BODY_ROW}`,
    n,
  ] as const);
}

/** The displayed index of the row whose `colId` cell shows `text`. */
export async function rowIndexOf(page: Page, text: string, colId = 'code', within = '.entity-grid'): Promise<number> {
  const row = page.locator(`${within} ${BODY_ROW}:has([col-id="${colId}"]:text-is("${text}"))`).first();
  await row.waitFor();
  return Number(await row.getAttribute('row-index'));
}

/**
 * Moves the keyboard focus to a cell: clicks the row's first cell, then presses the arrow keys
 * (AG Grid renders only the columns in view, so far-right cells exist only once scrolled to).
 */
export async function focusCell(page: Page, rowIndex: number, colId: string, within = '.entity-grid'): Promise<void> {
  const focusedCol = () => page.evaluate(() => document.activeElement?.closest('.ag-cell[col-id]')?.getAttribute('col-id') ?? null);
  const target = page.locator(`${within} ${BODY_ROW}[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
  const first = target
    .count()
    .then((n) => (n > 0 ? target.first() : page.locator(`${within} ${BODY_ROW}[row-index="${rowIndex}"] .ag-cell`).first()));
  // Rows animate into place after a sort or search; click again until a cell has the focus.
  for (let attempt = 0; attempt < 10; attempt++) {
    await (await first).click();
    if (await focusedCol()) break;
    await page.waitForTimeout(150);
  }
  if ((await focusedCol()) === colId) return;
  // Leftmost column first, then rightwards: the cell order in the DOM is not the column order.
  const seen: (string | null)[] = [];
  for (let i = 0, prev = ''; i < 60; i++) {
    const now = (await focusedCol()) ?? '';
    if (now === prev) break;
    prev = now;
    await page.keyboard.press('ArrowLeft');
  }
  for (let i = 0; i < 60; i++) {
    const now = await focusedCol();
    seen.push(now);
    if (now === colId) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`Column ${colId} not reached with the arrow keys (passed ${seen.join(', ')})`);
}

/** Types into a cell through its editor and commits with Enter, as a user would. */
export async function editCell(page: Page, rowIndex: number, colId: string, text: string, within = '.entity-grid'): Promise<void> {
  await focusCell(page, rowIndex, colId, within);
  await page.keyboard.press('Enter');
  const editor = page.locator(`${within} .ag-cell-inline-editing input, .ag-popup-editor textarea`).first();
  await editor.waitFor();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

/** Dispatches a real paste event with a DataTransfer on the focused element (the focused cell). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Clicks an element with a real DOM click inside the page and returns its `checked` state in the
 * same task: what the user sees the moment the click is handled, before any later task can fix it up.
 */
export async function clickInPage(page: Page, selector: string): Promise<boolean> {
  await page.locator(selector).first().waitFor();
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLInputElement>(sel);
    if (!el) throw new Error(`Nothing matches ${sel}`);
    el.click();
    return el.checked;
  }, selector);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}
