import type { ArchiveBridge, FilesBridge } from '../../shared/api/bridge';

export type { ArchiveBridge };

declare global {
  interface Window {
    /** Present in Electron only: what the preload exposes. */
    archive?: ArchiveBridge;
    /** Present in Electron only: the path of a file the person chose. */
    archiveFiles?: FilesBridge;
  }
}
