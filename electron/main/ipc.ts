import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelFor, methodNames, type Result } from '../../shared/api';
import { isTrustedSender, type IpcSender } from './security';

/**
 * The IPC transport: one `archive:<method>` handler per contract method, each checking who sent
 * the message before handing it to the door (who is signed in) and so to the router. The only other message is the one-way
 * `workspace-changed` signal from main to the window after the File menu switches archives.
 * `ipcMain` is passed in (only types come from electron) so the transport is testable in Node.
 */

export { WORKSPACE_CHANGED } from '../../shared/api/bridge';

/**
 * What the transport needs from the engine: the host's door (archive/accounts/door.ts), which
 * knows who is signed in and calls the router as them.
 */
export interface Door {
  call(method: unknown, input: unknown): Result<unknown>;
}

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Tessera window and was refused.' },
};

export const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Tessera could not complete this request because of an internal error. Nothing was changed; please try again.' },
};

/** Reads what the policy needs from an invoke event; a frame that has gone counts as untrusted. */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): IpcSender {
  try {
    const frame = event.senderFrame;
    return { frameUrl: frame?.url, isMainFrame: frame != null && frame.parent === null, webContentsId: event.sender.id };
  } catch {
    return { frameUrl: undefined, isMainFrame: false, webContentsId: -1 };
  }
}

export interface IpcDeps {
  door: Door;
  /** The ids of the WebContents of our own windows, asked afresh for every call. */
  trustedWebContentsIds(): Iterable<number>;
  log?: (message: string, error?: unknown) => void;
}

/** Registers every contract method; returns a function that removes the handlers again. */
export function registerIpc(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: IpcDeps): () => void {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  for (const method of methodNames) {
    ipc.handle(channelFor(method), (event, input: unknown): Result<unknown> => {
      const sender = senderOf(event);
      if (!isTrustedSender(sender, deps.trustedWebContentsIds())) {
        log(`Refused ${method} from an untrusted sender (${sender.frameUrl ?? 'no frame'})`);
        return FORBIDDEN;
      }
      try {
        return deps.door.call(method, input);
      } catch (error) {
        log(`The engine threw while handling ${method}`, error);
        return INTERNAL;
      }
    });
  }
  return () => {
    for (const method of methodNames) ipc.removeHandler(channelFor(method));
  };
}
