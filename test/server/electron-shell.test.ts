import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/api/csp';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../electron/api/ipc-channels';
import { resolveRendererFile } from '../../electron/api/renderer-files';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, devServerOrigin, isAppUrl, isTrustedSender } from '../../electron/main/app-origin';
import { mainWindowOptions } from '../../electron/main/window-options';
import { DEMO_OPERATOR } from '../../electron/services/demo/identity';
import { openTestCore, tableCounts, tempDir, type TestCore } from '../helpers/core';
import { FakeBrowserWindow, fakeEvent, recorded, resetFakeElectron, session } from './fake-electron';

/**
 * The Electron shell's security claims, proven without Electron (its binary cannot run here):
 * the pure option/guard modules directly, and the wiring modules against a recording stand-in
 * for the `electron` module with a real core on a real SQLite file behind it.
 */
vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const ROOT = path.resolve(__dirname, '..', '..');
const cleanups: (() => void)[] = [];
beforeEach(() => resetFakeElectron());
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('window options (window-options.ts)', () => {
  it('sets every security option to its safe value', () => {
    const opts = mainWindowOptions({ preload: '/app/out/preload/index.js', devTools: false });
    expect(opts.webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
    expect(opts.show).toBe(false);
    expect(mainWindowOptions({ preload: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('is the only way a window is made, and nothing in the shell weakens it', () => {
    const dir = path.join(ROOT, 'electron');
    const sources = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: f.replace(/\\/g, '/'), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const makers = sources.filter((s) => /new BrowserWindow\s*\(/.test(s.text));
    expect(makers.map((s) => s.file)).toEqual(['main/window.ts']);
    expect(makers[0].text).toMatch(/new BrowserWindow\(mainWindowOptions\(opts\)\)/);
    for (const s of sources) {
      expect(s.text, s.file).not.toMatch(
        /contextIsolation:\s*false|sandbox:\s*false|nodeIntegration\w*:\s*true|webSecurity:\s*false|allowRunningInsecureContent:\s*true|webviewTag:\s*true/,
      );
      expect(s.text, s.file).not.toMatch(/BrowserView|WebContentsView|registerFileProtocol|file:\/\//);
    }
  });
});

describe('app:// origin and sender checks (app-origin.ts)', () => {
  it('registers app:// as a standard secure scheme without CSP bypass or cross-origin reads', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      corsEnabled: false,
      allowServiceWorkers: false,
      allowExtensions: false,
    });
    expect(APP_ENTRY_URL).toBe('app://corridor/index.html');
  });

  it('trusts only the top frame of our own renderer', () => {
    expect(isTrustedSender({ url: 'app://corridor/index.html' }, true)).toBe(true);
    expect(isTrustedSender({ url: 'app://corridor/index.html#/items' }, true)).toBe(true);
    expect(isTrustedSender({ url: 'app://corridor/index.html' }, false)).toBe(false);
    for (const url of [
      'app://corridor.evil/index.html',
      'app://corridor@evil/index.html',
      'app://evil/corridor/',
      'https://corridor/index.html',
      'file:///app/out/renderer/index.html',
      'http://127.0.0.1:7420/',
      'app://corridor',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSender({ url }, true), url).toBe(false);
    }
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts the Vite dev server only unpackaged, only on loopback http, and only that origin', () => {
    expect(devServerOrigin(false, 'http://localhost:5173/')).toBe('http://localhost:5173');
    expect(devServerOrigin(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin(true, 'http://localhost:5173/')).toBeNull();
    for (const url of [
      'https://localhost:5173/',
      'http://evil.example:5173/',
      'http://localhost.evil.example/',
      'file:///tmp/x.html',
      'nonsense',
      undefined,
    ]) {
      expect(devServerOrigin(false, url), String(url)).toBeNull();
    }
    const dev = 'http://localhost:5173';
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html' }, true, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html' }, false, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/' }, true, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/' }, true, null)).toBe(false);
  });
});

describe('renderer path guard (renderer-files.ts)', () => {
  const root = path.resolve('/srv/corridor/out/renderer');
  it('maps app paths inside the renderer folder', () => {
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererFile(root, '/assets/a%20b.png')).toBe(path.join(root, 'assets', 'a b.png'));
    expect(resolveRendererFile(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
    // Doubled or encoded leading slashes stay inside the folder rather than reaching /etc.
    expect(resolveRendererFile(root, '//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveRendererFile(root, '/%2fetc%2fpasswd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses every way out of the folder and malformed paths', () => {
    for (const p of [
      '/../package.json',
      '/..',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/assets/../../package.json',
      '/C:/Windows/win.ini',
      '/index.html%00.png',
      '/%E0%A4%A',
      '/../renderer-evil/index.html',
    ]) {
      expect(resolveRendererFile(root, p), p).toBeNull();
    }
  });
});

describe('protocol handler (protocol.ts)', () => {
  it('serves the renderer with the shared CSP and refuses other hosts, missing files and traversal', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const rendererRoot = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererRoot, 'index.html'), '<title>Corridor</title>');
    fs.writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'export {}');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'OUTSIDE');
    const { answerAppRequest, registerAppScheme, serveRenderer } = await import('../../electron/main/protocol');

    const page = await answerAppRequest(rendererRoot, 'app://corridor/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Corridor');
    const script = await answerAppRequest(rendererRoot, 'app://corridor/assets/app.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');

    expect((await answerAppRequest(rendererRoot, 'app://corridor/..%2fsecret.txt')).status).toBe(403);
    expect((await answerAppRequest(rendererRoot, 'app://corridor/assets/missing.js')).status).toBe(404);
    expect((await answerAppRequest(rendererRoot, 'app://other/index.html')).status).toBe(404);
    // The URL parser folds plain ../ away before the guard; either way the secret stays out.
    expect(await (await answerAppRequest(rendererRoot, 'app://corridor/../secret.txt')).text()).not.toContain('OUTSIDE');

    registerAppScheme();
    expect(recorded.privilegedSchemes).toEqual([{ schemes: [APP_SCHEME_PRIVILEGES], beforeReady: true }]);
    serveRenderer(rendererRoot);
    const handler = recorded.protocolHandlers.get('app')!;
    expect((await handler({ url: 'app://corridor/' })).status).toBe(200);
  });
});

describe('window factory (window.ts)', () => {
  it('builds the window from the secure options and vetoes navigation, new windows and webviews', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow({ preload: '/p.js', devTools: false });
    const win = FakeBrowserWindow.instances[0];
    expect(win.options).toEqual(mainWindowOptions({ preload: '/p.js', devTools: false }));
    expect(win.loadedUrls).toEqual([APP_ENTRY_URL]);
    const wc = win.webContents;
    for (const [name, event] of [
      ['will-navigate', fakeEvent({ url: 'https://evil.example/' })],
      ['will-navigate', fakeEvent({ url: 'app://corridor/index.html' })],
      ['will-frame-navigate', fakeEvent({ url: 'https://evil.example/', isMainFrame: false })],
      ['will-redirect', fakeEvent({ url: 'https://evil.example/' })],
      ['will-attach-webview', fakeEvent()],
    ] as const) {
      wc.emit(name, event);
      expect(event.prevented, `${name} ${JSON.stringify(event)}`).toBe(true);
    }
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });
});

describe('permissions (permissions.ts)', () => {
  it('refuses every permission request and check', async () => {
    const { denyAllPermissions } = await import('../../electron/main/permissions');
    denyAllPermissions(session.defaultSession as never);
    const s = session.defaultSession;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'unknown',
    ]) {
      const answers: boolean[] = [];
      (s.permissionRequestHandler as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, (ok) => answers.push(ok));
      expect(answers, permission).toEqual([false]);
      expect((s.permissionCheckHandler as (wc: unknown, p: string) => boolean)(null, permission), permission).toBe(false);
    }
    expect((s.devicePermissionHandler as () => boolean)()).toBe(false);
    const media: unknown[] = [];
    (s.displayMediaRequestHandler as (r: unknown, cb: (x: unknown) => void) => void)({}, (x) => media.push(x));
    expect(media).toEqual([null]);
  });
});

describe('IPC binding (ipc.ts) over a real core', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore();
    cleanups.push(() => t.cleanup());
  });

  const mainFrame = { url: 'app://corridor/index.html' };
  const eventFrom = (frame: { url: string } | null, main = mainFrame) => ({ senderFrame: frame, sender: { mainFrame: main } }) as never;

  it('calls the core for our own top frame and refuses everyone else, writing nothing', async () => {
    const { invokeFromRenderer } = await import('../../electron/main/ipc');
    const ok = await invokeFromRenderer(t.core, eventFrom(mainFrame), 'system.status', {});
    expect(ok).toMatchObject({ ok: true, value: { operator: 'Capt. Test' } });

    const before = tableCounts(t.core);
    const write = { rows: [{ name: 'Intruder Org', shortName: 'INT', kind: 'ngo' }] };
    const iframe = { url: 'app://corridor/index.html' };
    const refusals = [
      eventFrom(iframe), // same URL, but not the main frame
      eventFrom({ url: 'https://evil.example/' }, { url: 'https://evil.example/' }),
      eventFrom({ url: 'app://corridor.evil/index.html' }, { url: 'app://corridor.evil/index.html' }),
      eventFrom(null),
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const e of refusals) {
      expect(await invokeFromRenderer(t.core, e, 'organisations.save', write)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    errors.mockRestore();
    expect(tableCounts(t.core)).toEqual(before);
  });

  it('binds one invoke channel and pushes core events to the window on one event channel', async () => {
    const { bindCoreToIpc } = await import('../../electron/main/ipc');
    const win = new FakeBrowserWindow({});
    const unbind = bindCoreToIpc(t.core, () => win.webContents as never);
    expect([...recorded.ipcHandlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    const handler = recorded.ipcHandlers.get(IPC_INVOKE_CHANNEL) as (e: unknown, n: unknown, i: unknown) => Promise<unknown>;
    const saved = await handler(eventFrom(mainFrame), 'organisations.save', {
      rows: [{ name: 'Relief Now', shortName: 'RN', kind: 'ngo' }],
    });
    expect(saved).toMatchObject({ ok: true });
    expect(win.webContents.sent).toContainEqual({ channel: IPC_EVENT_CHANNEL, payload: expect.objectContaining({ type: 'changed' }) });
    unbind();
    expect(recorded.ipcHandlers.size).toBe(0);
  });
});

describe('preload (preload/index.ts)', () => {
  it('exposes exactly invoke and on under window.corridor, over the two channels', async () => {
    vi.resetModules();
    await import('../../electron/preload/index');
    const fake = await import('./fake-electron');
    expect(fake.recorded.exposed.map((x) => x.key)).toEqual(['corridor']);
    const api = fake.recorded.exposed[0].api as {
      invoke: (n: string, i: unknown) => Promise<unknown>;
      on: (l: (e: unknown) => void) => () => void;
    };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);

    expect(await api.invoke('system.status', { a: 1 })).toEqual({ ok: true, value: 'from-main' });
    expect(fake.recorded.rendererInvokes).toEqual([[IPC_INVOKE_CHANNEL, 'system.status', { a: 1 }]]);

    const got: unknown[] = [];
    const off = api.on((e) => got.push(e));
    const ipcEvent = { sender: 'must-not-leak' };
    fake.ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, { type: 'changed', areas: ['items'] });
    expect(got).toEqual([{ type: 'changed', areas: ['items'] }]);
    off();
    fake.ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, { type: 'changed', areas: ['sites'] });
    expect(got).toHaveLength(1);
    expect(fake.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });
});

describe('main process lifecycle (main/index.ts)', () => {
  async function startMain(userData: string, argv: string[] = [], opts: { packaged?: boolean } = {}) {
    vi.resetModules();
    const fake = await import('./fake-electron');
    fake.resetFakeElectron();
    fake.state.userData = userData;
    fake.state.isPackaged = opts.packaged ?? false;
    const savedArgv = process.argv;
    process.argv = [...savedArgv, ...argv];
    try {
      await import('../../electron/main/index');
      await vi.waitFor(
        () => {
          if (fake.FakeBrowserWindow.instances.length === 0 && fake.recorded.exitCodes.length === 0) throw new Error('not started');
        },
        { timeout: 30_000 },
      );
    } finally {
      process.argv = savedArgv;
    }
    // Closes the core so the temp folder can go.
    cleanups.push(() => fake.app.emit('will-quit'));
    return fake;
  }

  it('opens userData/corridor.sqlite, wires protocol, permissions, IPC and menu, then shows one window', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const fake = await startMain(dir);
    expect(fake.recorded.errorBoxes).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'corridor.sqlite'))).toBe(true);
    expect(fake.recorded.privilegedSchemes).toEqual([{ schemes: [APP_SCHEME_PRIVILEGES], beforeReady: true }]);
    expect([...fake.recorded.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.recorded.ipcHandlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.permissionCheckHandler).not.toBeNull();
    expect(fake.recorded.menus).toHaveLength(1);
    const [win] = fake.FakeBrowserWindow.instances;
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/);
    expect(win.loadedUrls).toEqual([APP_ENTRY_URL]);

    // The renderer reaches the core through the one channel.
    const handler = fake.recorded.ipcHandlers.get(IPC_INVOKE_CHANNEL) as (e: unknown, n: unknown, i: unknown) => Promise<unknown>;
    const event = { senderFrame: win.webContents.mainFrame, sender: win.webContents };
    expect(await handler(event, 'system.status', {})).toMatchObject({ ok: true, value: { setupDone: false } });
  });

  it('loads the Vite dev server under `npm run dev`, never when packaged', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    cleanups.push(() => vi.unstubAllEnvs());
    const dev = await startMain(path.join(dir, 'dev'));
    expect(dev.FakeBrowserWindow.instances[0].loadedUrls).toEqual(['http://localhost:5173/']);
    dev.app.emit('will-quit');
    const packaged = await startMain(path.join(dir, 'packaged'), [], { packaged: true });
    const [win] = packaged.FakeBrowserWindow.instances;
    expect(win.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(win.options.webPreferences).toMatchObject({ devTools: false });
    const handler = packaged.recorded.ipcHandlers.get(IPC_INVOKE_CHANNEL) as (e: unknown, n: unknown, i: unknown) => Promise<unknown>;
    const devFrame = { url: 'http://localhost:5173/' };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await handler({ senderFrame: devFrame, sender: { mainFrame: devFrame } }, 'system.status', {})).toMatchObject({ ok: false });
    errors.mockRestore();
  });

  it('--demo loads the demo like the command line does', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const fake = await startMain(dir, ['--demo']);
    const [win] = fake.FakeBrowserWindow.instances;
    const handler = fake.recorded.ipcHandlers.get(IPC_INVOKE_CHANNEL) as (e: unknown, n: unknown, i: unknown) => Promise<unknown>;
    const event = { senderFrame: win.webContents.mainFrame, sender: win.webContents };
    expect(await handler(event, 'system.status', {})).toMatchObject({ ok: true, value: { setupDone: true, operator: DEMO_OPERATOR } });
  });

  it('a database that cannot be opened shows an error box and exits non-zero, with no window', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    fs.writeFileSync(path.join(dir, 'afile'), 'not a folder');
    const fake = await startMain(path.join(dir, 'afile'));
    expect(fake.recorded.exitCodes).toEqual([1]);
    expect(fake.recorded.errorBoxes).toHaveLength(1);
    expect(fake.recorded.errorBoxes[0].message).toContain('Cannot write the database file');
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('a second instance quits at once and focuses the first instead', async () => {
    vi.resetModules();
    const fake = await import('./fake-electron');
    fake.resetFakeElectron();
    fake.state.lockGranted = false;
    await import('../../electron/main/index');
    expect(fake.recorded.quits).toBe(1);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
    expect(fake.state.ready).toBe(false);
  });
});
