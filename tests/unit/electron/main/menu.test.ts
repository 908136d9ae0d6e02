import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { Door } from '../../../../electron/main/ipc';
import { createDoor } from '../../../../electron/archive/accounts/door';
import { archiveActions, archiveNameFor, menuTemplate, recentItems } from '../../../../electron/main/menu';
import { testArchive } from '../../helpers';

// menu.ts wires Electron's dialogs in installMenu(); everything tested here takes them as parameters.
vi.mock('electron', () => ({ app: {}, dialog: {}, Menu: {} }));

function fakeUi(folder?: string | Error) {
  const log: string[] = [];
  const pick = () => (folder instanceof Error ? Promise.reject(folder) : Promise.resolve(folder));
  return {
    log,
    ui: {
      chooseNewArchiveFolder: pick,
      chooseArchiveFolder: pick,
      showError: (title: string, message: string) => log.push(`error: ${title}: ${message}`),
      workspaceChanged: () => log.push('changed'),
    },
  };
}

function recordingDoor(result: ReturnType<Door['call']> = { ok: true, value: {} }) {
  const calls: [string, unknown][] = [];
  const door: Door = {
    call(method, input) {
      calls.push([method as string, input]);
      return result;
    },
  };
  return { door, calls };
}

describe('archiveNameFor', () => {
  it.each([
    ['/home/ana/Oral Histories.tessera', 'Oral Histories'],
    ['/home/ana/Oral Histories.TESSERA/', 'Oral Histories'],
    ['/srv/Комиссия по правде', 'Комиссия по правде'],
    ['/srv/لجنة الحقيقة.tessera', 'لجنة الحقيقة'],
    ['/srv/.tessera', 'Archive'],
    ['/', 'Archive'],
  ])('names %s "%s"', (folder, name) => {
    expect(archiveNameFor(folder)).toBe(name);
  });
});

describe('archive actions', () => {
  it('creates the chosen folder as an archive named after it, then says the workspace changed', async () => {
    const { door, calls } = recordingDoor();
    const { ui, log } = fakeUi('/home/ana/Oral Histories.tessera');
    expect(await archiveActions(door, ui).newArchive()).toBe(true);
    expect(calls).toEqual([['workspace.create', { path: '/home/ana/Oral Histories.tessera', name: 'Oral Histories' }]]);
    expect(log).toEqual(['changed']);
  });

  it.each(['newArchive', 'openArchive'] as const)('%s does nothing when the dialog is cancelled', async (action) => {
    const { door, calls } = recordingDoor();
    const { ui, log } = fakeUi(undefined);
    expect(await archiveActions(door, ui)[action]()).toBe(false);
    expect(calls).toEqual([]);
    expect(log).toEqual([]);
  });

  it('shows the engine’s own message when it refuses, and changes nothing', async () => {
    const { door } = recordingDoor({ ok: false, error: { code: 'archive_unavailable', message: 'This archive is open in another Tessera window.' } });
    const { ui, log } = fakeUi('/x/A.tessera');
    expect(await archiveActions(door, ui).openArchive()).toBe(false);
    expect(log).toEqual(['error: Could not open the archive: This archive is open in another Tessera window.']);
  });

  it('shows an error when the folder dialog itself fails', async () => {
    const { door, calls } = recordingDoor();
    const { ui, log } = fakeUi(new Error('The portal is not available'));
    expect(await archiveActions(door, ui).newArchive()).toBe(false);
    expect(calls).toEqual([]);
    expect(log).toEqual(['error: Could not create the archive: The portal is not available']);
  });

  it('opens, lists and fills real archives through the door, as whoever signed in', async () => {
    const { root, router } = testArchive();
    const door = createDoor(router, { lockAfterMs: 60_000 });
    const other = path.join(root, 'Second.tessera');
    const { ui, log } = fakeUi(other);
    const actions = archiveActions(door, ui);

    expect(await actions.newArchive()).toBe(true);
    expect(actions.recent().map((r) => r.name)).toEqual(['Second', 'Test archive']);
    expect(actions.openRecent(path.join(root, 'Test.tessera'))).toBe(true);
    expect(actions.recent()[0]?.name).toBe('Test archive');
    expect(actions.loadSample()).toBe(false);
    expect(door.call('auth.setup', { name: 'Ana Archivist', password: 'a long enough passphrase' })).toMatchObject({ ok: true });
    expect(actions.loadSample()).toBe(true);
    expect(log).toEqual(['changed', 'changed', 'error: Could not load the sample archive: Sign in to use this archive.', 'changed']);
  });

  it('explains why a folder that is not an archive cannot be opened', async () => {
    const { root, router } = testArchive();
    const door = createDoor(router, { lockAfterMs: 60_000 });
    const notAnArchive = path.join(root, 'Holiday photos');
    mkdirSync(notAnArchive);
    writeFileSync(path.join(notAnArchive, 'beach.jpg'), 'jpeg');
    const { ui, log } = fakeUi(notAnArchive);
    expect(await archiveActions(door, ui).openArchive()).toBe(false);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^error: Could not open the archive: \S/);
  });
});

describe('the menu', () => {
  const actions = archiveActions(recordingDoor().door, fakeUi().ui);
  const labels = (items: MenuItemConstructorOptions[] | undefined) => (items ?? []).map((i) => i.label ?? i.role ?? i.type);
  const submenu = (t: MenuItemConstructorOptions[], label: string) => t.find((i) => i.label === label)?.submenu as MenuItemConstructorOptions[];

  it('has the archive commands in File', () => {
    const t = menuTemplate(actions, [], { isPackaged: true, platform: 'linux' });
    expect(labels(submenu(t, '&File'))).toEqual(['New Archive…', 'Open Archive…', 'Open Recent', 'separator', 'Load Sample Archive', 'separator', 'quit']);
  });

  it('offers developer tools only outside the packaged app', () => {
    const devTools = (isPackaged: boolean) => labels(submenu(menuTemplate(actions, [], { isPackaged, platform: 'linux' }), '&View')).includes('toggleDevTools');
    expect(devTools(true)).toBe(false);
    expect(devTools(false)).toBe(true);
  });

  it('follows macOS conventions on macOS', () => {
    const t = menuTemplate(actions, [], { isPackaged: true, platform: 'darwin' });
    expect(t[0]?.role).toBe('appMenu');
    expect(labels(submenu(t, '&File')).at(-1)).toBe('close');
  });

  it('lists recent archives, opening the one clicked', () => {
    const opened: string[] = [];
    const items = recentItems(
      [
        { path: '/a/Commission.tessera', name: 'Commission', openedAt: '' },
        { path: '/b/Commission.tessera', name: 'Commission', openedAt: '' },
        { path: '/c/Land & Water.tessera', name: 'Land & Water', openedAt: '' },
      ],
      (p) => opened.push(p),
    );
    expect(items.map((i) => i.label)).toEqual(['Commission (/a/Commission.tessera)', 'Commission (/b/Commission.tessera)', 'Land && Water']);
    (items[2]?.click as () => void)();
    expect(opened).toEqual(['/c/Land & Water.tessera']);
  });

  it('says so when there are no recent archives', () => {
    expect(recentItems([], () => undefined)).toEqual([{ label: 'No Recent Archives', enabled: false }]);
  });
});
