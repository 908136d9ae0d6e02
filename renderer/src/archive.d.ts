import type { ArchiveBridge } from '../../shared/api/bridge';

export type { ArchiveBridge };

declare global {
  interface Window {
    /** Present in Electron only: what the preload exposes. */
    archive?: ArchiveBridge;
  }
}
