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
    userData: '',
    lockGranted: true,
    isPackaged: false,
  };

  const recorded = {
    privilegedSchemes: [] as { schemes: unknown; beforeReady: boolean }[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Fn>(),
    menus: [] as unknown[],
    errorBoxes: [] as { title: string; message: string }[],
    exitCodes: [] as number[],
    quits: 0,
    exposed: [] as { key: string; api: Record<string, unknown> }[],
    rendererInvokes: [] as unknown[][],
  };

  function resetFakeElectron(): void {
    state.ready = false;
    state.lockGranted = true;
    state.isPackaged = false;
    recorded.privilegedSchemes.length = 0;
    recorded.protocolHandlers.clear();
    recorded.ipcHandlers.clear();
    recorded.menus.length = 0;
    recorded.errorBoxes.length = 0;
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

  class FakeWebContents extends EventEmitter {
    sent: { channel: string; payload: unknown }[] = [];
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
  }

  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.instances;
    }
    readonly webContents = new FakeWebContents();
    loadedUrls: string[] = [];
    shown = false;
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
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
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
      if (name !== 'userData') throw new Error(`fake app.getPath: unexpected ${name}`);
      return state.userData;
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
