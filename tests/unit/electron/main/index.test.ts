import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelFor, methodNames } from '../../../../shared/api';
import { APP_ENTRY, secureWebPreferences } from '../../../../electron/main/security';
import { tempDir } from '../../helpers';

/**
 * The app's lifecycle (electron/main/index.ts) against a fake Electron that records what the
 * app asks of it. No Electron binary is needed; the engine behind it is the real one.
 */

type Listener = (...args: unknown[]) => unknown;

function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return this;
    },
    once(event: string, fn: Listener) {
      return this.on(event, fn);
    },
    emit(event: string, ...args: unknown[]) {
      for (const fn of listeners.get(event) ?? []) fn(...args);
    },
    count: (event: string) => (listeners.get(event) ?? []).length,
  };
}

function fakeElectron(opts: { singleInstance?: boolean } = {}) {
  const calls: string[] = [];
  const app = Object.assign(emitter(), {
    isPackaged: false,
    paths: new Map<string, string>(),
    setPath: (name: string, value: string) => app.paths.set(name, value),
    getPath: (name: string) => app.paths.get(name) ?? `/nonexistent/${name}`,
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => opts.singleInstance ?? true,
    quit: vi.fn(),
    exit: vi.fn(),
    readyResolve: () => {},
    whenReady: () => new Promise<void>((resolve) => (app.readyResolve = resolve)),
  });
  let nextId = 1;
  const windows: FakeWindow[] = [];
  class FakeWindow {
    static getAllWindows = () => windows;
    webContents = Object.assign(emitter(), { id: nextId++, send: vi.fn(), setWindowOpenHandler: vi.fn() });
    loaded: string[] = [];
    constructor(public options: Record<string, unknown>) {
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    once = () => this;
    on = () => this;
    loadURL = (url: string) => (this.loaded.push(url), Promise.resolve());
    isDestroyed = () => false;
  }
  const handlers = new Map<string, Listener>();
  return {
    calls,
    app,
    windows,
    handlers,
    module: {
      app,
      BrowserWindow: FakeWindow,
      ipcMain: { handle: (ch: string, fn: Listener) => handlers.set(ch, fn), removeHandler: (ch: string) => handlers.delete(ch) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
        handle: (scheme: string) => calls.push(`handle ${scheme}`),
      },
      session: {
        defaultSession: {
          requestHandler: null as Listener | null,
          checkHandler: null as Listener | null,
          setPermissionRequestHandler(fn: Listener) {
            this.requestHandler = fn;
          },
          setPermissionCheckHandler(fn: Listener) {
            this.checkHandler = fn;
          },
          // The rest of hardenSession's wiring (tests/unit/electron/main/session.test.ts checks it).
          setDevicePermissionHandler: vi.fn(),
          setSpellCheckerDictionaryDownloadURL: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
          on: vi.fn(),
        },
      },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      // The person answers "Open in Browser" when asked before a link leaves the app.
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 1 })) },
      Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    },
  };
}

let fake = fakeElectron();
// Every export reads the current fake, so each launch below gets a fresh Electron.
vi.mock('electron', () => {
  const names = Object.keys(fake.module) as (keyof typeof fake.module)[];
  return Object.defineProperties({}, Object.fromEntries(names.map((n) => [n, { enumerable: true, get: () => fake.module[n] }])));
});

async function launch(dataDir: string, opts: { singleInstance?: boolean } = {}) {
  fake = fakeElectron(opts);
  vi.stubEnv('TESSERA_DATA_DIR', dataDir);
  vi.stubEnv('TESSERA_USER', 'Test Owner');
  vi.resetModules();
  await import('../../../../electron/main/index');
  fake.calls.push('imported');
  fake.app.readyResolve();
  await new Promise((r) => setImmediate(r));
  return fake;
}

const fromWindow = (id: number, url = APP_ENTRY) => ({ sender: { id }, senderFrame: { url, parent: null } });

afterEach(() => {
  fake.app.emit('will-quit');
  vi.unstubAllEnvs();
});

describe('the app lifecycle', () => {
  it('registers the app:// scheme and the sandbox before the app is ready', async () => {
    const f = await launch(tempDir());
    const before = f.calls.slice(0, f.calls.indexOf('imported'));
    expect(before).toContain('enableSandbox');
    expect(before.find((c) => c.startsWith('registerSchemesAsPrivileged'))).toMatch(/"scheme":"app".*"standard":true.*"secure":true/);
    expect(f.calls.indexOf('handle app')).toBeGreaterThan(f.calls.indexOf('imported'));
  });

  it('opens one secure 1280×800 window on the app, with the default archive created and open', async () => {
    const dataDir = tempDir();
    const f = await launch(dataDir);
    expect(f.app.paths.get('userData')).toBe(dataDir);
    expect(f.windows).toHaveLength(1);
    const win = f.windows[0]!;
    expect(win.options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 700 });
    const prefs = win.options.webPreferences as ReturnType<typeof secureWebPreferences>;
    expect(prefs).toEqual(secureWebPreferences(prefs.preload));
    expect(prefs.preload.endsWith(path.join('preload', 'index.cjs'))).toBe(true);
    expect(win.loaded).toEqual([APP_ENTRY]);
    expect(existsSync(path.join(dataDir, 'Default.tessera', 'archive.sqlite'))).toBe(true);
    expect(f.module.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('answers the contract over IPC to its own window only, as whoever signed in there', async () => {
    const f = await launch(tempDir());
    expect([...f.handlers.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
    const own = fromWindow(f.windows[0]!.webContents.id);
    const call = (method: string, input: unknown) => f.handlers.get(channelFor(method as never))!(own, input);
    const info = f.handlers.get(channelFor('archive.info'))!;
    // A new default archive asks for its first administrator; nothing else answers before that.
    expect(call('auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: true, user: null, lockAfterMinutes: 15 } });
    expect(info(own, {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(call('auth.setup', { name: 'Test Owner', password: 'correct horse battery' })).toMatchObject({ ok: true, value: { name: 'Test Owner', role: 'administrator' } });
    expect(info(own, {})).toMatchObject({ ok: true, value: { isDefault: true, user: { name: 'Test Owner', role: 'administrator' } } });
    expect(info(fromWindow(999), {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(info(fromWindow(f.windows[0]!.webContents.id, 'https://evil.example/'), {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('denies every permission', async () => {
    const f = await launch(tempDir());
    const ses = f.module.session.defaultSession;
    const callback = vi.fn();
    ses.requestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.checkHandler?.({}, 'clipboard-read')).toBe(false);
  });

  it('guards every web contents: navigation stays in the app, links go to the browser', async () => {
    const f = await launch(tempDir());
    const contents = f.windows[0]!.webContents;
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
      const home = { url: 'app://tessera/index.html', preventDefault: vi.fn() };
      contents.emit(event, away);
      contents.emit(event, home);
      expect(away.preventDefault, event).toHaveBeenCalled();
      expect(home.preventDefault, event).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown;
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(f.module.shell.openExternal.mock.calls).toEqual([['https://example.org/']]));
    // Only after asking, about the web link alone, with the window as parent.
    expect(f.module.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(f.module.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ detail: 'https://example.org/', defaultId: 0, cancelId: 0 });
  });

  it('still opens the window when the default archive cannot be opened, and says why', async () => {
    const dataDir = path.join(tempDir(), 'not-a-folder');
    writeFileSync(dataDir, 'a file where the data folder should be');
    const f = await launch(dataDir);
    expect(f.module.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(f.module.dialog.showErrorBox.mock.calls[0]?.[0]).toBe('Could not open your archive');
    expect(f.windows).toHaveLength(1);
    const status = f.handlers.get(channelFor('auth.status'))!;
    expect(status(fromWindow(f.windows[0]!.webContents.id), {})).toMatchObject({ ok: true, value: { archive: null, needsSetup: false, user: null } });
    const signIn = f.handlers.get(channelFor('auth.signIn'))!;
    expect(signIn(fromWindow(f.windows[0]!.webContents.id), { name: 'Test Owner', password: 'whatever it is' })).toMatchObject({ ok: false, error: { code: 'no_archive' } });
  });

  it('releases the archive when the app quits', async () => {
    const dataDir = tempDir();
    const f = await launch(dataDir);
    const lock = path.join(dataDir, 'Default.tessera', 'archive.lock');
    expect(existsSync(lock)).toBe(true);
    f.app.emit('will-quit');
    expect(existsSync(lock)).toBe(false);
  });

  it('a second instance quits without opening anything', async () => {
    const f = await launch(tempDir(), { singleInstance: false });
    expect(f.app.quit).toHaveBeenCalled();
    expect(f.windows).toHaveLength(0);
    expect(f.handlers.size).toBe(0);
  });
});
