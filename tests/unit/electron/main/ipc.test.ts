import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { channelFor, methodNames } from '../../../../shared/api';
import type { Session } from '../../../../electron/archive/context';
import { desktopSession, FORBIDDEN, INTERNAL, registerIpc, senderOf, type Router } from '../../../../electron/main/ipc';
import { APP_ENTRY } from '../../../../electron/main/security';
import { owner, testArchive } from '../../helpers';

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

function setup(router?: Router) {
  const ipc = fakeIpc();
  const calls: [Session, unknown, unknown][] = [];
  const logs: string[] = [];
  const r: Router = router ?? {
    call(session, method, input) {
      calls.push([session, method, input]);
      return { ok: true, value: { echoed: method } };
    },
  };
  const off = registerIpc(ipc, { router: r, session: owner, trustedWebContentsIds: () => [1], log: (m) => logs.push(m) });
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

  it('passes a trusted call to the router with the desktop session and returns its result', () => {
    const { invoke, calls } = setup();
    expect(invoke('testimonies.list', fromApp(), { text: 'river' })).toEqual({ ok: true, value: { echoed: 'testimonies.list' } });
    expect(calls).toEqual([[owner, 'testimonies.list', { text: 'river' }]]);
  });

  it('passes only the first argument on', () => {
    const { invoke, calls } = setup();
    invoke('archive.info', fromApp(), {}, 'extra', { role: 'administrator' });
    expect(calls[0]?.[2]).toEqual({});
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

  it('turns a router that throws into an internal error instead of a rejected promise', () => {
    const { invoke, logs } = setup({
      call() {
        throw new Error('boom');
      },
    });
    expect(invoke('archive.info', fromApp(), {})).toEqual(INTERNAL);
    expect(logs).toEqual(['The router threw while handling archive.info']);
  });

  it('removes every handler again', () => {
    const { ipc, off } = setup();
    off();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers through the real router: results and errors are data', () => {
    const { router } = testArchive();
    const { invoke } = setup(router);
    const info = invoke('archive.info', fromApp(), {}) as { ok: boolean; value?: { name: string; user: { name: string } } };
    expect(info).toMatchObject({ ok: true, value: { name: 'Test archive', user: { name: owner.user.name } } });
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

describe('desktopSession', () => {
  it('is the owner, named by TESSERA_USER when set', () => {
    expect(desktopSession({ TESSERA_USER: 'Thandiwe Nkosi' })).toEqual({ user: { name: 'Thandiwe Nkosi', role: 'administrator' } });
  });

  it('otherwise is the operating-system user', () => {
    const s = desktopSession({});
    expect(s.user.role).toBe('owner');
    expect(s.user.name.length).toBeGreaterThan(0);
  });
});
