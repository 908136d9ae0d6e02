import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { channelFor, methodNames } from '../../../../shared/api';
import { createDoor } from '../../../../electron/archive/accounts/door';
import { FORBIDDEN, INTERNAL, registerIpc, senderOf, type Door } from '../../../../electron/main/ipc';
import { APP_ENTRY } from '../../../../electron/main/security';
import { testArchive } from '../../helpers';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** A stand-in for ipcMain that records handlers the way Electron would call them. */
function fakeIpc() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
  };
}

function event(frame: { url: string; parent: unknown } | null, senderId = 1): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const fromApp = () => event({ url: APP_ENTRY, parent: null });

function setup(door?: Door) {
  const ipc = fakeIpc();
  const calls: [unknown, unknown][] = [];
  const logs: string[] = [];
  const d: Door = door ?? {
    call(method, input) {
      calls.push([method, input]);
      return { ok: true, value: { echoed: method } };
    },
  };
  const off = registerIpc(ipc, { door: d, trustedWebContentsIds: () => [1], log: (m) => logs.push(m) });
  const invoke = (method: string, e: IpcMainInvokeEvent, ...args: unknown[]) => {
    const handler = ipc.handlers.get(`archive:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(e, ...args);
  };
  return { ipc, calls, logs, off, invoke };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract method and nothing else', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
  });

  it('passes a trusted call to the door and returns its result', () => {
    const { invoke, calls } = setup();
    expect(invoke('testimonies.list', fromApp(), { text: 'river' })).toEqual({ ok: true, value: { echoed: 'testimonies.list' } });
    expect(calls).toEqual([['testimonies.list', { text: 'river' }]]);
  });

  it('passes only the first argument on', () => {
    const { invoke, calls } = setup();
    invoke('archive.info', fromApp(), {}, 'extra', { role: 'administrator' });
    expect(calls[0]?.[1]).toEqual({});
  });

  it.each([
    ['a window that is not ours', event({ url: APP_ENTRY, parent: null }, 2)],
    ['a sub-frame of our window', event({ url: APP_ENTRY, parent: {} })],
    ['our window showing a web page', event({ url: 'https://evil.example/', parent: null })],
    ['our window showing a file', event({ url: 'file:///tmp/evil.html', parent: null })],
    ['a frame that has gone', event(null)],
    [
      'a frame that was disposed',
      {
        sender: { id: 1 },
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      } as unknown as IpcMainInvokeEvent,
    ],
  ])('refuses %s as forbidden without calling the router', (_, e) => {
    const { invoke, calls, logs } = setup();
    expect(invoke('testimonies.create', e, { data: { title: 'x', type: 'audio' } })).toEqual(FORBIDDEN);
    expect(calls).toEqual([]);
    expect(logs).toHaveLength(1);
  });

  it('turns an engine that throws into an internal error instead of a rejected promise', () => {
    const { invoke, logs } = setup({
      call() {
        throw new Error('boom');
      },
    });
    expect(invoke('archive.info', fromApp(), {})).toEqual(INTERNAL);
    expect(logs).toEqual(['The engine threw while handling archive.info']);
  });

  it('removes every handler again', () => {
    const { ipc, off } = setup();
    off();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers through the real door and router: sign-in first, then results and errors are data', () => {
    const { router } = testArchive();
    const { invoke } = setup(createDoor(router, { lockAfterMs: 60_000 }));
    expect(invoke('archive.info', fromApp(), {})).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Sign in to use this archive.' } });
    expect(invoke('auth.setup', fromApp(), { name: 'Ama Mensah', password: 'a long enough passphrase' })).toMatchObject({ ok: true });
    const info = invoke('archive.info', fromApp(), {}) as { ok: boolean; value?: { name: string; user: { name: string } } };
    expect(info).toMatchObject({ ok: true, value: { name: 'Test archive', user: { name: 'Ama Mensah', role: 'administrator' } } });
    expect(invoke('testimonies.create', fromApp(), { data: { title: '' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(invoke('testimonies.create', fromApp(), 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('senderOf', () => {
  it('reads the frame URL, whether it is the top frame, and the sender id', () => {
    expect(senderOf(event({ url: APP_ENTRY, parent: null }, 5))).toEqual({ frameUrl: APP_ENTRY, isMainFrame: true, webContentsId: 5 });
    expect(senderOf(event(null, 5))).toEqual({ frameUrl: undefined, isMainFrame: false, webContentsId: 5 });
  });
});
