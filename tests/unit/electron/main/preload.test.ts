import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelFor, methodNames } from '../../../../shared/api';
import { WORKSPACE_CHANGED as SENT_BY_MAIN } from '../../../../electron/main/ipc';

/** What the preload hands to contextBridge, and what it asks of ipcRenderer. */
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown[]][],
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  webUtils: {
    getPathForFile: (file: { path?: string }) => {
      if (!file.path) throw new Error('not a file from disk');
      return file.path;
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      bridge.invoked.push([channel, args]);
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!bridge.listeners.has(channel)) bridge.listeners.set(channel, new Set());
      bridge.listeners.get(channel)?.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => bridge.listeners.get(channel)?.delete(fn),
  },
}));

await import('../../../../electron/preload/index');
const archive = bridge.exposed.get('archive') as Record<string, (...args: unknown[]) => unknown>;

describe('the preload', () => {
  beforeEach(() => {
    bridge.invoked.length = 0;
  });

  it('exposes only window.archive and window.archiveFiles', () => {
    expect([...bridge.exposed.keys()]).toEqual(['archive', 'archiveFiles']);
  });

  it('archiveFiles gives a chosen file its path on disk, or an empty string, and nothing else', () => {
    const files = bridge.exposed.get('archiveFiles') as { pathForFile(f: unknown): string };
    expect(Object.keys(files)).toEqual(['pathForFile']);
    expect(files.pathForFile({ path: '/home/a/photo.jpg' })).toBe('/home/a/photo.jpg');
    expect(files.pathForFile({})).toBe('');
  });

  it('exposes one function per contract method plus onWorkspaceChanged, and no generic invoke', () => {
    expect(Object.keys(archive).sort()).toEqual([...methodNames, 'onWorkspaceChanged'].sort());
    for (const value of Object.values(archive)) expect(typeof value).toBe('function');
    expect(archive).not.toHaveProperty('invoke');
    expect(archive).not.toHaveProperty('send');
  });

  it.each(methodNames)('%s invokes its own channel with the input alone', async (method) => {
    const input = { marker: method };
    await expect(archive[method]?.(input, 'ignored')).resolves.toEqual({ ok: true, value: channelFor(method) });
    expect(bridge.invoked).toEqual([[channelFor(method), [input]]]);
  });

  it('listens on the channel main sends, hides the event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = archive.onWorkspaceChanged?.((...args: unknown[]) => seen.push(args)) as () => void;
    const listeners = bridge.listeners.get(SENT_BY_MAIN);
    expect(listeners?.size).toBe(1);
    for (const l of listeners ?? []) l({ sender: 'an IpcRendererEvent' }, 'payload');
    expect(seen).toEqual([[]]);
    off();
    expect(bridge.listeners.get(SENT_BY_MAIN)?.size).toBe(0);
  });
});
