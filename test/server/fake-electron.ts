import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module (its binary cannot run here). It records what the
 * shell asks of Electron so tests can check the wiring: which scheme is privileged and when,
 * which handlers are installed, which window options are used, what is sent over IPC.
 * Only the members the shell uses exist; anything else fails loudly as undefined.
 */

/**
 * Built once per process and kept on globalThis: vi.resetModules() (used to start the main
 * process afresh) must not leave the shell and the test holding two different fakes.
 */
function build() {
  type Fn = (...args: never[]) => unknown;

  const state = {
    ready: false,
    /** The OS application-data folder; the shell puts its userData folder inside it. */
    appData: '',
    userData: '',
    lockGranted: true,
    isPackaged: false,
    /** Answers (button indexes) for the next showMessageBox calls; 0 when none is queued. */
    messageBoxAnswers: [] as number[],
    /** What the next showOpenDialog returns: the chosen paths, none = cancelled. */
    openDialogPaths: [] as string[],
    /** What the next showSaveDialog returns: the chosen path, none = cancelled. */
    saveDialogPaths: [] as string[],
  };

  const recorded = {
    privilegedSchemes: [] as { schemes: unknown; beforeReady: boolean }[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Fn>(),
    menus: [] as unknown[],
    errorBoxes: [] as { title: string; message: string }[],
    messageBoxes: [] as { title?: string; message: string; detail?: string; buttons?: string[] }[],
    appUserModelIds: [] as string[],
    exitCodes: [] as number[],
    quits: 0,
    exposed: [] as { key: string; api: Record<string, unknown> }[],
    rendererInvokes: [] as unknown[][],
  };

  function resetFakeElectron(): void {
    state.ready = false;
    state.lockGranted = true;
    state.isPackaged = false;
    state.appData = '';
    state.userData = '';
    state.messageBoxAnswers.length = 0;
    state.openDialogPaths.length = 0;
    state.saveDialogPaths.length = 0;
    recorded.privilegedSchemes.length = 0;
    recorded.protocolHandlers.clear();
    recorded.ipcHandlers.clear();
    recorded.menus.length = 0;
    recorded.errorBoxes.length = 0;
    recorded.messageBoxes.length = 0;
    recorded.appUserModelIds.length = 0;
    recorded.exitCodes.length = 0;
    recorded.quits = 0;
    recorded.exposed.length = 0;
    recorded.rendererInvokes.length = 0;
    FakeBrowserWindow.instances.length = 0;
    app.removeAllListeners();
    ipcRenderer.removeAllListeners();
    Object.assign(session.defaultSession, freshSession());
  }

  /** An Electron-style event: records whether the shell vetoed it. */
  function fakeEvent<T extends object>(fields: T = {} as T): T & { prevented: boolean; preventDefault: () => void } {
    const e = { ...fields, prevented: false, preventDefault: () => (e.prevented = true) };
    return e;
  }

  /**
   * Events a test sends as Electron would: render-process-gone, did-fail-load and the page's
   * navigations here; unresponsive, responsive, ready-to-show and closed on the window.
   */
  class FakeWebContents extends EventEmitter {
    sent: { channel: string; payload: unknown }[] = [];
    reloads = 0;
    crashedByShell = 0;
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
    readonly mainFrame = { url: 'app://corridor/index.html' };
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
    isDestroyed() {
      return false;
    }
    reload() {
      this.reloads += 1;
    }
    forcefullyCrashRenderer() {
      this.crashedByShell += 1;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.instances;
    }
    static fromWebContents(contents: unknown) {
      return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
    }
    readonly webContents = new FakeWebContents();
    loadedUrls: string[] = [];
    shown = false;
    focused = 0;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
    loadURL(url: string) {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    isVisible() {
      return this.shown;
    }
    isDestroyed() {
      return this.destroyed;
    }
    /** As the user closing it: gone from the window list, then `closed`. */
    close() {
      this.destroyed = true;
      FakeBrowserWindow.instances.splice(FakeBrowserWindow.instances.indexOf(this), 1);
      this.emit('closed');
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused += 1;
    }
  }

  function freshSession() {
    return {
      permissionRequestHandler: null as Fn | null,
      permissionCheckHandler: null as Fn | null,
      devicePermissionHandler: null as Fn | null,
      displayMediaRequestHandler: null as Fn | null,
    };
  }

  const session = {
    defaultSession: Object.assign(freshSession(), {
      setPermissionRequestHandler(h: Fn) {
        session.defaultSession.permissionRequestHandler = h;
      },
      setPermissionCheckHandler(h: Fn) {
        session.defaultSession.permissionCheckHandler = h;
      },
      setDevicePermissionHandler(h: Fn) {
        session.defaultSession.devicePermissionHandler = h;
      },
      setDisplayMediaRequestHandler(h: Fn) {
        session.defaultSession.displayMediaRequestHandler = h;
      },
    }),
  };

  class FakeApp extends EventEmitter {
    get isPackaged() {
      return state.isPackaged;
    }
    getPath(name: string) {
      if (name === 'appData') return state.appData;
      if (name === 'userData') return state.userData;
      throw new Error(`fake app.getPath: unexpected ${name}`);
    }
    setPath(name: string, value: string) {
      if (name !== 'userData') throw new Error(`fake app.setPath: unexpected ${name}`);
      if (state.ready) throw new Error('fake app.setPath(userData) after ready: the single-instance lock already used the old one');
      state.userData = value;
    }
    setAppUserModelId(id: string) {
      recorded.appUserModelIds.push(id);
    }
    requestSingleInstanceLock() {
      return state.lockGranted;
    }
    whenReady() {
      state.ready = true;
      return Promise.resolve();
    }
    exit(code: number) {
      recorded.exitCodes.push(code);
    }
    quit() {
      recorded.quits += 1;
    }
  }
  const app = new FakeApp();

  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown) {
      recorded.privilegedSchemes.push({ schemes, beforeReady: !state.ready });
    },
    handle(scheme: string, handler: (request: { url: string }) => Promise<Response>) {
      recorded.protocolHandlers.set(scheme, handler);
    },
  };

  const ipcMain = {
    handle(channel: string, handler: Fn) {
      if (recorded.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      recorded.ipcHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      recorded.ipcHandlers.delete(channel);
    },
  };

  const dialog = {
    showErrorBox(title: string, message: string) {
      recorded.errorBoxes.push({ title, message });
    },
    showMessageBox(_window: unknown, options: { title?: string; message: string; detail?: string; buttons?: string[] }) {
      recorded.messageBoxes.push(options);
      return Promise.resolve({ response: state.messageBoxAnswers.shift() ?? 0, checkboxChecked: false });
    },
    showOpenDialog() {
      const filePaths = state.openDialogPaths.splice(0);
      return Promise.resolve({ canceled: filePaths.length === 0, filePaths });
    },
    showSaveDialog() {
      const filePath = state.saveDialogPaths.shift();
      return Promise.resolve({ canceled: filePath === undefined, filePath });
    },
  };

  const Menu = {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu(menu: unknown) {
      recorded.menus.push(menu);
    },
  };

  const contextBridge = {
    exposeInMainWorld(key: string, api: Record<string, unknown>) {
      recorded.exposed.push({ key, api });
    },
  };

  class FakeIpcRenderer extends EventEmitter {
    invoke(...args: unknown[]) {
      recorded.rendererInvokes.push(args);
      return Promise.resolve({ ok: true, value: 'from-main' });
    }
  }
  const ipcRenderer = new FakeIpcRenderer();

  const electronModule = {
    app,
    BrowserWindow: FakeBrowserWindow,
    contextBridge,
    dialog,
    ipcMain,
    ipcRenderer,
    Menu,
    protocol,
    session,
  };

  // What tests reach directly; everything else only through electronModule, as the shell does.
  return { state, recorded, resetFakeElectron, fakeEvent, FakeBrowserWindow, session, app, ipcRenderer, electronModule };
}

const holder = globalThis as { __corridorFakeElectron?: ReturnType<typeof build> };
const fake = (holder.__corridorFakeElectron ??= build());

export const { state, recorded, resetFakeElectron, fakeEvent, FakeBrowserWindow, session, app, ipcRenderer, electronModule } = fake;
