import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell, type WebContents } from 'electron';
import { defaultDataDir } from '../archive/dataDir';
import { createDoor, lockAfterMsFrom } from '../archive/accounts/door';
import { createRouter } from '../archive/router';
import { servedFile } from '../archive/served';
import { createWorkspace } from '../archive/workspace';
import { startBackupSchedule } from '../archive/backup/schedule';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { APP_ENTRY, confirmOpenExternal, isAllowedNavigation, secureWebPreferences, windowOpenPolicy } from './security';
import { hardenSession } from './session';

/**
 * App lifecycle: one instance, one window, one workspace. Every policy decision lives in
 * security.ts; this file only connects it to Electron's events.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER_DIR = path.join(here, '../renderer');

// The same per-user folder the CLI and browser mode use (TESSERA_DATA_DIR moves it, which gives
// every end-to-end test its own archive and its own single-instance lock). Without this the
// folder would follow the app's name, which differs between a checkout and the packaged app.
app.setPath('userData', defaultDataDir());
if (app.isPackaged) process.env.TESSERA_RESOURCES = path.join(process.resourcesPath, 'resources');

registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guard(contents));
  // One window holds the archive; closing it closes the app and releases the archive's lock.
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Tessera could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

/** A web link opens in the browser only after the person confirms it (security.ts decides). */
function openExternal(url: string): void {
  const ask = (prompt: Electron.MessageBoxOptions) => (mainWindow ? dialog.showMessageBox(mainWindow, prompt) : dialog.showMessageBox(prompt));
  confirmOpenExternal(url, ask, (href) => shell.openExternal(href)).catch((error: unknown) => console.error(`Could not open ${url} in the browser`, error));
}

/** Applied to every WebContents the app ever creates, before it loads anything. */
function guard(contents: WebContents): void {
  const denyUnlessAllowed = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', denyUnlessAllowed);
  contents.on('will-frame-navigate', denyUnlessAllowed);
  contents.on('will-redirect', denyUnlessAllowed);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => windowOpenPolicy(url, openExternal));
}

function start(): void {
  hardenSession(session.defaultSession);
  const workspace = createWorkspace({ dataDir: app.getPath('userData') });
  const router = createRouter(workspace);
  startBackupSchedule(workspace); // a verified backup of the open archive once a day
  // One door for the window and the menu: who is signed in, locked after TESSERA_LOCK_MINUTES.
  const door = createDoor(router, { lockAfterMs: lockAfterMsFrom() });
  // The archive's photos, recordings and finished PDFs only while someone is signed in, as far as their role reads.
  serveApp(RENDERER_DIR, (pathname) => {
    const signedIn = door.current();
    return signedIn ? servedFile(workspace, pathname, signedIn) : null;
  });

  registerIpc(ipcMain, {
    door,
    trustedWebContentsIds: () => BrowserWindow.getAllWindows().map((w) => w.webContents.id),
  });
  app.on('will-quit', () => {
    try {
      workspace.close();
    } catch (error) {
      console.error('Could not close the archive cleanly', error);
    }
  });

  // The default archive is created on first start (the window then asks for its first
  // administrator). If it cannot be opened the window still opens, without an archive, so the
  // person can choose or create another one.
  const opened = door.call('workspace.openDefault', {});
  if (!opened.ok) {
    dialog.showErrorBox(
      'Could not open your archive',
      `${opened.error.message}\n\nTessera will open without an archive. Use File › Open Archive… or File › New Archive… to choose one.`,
    );
  }

  mainWindow = createWindow();
  installMenu(door, () => mainWindow);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Tessera',
    webPreferences: secureWebPreferences(PRELOAD, { packaged: app.isPackaged }),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('render-process-gone', (_event, details) => console.error('The window stopped:', details.reason));
  win.loadURL(APP_ENTRY).catch((error: unknown) => console.error(`Could not load ${APP_ENTRY}`, error));
  return win;
}
