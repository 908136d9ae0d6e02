import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { channelFor, methodNames } from '../../../../shared/api';
import { FORBIDDEN, registerIpc, type Door } from '../../../../electron/main/ipc';
import { APP_ENTRY } from '../../../../electron/main/security';

/**
 * IPC sender validation against hostile senders, through the real transport: every channel, not
 * only one, refuses a message that does not come from the top frame of one of our windows showing
 * the app, and nothing of it reaches the door.
 */

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function transport(ours: () => number[]) {
  const handlers = new Map<string, Handler>();
  const reached: string[] = [];
  const door: Door = {
    call(method) {
      reached.push(String(method));
      return { ok: true, value: {} };
    },
  };
  registerIpc({ handle: (ch: string, fn: Handler) => void handlers.set(ch, fn), removeHandler: (ch: string) => void handlers.delete(ch) }, { door, trustedWebContentsIds: ours, log: () => {} });
  return { handlers, reached };
}

const sentBy = (senderId: number, senderFrame: unknown) => ({ sender: { id: senderId }, senderFrame }) as unknown as IpcMainInvokeEvent;
const topFrame = (url: string) => ({ url, parent: null });

const hostile: [string, IpcMainInvokeEvent][] = [
  ['a window that is not ours', sentBy(99, topFrame(APP_ENTRY))],
  ['an iframe inside our window', sentBy(1, { url: APP_ENTRY, parent: topFrame(APP_ENTRY) })],
  ['our window after navigating to the web', sentBy(1, topFrame('https://evil.example/'))],
  ['our window showing about:blank', sentBy(1, topFrame('about:blank'))],
  ['our window showing a data: page', sentBy(1, topFrame('data:text/html,<script>1</script>'))],
  ['our window showing a file', sentBy(1, topFrame('file:///home/user/evil.html'))],
  ['the developer tools', sentBy(1, topFrame('devtools://devtools/bundled/devtools_app.html'))],
  ['a look-alike app host', sentBy(1, topFrame('app://tessera.evil/index.html'))],
  ['an app URL with credentials', sentBy(1, topFrame('app://user:pw@tessera/index.html'))],
  ['a frame that has gone (null)', sentBy(1, null)],
  ['a frame that has gone (undefined)', sentBy(1, undefined)],
  [
    'a frame whose URL can no longer be read',
    sentBy(1, {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    }),
  ],
];

describe('IPC sender validation', () => {
  it.each(hostile)('refuses %s on every channel, and the door never hears of it', (_, event) => {
    const { handlers, reached } = transport(() => [1]);
    for (const method of methodNames) expect(handlers.get(channelFor(method))!(event, {}), method).toEqual(FORBIDDEN);
    expect(reached).toEqual([]);
  });

  it('asks which windows are ours at every call: a window that has closed is no longer trusted', () => {
    let ours = [1, 2];
    const { handlers, reached } = transport(() => ours);
    const info = handlers.get(channelFor('archive.info'))!;
    expect(info(sentBy(2, topFrame(APP_ENTRY)), {})).toEqual({ ok: true, value: {} });
    ours = [1];
    expect(info(sentBy(2, topFrame(APP_ENTRY)), {})).toEqual(FORBIDDEN);
    expect(reached).toEqual(['archive.info']);
  });
});
