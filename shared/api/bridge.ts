import type { Input, MethodName, Output } from './index';
import type { Result } from './define';

/** The one-way signal main sends after the File menu opens or creates another archive. */
export const WORKSPACE_CHANGED = 'workspace-changed';

type Call<M extends MethodName> = (input: Input<M>) => Promise<Result<Output<M>>>;

/** The shape of `window.archive` the Electron preload exposes, derived from the contract. */
export type ArchiveBridge = {
  readonly [M in MethodName]: Call<M>;
} & {
  /** Calls `callback` whenever another archive is opened; returns an unsubscribe. */
  readonly onWorkspaceChanged: (callback: () => void) => () => void;
};

/** `window.archiveFiles` in Electron: turns a chosen File into its path on disk, or '' if it has none. */
export type FilesBridge = {
  readonly pathForFile: (file: File) => string;
};
