/* eslint-disable max-lines -- the Electron shell's security settings and IPC bridge, checked against one fake Electron */
import { SHELL_SESSION } from '../../electron/services/core/context';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../electron/api/csp';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_OPEN_IMPORT_CHANNEL,
  IPC_PICK_ATTACHMENT_CHANNEL,
  IPC_SAVE_ATTACHMENT_CHANNEL,
  IPC_PICK_RESTORE_CHANNEL,
  IPC_SAVE_EXPORT_CHANNEL,
} from '../../electron/api/ipc-channels';
import { resolveRendererFile } from '../../electron/api/renderer-files';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, devServerOrigin, isAppUrl, isTrustedSender } from '../../electron/main/app-origin';
import { DEMO_OPERATOR } from '../../electron/services/demo/identity';
import { openTestCore, tableCounts, tempDir, type TestCore, signInAs } from '../helpers/core';
import { FakeBrowserWindow, fakeEvent, recorded, resetFakeElectron, session, state } from './fake-electron';

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

const SECURE_WEB_PREFERENCES = {
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
  disableBlinkFeatures: 'Auxclick',
};

describe('window options (window.ts)', () => {
  it('sets every security option to its safe value', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow({ preload: '/app/out/preload/index.js', devTools: false, log: () => {} });
    createMainWindow({ preload: 'p', devTools: true, log: () => {} });
    const [packaged, dev] = FakeBrowserWindow.instances;
    expect(packaged.options.webPreferences).toEqual({ preload: '/app/out/preload/index.js', ...SECURE_WEB_PREFERENCES, devTools: false });
    expect(packaged.options.show).toBe(false);
    expect(packaged.options.title).toBe('Corridor');
    expect((dev.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });

  it('writes them as literals at the only BrowserWindow construction, and nothing in the shell weakens them', () => {
    const dir = path.join(ROOT, 'electron');
    const sources = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: f.replace(/\\/g, '/'), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const makers = sources.filter((s) => /new BrowserWindow\s*\(/.test(s.text));
    expect(makers.map((s) => s.file)).toEqual(['main/window.ts']);
    // What a scanner (and a reviewer) reads at the construction itself: no spread, no function.
    const construction = makers[0].text.slice(makers[0].text.indexOf('new BrowserWindow('));
    expect(construction).toMatch(/^new BrowserWindow\(\{/);
    const literal = construction.slice(0, construction.indexOf('\n  });') + 5);
    expect(literal).not.toMatch(/\.\.\./);
    for (const [key, value] of Object.entries(SECURE_WEB_PREFERENCES)) {
      expect(literal, key).toContain(`${key}: ${typeof value === 'string' ? `'${value}'` : value},`);
    }
    for (const s of sources) {
      expect(s.text, s.file).not.toMatch(
        /contextIsolation:\s*false|sandbox:\s*false|nodeIntegration\w*:\s*true|webSecurity:\s*false|allowRunningInsecureContent:\s*true|webviewTag:\s*true/,
      );
      expect(s.text, s.file).not.toMatch(/BrowserView|WebContentsView|registerFileProtocol|file:\/\//);
    }
  });

  it('the page carries the shared CSP in a <meta> too', () => {
    const html = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
    expect(CONTENT_SECURITY_POLICY.split('; ').filter((d) => d !== "frame-ancestors 'none'")).toEqual(
      CONTENT_SECURITY_POLICY_META.split('; '),
    );
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
    // Hashed assets are cached for good (and keep their V8 code cache); the page is revalidated.
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(page.headers.get('cache-control')).toBe('no-cache');

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
  async function makeWindow() {
    const { createMainWindow } = await import('../../electron/main/window');
    const lines: string[] = [];
    createMainWindow({ preload: '/p.js', devTools: false, log: (l) => lines.push(l) });
    return { win: FakeBrowserWindow.instances[0], lines };
  }

  it('loads the app and vetoes navigation, new windows and webviews', async () => {
    const { win } = await makeWindow();
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

  it('shows the window even when ready-to-show never comes (a renderer that dies or hangs before its first paint)', async () => {
    const { SHOW_FALLBACK_MS } = await import('../../electron/main/window');
    vi.useFakeTimers();
    try {
      const { win, lines } = await makeWindow();
      vi.advanceTimersByTime(SHOW_FALLBACK_MS - 1);
      expect(win.shown).toBe(false);
      vi.advanceTimersByTime(1);
      expect(win.shown).toBe(true);
      expect(lines).toEqual([expect.stringContaining('no first paint (ready-to-show)')]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a renderer crash reloads the window with a notice; a crash loop is told and quits', async () => {
    const { win, lines } = await makeWindow();
    const wc = win.webContents;
    // A normal close is not a crash.
    wc.emit('render-process-gone', fakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    expect(wc.reloads).toBe(0);

    // Before the first paint: the hidden window is shown and reloaded.
    wc.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });
    expect(win.shown).toBe(true);
    expect(wc.reloads).toBe(1);
    expect(recorded.messageBoxes).toEqual([expect.objectContaining({ message: expect.stringContaining('reloaded') })]);
    expect(recorded.messageBoxes[0].detail).toContain('crashed');
    expect(lines).toEqual(['window: renderer gone (reason crashed, exit code 139)']);

    wc.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: -1 });
    expect(wc.reloads).toBe(2);
    expect(recorded.quits).toBe(0);
    wc.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });
    expect(wc.reloads).toBe(2);
    expect(recorded.errorBoxes).toEqual([expect.objectContaining({ title: 'Corridor keeps stopping' })]);
    expect(recorded.quits).toBe(1);
    expect(lines.at(-1)).toMatch(/3 renderer crashes within 60 s; quitting/);
  });

  it('an unresponsive window asks; "Keep waiting" leaves it, "Reload" ends the hung renderer and reloads', async () => {
    const { win, lines } = await makeWindow();
    const wc = win.webContents;
    state.messageBoxAnswers.push(0);
    win.emit('unresponsive');
    win.emit('unresponsive'); // asked once, not twice
    await vi.waitFor(() => expect(recorded.messageBoxes).toHaveLength(1));
    expect(recorded.messageBoxes[0].buttons).toEqual(['Keep waiting', 'Reload']);
    await Promise.resolve();
    expect(wc.reloads).toBe(0);
    win.emit('responsive');

    state.messageBoxAnswers.push(1);
    win.emit('unresponsive');
    await vi.waitFor(() => expect(wc.reloads).toBe(1));
    expect(wc.crashedByShell).toBe(1);
    expect(lines).toEqual([
      'window: renderer unresponsive',
      'window: renderer unresponsive',
      'window: renderer responsive again',
      'window: renderer unresponsive',
      'window: reload chosen for the unresponsive renderer',
    ]);
  });

  it('a failed page load shows the window and offers Retry or Quit; aborted loads and frames are ignored', async () => {
    const { win, lines } = await makeWindow();
    const wc = win.webContents;
    wc.emit('did-fail-load', fakeEvent(), -3, 'ERR_ABORTED', APP_ENTRY_URL, true);
    wc.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', 'app://corridor/frame.html', false);
    expect(recorded.messageBoxes).toHaveLength(0);
    expect(win.shown).toBe(false);

    state.messageBoxAnswers.push(0);
    wc.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', APP_ENTRY_URL, true);
    expect(win.shown).toBe(true);
    await vi.waitFor(() => expect(win.loadedUrls).toEqual([APP_ENTRY_URL, APP_ENTRY_URL]));
    expect(recorded.messageBoxes[0]).toMatchObject({ buttons: ['Retry', 'Quit'], detail: expect.stringContaining('ERR_FILE_NOT_FOUND') });
    expect(lines).toEqual([`window: failed to load ${APP_ENTRY_URL} (-6 ERR_FILE_NOT_FOUND)`]);

    state.messageBoxAnswers.push(1);
    wc.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', APP_ENTRY_URL, true);
    await vi.waitFor(() => expect(recorded.quits).toBe(1));
    expect(win.loadedUrls).toHaveLength(2);
  });
});

describe('application menu (menu.ts)', () => {
  const roles = (items: { role?: string; submenu?: unknown }[]): unknown[] =>
    items.map((i) => (i.submenu ? { [String(i.role ?? (i as { label?: string }).label)]: roles(i.submenu as never) } : (i.role ?? '-')));

  it('gives macOS the app menu, Close Window (Cmd+W) and the Window menu (Cmd+M); others File > Quit', async () => {
    const { menuTemplate } = await import('../../electron/main/menu');
    const mac = roles(menuTemplate({ devTools: false, platform: 'darwin' }) as never);
    expect(mac[0]).toBe('appMenu');
    expect(mac).toContainEqual({ File: ['close'] });
    expect(mac.at(-1)).toBe('windowMenu');
    const linux = roles(menuTemplate({ devTools: true, platform: 'linux' }) as never);
    expect(linux[0]).toEqual({ File: ['quit'] });
    expect(linux.at(-1)).toBe('windowMenu');
    expect(JSON.stringify(linux)).toContain('toggleDevTools');
    expect(JSON.stringify(mac)).not.toContain('toggleDevTools');
    for (const edit of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) expect(JSON.stringify(mac)).toContain(`"${edit}"`);
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
    // The window's calls act for the shell's one session: signed in with a PIN like any other.
    await signInAs(t.core, 'Capt. Test', 'administrator', SHELL_SESSION);
    const ok = await invokeFromRenderer(t.core, eventFrom(mainFrame), 'system.status', {});
    expect(ok).toMatchObject({ ok: true, value: { operator: { displayName: 'Capt. Test' } } });

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
    await signInAs(t.core, 'Capt. Test', 'administrator', SHELL_SESSION);
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

describe('open a file to import (open-import.ts)', () => {
  it('copies the chosen file under imports/<upload id>/ for the core, refuses other frames, and answers null on cancel', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const chosen = path.join(dir, 'partner catalogue.csv');
    fs.writeFileSync(chosen, 'Code,Name\nA-1,One\n');
    resetFakeElectron();
    const { bindOpenImport } = await import('../../electron/main/open-import');
    const unbind = bindOpenImport(path.join(dir, 'home'), null);
    const handler = recorded.ipcHandlers.get(IPC_OPEN_IMPORT_CHANNEL) as (
      e: unknown,
    ) => Promise<{ ok: boolean; value?: { uploadId: string; name: string; bytes: number } | null; error?: { code: string } }>;
    const main = { url: 'app://corridor/index.html' };
    state.openDialogPaths.push(chosen);
    const r = await handler({ senderFrame: main, sender: { mainFrame: main } });
    expect(r).toMatchObject({ ok: true, value: { name: 'partner catalogue.csv', bytes: 18 } });
    const { uploadFileOf } = await import('../../electron/services/exchange/import/files');
    expect(fs.readFileSync(uploadFileOf(path.join(dir, 'home'), r.value!.uploadId)!.path, 'utf8')).toBe('Code,Name\nA-1,One\n');
    expect(await handler({ senderFrame: main, sender: { mainFrame: main } })).toEqual({ ok: true, value: null });
    const evil = { url: 'https://evil.example/' };
    expect(await handler({ senderFrame: evil, sender: { mainFrame: evil } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    unbind();
  });
});

describe('attach a file to a request and save it back (attachment-files.ts)', () => {
  it('copies the picked file where uploads wait; saves an attachment by its id where the user picks; refuses other frames', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const home = path.join(dir, 'home');
    const chosen = path.join(dir, 'route map.png');
    fs.writeFileSync(chosen, 'PNG');
    resetFakeElectron();
    const { bindAttachmentFiles } = await import('../../electron/main/attachment-files');
    const unbind = bindAttachmentFiles(home, null);
    type Handler = (e: unknown, id?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
    const pick = recorded.ipcHandlers.get(IPC_PICK_ATTACHMENT_CHANNEL) as Handler;
    const save = recorded.ipcHandlers.get(IPC_SAVE_ATTACHMENT_CHANNEL) as Handler;
    const main = { url: 'app://corridor/index.html' };
    const from = { senderFrame: main, sender: { mainFrame: main } };
    state.openDialogPaths.push(chosen);
    const picked = await pick(from);
    expect(picked).toMatchObject({ ok: true, value: { name: 'route map.png', bytes: 3 } });
    const { uploadFileOf } = await import('../../electron/services/exchange/import/files');
    expect(fs.readFileSync(uploadFileOf(home, (picked.value as { uploadId: string }).uploadId)!.path, 'utf8')).toBe('PNG');
    expect(await pick(from)).toEqual({ ok: true, value: null });

    // An attachment as the core stores it: <home>/attachments/<id>/<name>.
    const id = '01900000-0000-7000-8000-00000000a77a';
    fs.mkdirSync(path.join(home, 'attachments', id), { recursive: true });
    fs.writeFileSync(path.join(home, 'attachments', id, 'letter.pdf'), '%PDF');
    const target = path.join(dir, 'saved letter.pdf');
    state.saveDialogPaths.push(target);
    expect(await save(from, id)).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF');
    // The attachment stays the request's.
    expect(fs.existsSync(path.join(home, 'attachments', id, 'letter.pdf'))).toBe(true);
    expect(await save(from, '../../etc/passwd')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const evil = { url: 'https://evil.example/' };
    expect(await pick({ senderFrame: evil, sender: { mainFrame: evil } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await save({ senderFrame: evil, sender: { mainFrame: evil } }, id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    unbind();
  });
});

describe('preload (preload/index.ts)', () => {
  it('exposes exactly invoke, on, saveExport, pickRestoreFile, openImport, pickAttachment and saveAttachment under window.corridor, over their channels', async () => {
    vi.resetModules();
    await import('../../electron/preload/index');
    const fake = await import('./fake-electron');
    expect(fake.recorded.exposed.map((x) => x.key)).toEqual(['corridor']);
    const api = fake.recorded.exposed[0].api as {
      invoke: (n: string, i: unknown) => Promise<unknown>;
      on: (l: (e: unknown) => void) => () => void;
      saveExport: (jobId: string) => Promise<unknown>;
    };
    expect(Object.keys(api).sort()).toEqual([
      'invoke',
      'on',
      'openImport',
      'pickAttachment',
      'pickRestoreFile',
      'saveAttachment',
      'saveExport',
    ]);

    expect(await api.invoke('system.status', { a: 1 })).toEqual({ ok: true, value: 'from-main' });
    expect(fake.recorded.rendererInvokes).toEqual([[IPC_INVOKE_CHANNEL, 'system.status', { a: 1 }]]);

    const got: unknown[] = [];
    const off = api.on((e) => got.push(e));
    const ipcEvent = { sender: 'must-not-leak' };
    fake.ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, { type: 'changed', changes: [{ type: 'items' }] });
    expect(got).toEqual([{ type: 'changed', changes: [{ type: 'items' }] }]);
    off();
    fake.ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, { type: 'changed', changes: [{ type: 'sites' }] });
    expect(got).toHaveLength(1);
    expect(fake.ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });
});

describe('main process lifecycle (main/index.ts)', () => {
  /** Starts the main process afresh; `appData` is the OS application-data folder. */
  async function startMain(appData: string, argv: string[] = [], opts: { packaged?: boolean } = {}) {
    vi.resetModules();
    const fake = await import('./fake-electron');
    fake.resetFakeElectron();
    fake.state.appData = appData;
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
    // A development build has its own data folder, never the installed app's.
    expect(fake.state.userData).toBe(path.join(dir, 'corridor-dev'));
    expect(fs.existsSync(path.join(dir, 'corridor-dev', 'corridor.sqlite'))).toBe(true);
    expect(fake.recorded.privilegedSchemes).toEqual([{ schemes: [APP_SCHEME_PRIVILEGES], beforeReady: true }]);
    expect([...fake.recorded.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.recorded.ipcHandlers.keys()]).toEqual([
      IPC_INVOKE_CHANNEL,
      IPC_SAVE_EXPORT_CHANNEL,
      IPC_PICK_RESTORE_CHANNEL,
      IPC_OPEN_IMPORT_CHANNEL,
      IPC_PICK_ATTACHMENT_CHANNEL,
      IPC_SAVE_ATTACHMENT_CHANNEL,
    ]);
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
    // Set up as the demo installation; the window then asks who signs in (the demo operators, PINs in the README).
    expect(await handler(event, 'system.status', {})).toMatchObject({ ok: true, value: { setupDone: true, operator: null } });
    const names = (await handler(event, 'auth.operators', {})) as { value: { displayName: string }[] };
    expect(names.value.map((o) => o.displayName)).toContain(DEMO_OPERATOR);
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

  it('a second instance quits at once; the first one comes to the front, or opens a window when it has none', async () => {
    vi.resetModules();
    const second = await import('./fake-electron');
    second.resetFakeElectron();
    second.state.lockGranted = false;
    await import('../../electron/main/index');
    expect(second.recorded.quits).toBe(1);
    expect(second.app.listenerCount('second-instance')).toBe(0);
    expect(second.state.ready).toBe(false);

    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const fake = await startMain(dir);
    const [first] = fake.FakeBrowserWindow.instances;
    fake.app.emit('second-instance');
    expect(first.shown).toBe(true); // even before its first paint
    expect(first.focused).toBe(1);
    first.close(); // e.g. on macOS, where closing the window keeps the app running
    fake.app.emit('second-instance');
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(fake.FakeBrowserWindow.instances[0]).not.toBe(first);
    expect(fake.FakeBrowserWindow.instances[0].loadedUrls).toEqual([APP_ENTRY_URL]);
  });

  it("names itself for the OS: Corridor, the installer's app id, its own data folder when packaged", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    // Electron names the app (menus, "Quit Corridor") from package.json, not from the builder config.
    expect(pkg).toMatchObject({ productName: 'Corridor', desktopName: 'corridor.desktop' });
    const { APP_ID } = await import('../../electron/main/identity');
    expect(fs.readFileSync(path.join(ROOT, 'build', 'electron-builder.yml'), 'utf8')).toMatch(
      new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'),
    );

    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    let fake;
    try {
      fake = await startMain(dir, [], { packaged: true });
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    // The taskbar groups the window with the installer's shortcut only with the same id.
    expect(fake.recorded.appUserModelIds).toEqual([APP_ID]);
    expect(fake.state.userData).toBe(path.join(dir, 'corridor'));
    expect(fs.existsSync(path.join(dir, 'corridor', 'corridor.sqlite'))).toBe(true);
  });

  it("logs crashes of Chromium's helper processes to userData/logs/main.log", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const fake = await startMain(dir);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    fake.app.emit('child-process-gone', fakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 139 });
    fake.FakeBrowserWindow.instances[0].webContents.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: -1 });
    errors.mockRestore();
    const log = fs.readFileSync(path.join(dir, 'corridor-dev', 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z child process gone: GPU, reason crashed, exit code 139$/m);
    expect(log).toMatch(/window: renderer gone \(reason oom, exit code -1\)$/m);
  });

  it('honours CORRIDOR_MIGRATIONS in development only; a packaged app drops it', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    // A migrations folder someone else wrote: one migration that creates a table of its own.
    const evil = path.join(dir, 'evil-migrations');
    fs.mkdirSync(path.join(evil, 'meta'), { recursive: true });
    fs.writeFileSync(path.join(evil, '0000_evil.sql'), 'CREATE TABLE evil (x integer);');
    fs.writeFileSync(
      path.join(evil, 'meta', '_journal.json'),
      JSON.stringify({
        version: '7',
        dialect: 'sqlite',
        entries: [{ idx: 0, version: '6', when: 1, tag: '0000_evil', breakpoints: true }],
      }),
    );
    vi.stubEnv('CORRIDOR_MIGRATIONS', evil);
    cleanups.push(() => vi.unstubAllEnvs());
    const tables = async (file: string) => {
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
      } finally {
        db.close();
      }
    };

    const packaged = await startMain(path.join(dir, 'installed'), [], { packaged: true });
    expect(packaged.recorded.errorBoxes).toEqual([]);
    expect(process.env.CORRIDOR_MIGRATIONS).toBeUndefined();
    packaged.app.emit('will-quit');
    const installedTables = await tables(path.join(dir, 'installed', 'corridor', 'corridor.sqlite'));
    expect(installedTables).not.toContain('evil');
    expect(installedTables).toContain('organisations');

    // In development the folder is used: its migration runs (and then the start stops, since
    // that schema is not Corridor's).
    vi.stubEnv('CORRIDOR_MIGRATIONS', evil);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const dev = await startMain(path.join(dir, 'dev'));
    errors.mockRestore();
    dev.app.emit('will-quit');
    expect(await tables(path.join(dir, 'dev', 'corridor-dev', 'corridor.sqlite'))).toContain('evil');
    expect(dev.recorded.errorBoxes).toEqual([expect.objectContaining({ title: 'Corridor cannot open its database' })]);
  });
});
