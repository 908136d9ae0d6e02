import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { channelFor, methodNames, type Input, type MethodName, type Output, type Result } from '../../shared/api';
import { WORKSPACE_CHANGED, type ArchiveBridge, type FilesBridge } from '../../shared/api/bridge';

export { WORKSPACE_CHANGED, type ArchiveBridge };

/**
 * Builds `window.archive` from the contract: one function per method, each invoking that
 * method's own channel, plus a subscription to the one-way `workspace-changed` signal. Nothing
 * else is exposed: no generic invoke, no ipcRenderer, no event objects.
 *
 * This file is bundled as CommonJS for a sandboxed preload: it may only require('electron'), so
 * it must not import anything that pulls in Node modules (electron/main/ipc.ts imports node:os).
 */

type Call<M extends MethodName> = (input: Input<M>) => Promise<Result<Output<M>>>;

function invoker<M extends MethodName>(method: M): Call<M> {
  const channel = channelFor(method);
  return (input: Input<M>) => ipcRenderer.invoke(channel, input) as Promise<Result<Output<M>>>;
}

const methods = Object.fromEntries(methodNames.map((m) => [m, invoker(m)])) as { [M in MethodName]: Call<M> };

const archive = {
  ...methods,
  onWorkspaceChanged(callback: () => void): () => void {
    // The renderer gets no event object: it would carry `sender`, a handle back into ipcRenderer.
    const listener = () => callback();
    ipcRenderer.on(WORKSPACE_CHANGED, listener);
    return () => {
      ipcRenderer.removeListener(WORKSPACE_CHANGED, listener);
    };
  },
} satisfies ArchiveBridge;

contextBridge.exposeInMainWorld('archive', archive);

/** A chosen File's path on disk (what the engine reads and hashes), or '' if it has none. */
const archiveFiles = {
  pathForFile(file: File): string {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
} satisfies FilesBridge;

contextBridge.exposeInMainWorld('archiveFiles', archiveFiles);
