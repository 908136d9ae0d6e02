import type { Input, MethodName, Output, Result } from '../../shared/api';

/** What the Electron preload exposes: one async function per contract method. */
export type ArchiveBridge = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> } & {
  /** Called when the main process opens another archive (File menu). Returns an unsubscribe, if any. */
  onWorkspaceChanged?: (callback: () => void) => (() => void) | void;
};

declare global {
  interface Window {
    archive?: ArchiveBridge;
  }
}
