import path from 'node:path';
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { RecentArchive } from '../../shared/api/archive';
import { WORKSPACE_CHANGED, type Door } from './ipc';

/**
 * The application menu. Archive commands go through the same door as the renderer, as whoever
 * is signed in, so they are validated, authorised and audited the same way (before sign-in only
 * choosing an archive works); the engine's error messages are written for people and shown as
 * they are.
 */

/** What the archive commands need from the desktop; Electron's dialogs in the app, fakes in tests. */
export interface ShellUi {
  chooseNewArchiveFolder(): Promise<string | undefined>;
  chooseArchiveFolder(): Promise<string | undefined>;
  showError(title: string, message: string): void;
  /** The open archive or its contents changed: refresh the menu and tell the window. */
  workspaceChanged(): void;
}

/** "Oral Histories.tessera" → "Oral Histories". */
export function archiveNameFor(folder: string): string {
  const name = path.basename(folder.replace(/[\\/]+$/, '')).replace(/\.tessera$/i, '').trim();
  return name || 'Archive';
}

function isRecent(x: unknown): x is RecentArchive {
  return typeof x === 'object' && x !== null && typeof (x as RecentArchive).path === 'string' && typeof (x as RecentArchive).name === 'string';
}

export function archiveActions(door: Door, ui: ShellUi) {
  const run = (method: string, input: object, failure: string): boolean => {
    const result = door.call(method, input);
    if (result.ok) ui.workspaceChanged();
    else ui.showError(failure, result.error.message);
    return result.ok;
  };
  const pickThen = async (pick: () => Promise<string | undefined>, then: (folder: string) => boolean, failure: string) => {
    try {
      const folder = await pick();
      return folder !== undefined && then(folder);
    } catch (error) {
      ui.showError(failure, error instanceof Error ? error.message : String(error));
      return false;
    }
  };
  return {
    newArchive(): Promise<boolean> {
      const failure = 'Could not create the archive';
      return pickThen(() => ui.chooseNewArchiveFolder(), (folder) => run('workspace.create', { path: folder, name: archiveNameFor(folder) }, failure), failure);
    },
    openArchive(): Promise<boolean> {
      const failure = 'Could not open the archive';
      return pickThen(() => ui.chooseArchiveFolder(), (folder) => run('workspace.open', { path: folder }, failure), failure);
    },
    openRecent(folder: string): boolean {
      return run('workspace.open', { path: folder }, 'Could not open the archive');
    },
    loadSample(): boolean {
      return run('archive.loadSample', {}, 'Could not load the sample archive');
    },
    recent(): RecentArchive[] {
      const result = door.call('workspace.recent', {});
      return result.ok && Array.isArray(result.value) ? result.value.filter(isRecent) : [];
    },
  };
}

export type ArchiveActions = ReturnType<typeof archiveActions>;

/** Menu labels treat & as a mnemonic marker on Windows and Linux; a folder named "A & B" must show as is. */
const label = (text: string) => text.replace(/&/g, '&&');

export function recentItems(recent: RecentArchive[], open: (folder: string) => unknown): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Archives', enabled: false }];
  const count = (name: string) => recent.filter((r) => r.name === name).length;
  return recent.map((r) => ({
    label: label(count(r.name) > 1 ? `${r.name} (${r.path})` : r.name),
    toolTip: r.path,
    click: () => void open(r.path),
  }));
}

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function menuTemplate(actions: ArchiveActions, recent: RecentArchive[], opts: MenuOptions): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Archive…', accelerator: 'CmdOrCtrl+Shift+N', click: () => void actions.newArchive() },
        { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: () => void actions.openArchive() },
        { label: 'Open Recent', submenu: recentItems(recent, (folder) => actions.openRecent(folder)) },
        sep,
        { label: 'Load Sample Archive', click: () => void actions.loadSample() },
        sep,
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(opts.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        sep,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        sep,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About Tessera' }] },
  ];
}

/** Builds the menu with Electron's dialogs; call `refresh()` to rebuild it (Open Recent changes). */
export function installMenu(door: Door, getWindow: () => BrowserWindow | null): { refresh(): void } {
  const ui: ShellUi = {
    async chooseNewArchiveFolder() {
      const options = {
        title: 'New Archive',
        buttonLabel: 'Create Archive',
        nameFieldLabel: 'Archive name:',
        defaultPath: path.join(app.getPath('documents'), 'New Archive.tessera'),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? undefined : r.filePath;
    },
    async chooseArchiveFolder() {
      const options = { title: 'Open Archive', buttonLabel: 'Open Archive', properties: ['openDirectory'] as 'openDirectory'[] };
      const win = getWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? undefined : r.filePaths[0];
    },
    showError: (title, message) => dialog.showErrorBox(title, message),
    workspaceChanged() {
      refresh();
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(WORKSPACE_CHANGED);
    },
  };
  const actions = archiveActions(door, ui);
  const refresh = () => {
    const template = menuTemplate(actions, actions.recent(), { isPackaged: app.isPackaged, platform: process.platform });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  refresh();
  return { refresh };
}
