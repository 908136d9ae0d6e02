import { jobsFor } from './jobs/registry';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecentArchive } from '../../shared/api/archive';
import { openArchive, type OpenArchive } from './db/open';
import { readSettings, writeSettings } from './settings/settings';
import { createCtx, type Session } from './context';
import { seedStarterThesaurus } from './themes/starter';

const RECENT_FILE = 'recent-archives.json';

/**
 * Who the audit log names for work Tessera does before anyone can sign in: creating an archive
 * (its name and starter thesaurus) happens before it has its first account.
 */
export const SYSTEM_SESSION: Session = { user: { name: 'Tessera (system, before sign-in)', role: 'administrator' } };
const RECENT_MAX = 10;

export interface Workspace {
  readonly dataDir: string;
  /** The open archive, or null when none is open. */
  current(): (OpenArchive & { isDefault: boolean }) | null;
  open(dir: string): OpenArchive;
  /** `session` null: nobody is signed in (a new archive has no accounts); audited as SYSTEM. */
  create(dir: string, name: string, session: Session | null): OpenArchive;
  openDefault(session: Session | null): OpenArchive;
  recent(): RecentArchive[];
  close(): void;
}

/** The archives of one person on one computer: which is open, which were opened recently. */
export function createWorkspace(opts: { dataDir: string; defaultArchiveName?: string }): Workspace {
  const dataDir = path.resolve(opts.dataDir);
  const defaultDir = path.join(dataDir, opts.defaultArchiveName ?? 'Default.tessera');
  let active: (OpenArchive & { isDefault: boolean }) | null = null;

  function readRecent(): RecentArchive[] {
    try {
      const list = JSON.parse(readFileSync(path.join(dataDir, RECENT_FILE), 'utf8')) as RecentArchive[];
      return Array.isArray(list) ? list.filter((r) => typeof r?.path === 'string') : [];
    } catch {
      return [];
    }
  }

  function remember(a: OpenArchive): void {
    const name = readSettings(a.db).archiveName;
    const list = [{ path: a.dir, name, openedAt: new Date().toISOString() }, ...readRecent().filter((r) => r.path !== a.dir)].slice(0, RECENT_MAX);
    mkdirSync(dataDir, { recursive: true });
    const tmp = path.join(dataDir, `${RECENT_FILE}.tmp`);
    writeFileSync(tmp, JSON.stringify(list, null, 2));
    renameSync(tmp, path.join(dataDir, RECENT_FILE));
  }

  /** Closes an archive and stops its running jobs (they remove what they had half-written). */
  function shut(a: OpenArchive): void {
    void jobsFor(a.db).cancelAll();
    a.close();
  }

  /** Opens the next archive before closing the current one, so a failure leaves the old one open. */
  function switchTo(next: OpenArchive): OpenArchive {
    if (active && active.dir !== next.dir) shut(active);
    active = Object.assign(next, { isDefault: next.dir === defaultDir });
    try {
      remember(next);
    } catch (e) {
      // The switch has happened: failing it now would leave the caller's door believing the old
      // archive (and whoever was signed in to it) is still open. The recent list can wait.
      console.warn(`Could not update the list of recent archives in ${dataDir}`, e);
    }
    return next;
  }

  function initialise(a: OpenArchive, name: string, session: Session | null): void {
    const ctx = createCtx({ ...a, isDefault: false }, session ?? SYSTEM_SESSION, 'workspace.create');
    a.db.transaction(() => {
      writeSettings(ctx, { ...readSettings(a.db), archiveName: name });
      // A new archive starts with the starter thesaurus (archives upgraded by migration do not).
      seedStarterThesaurus(ctx);
    })();
  }

  return {
    dataDir,
    current: () => active,
    open(dir) {
      if (active && active.dir === path.resolve(dir)) return switchTo(active);
      return switchTo(openArchive(dir));
    },
    create(dir, name, session) {
      const a = openArchive(dir, { create: true });
      try {
        initialise(a, name, session);
      } catch (e) {
        a.close();
        throw e;
      }
      return switchTo(a);
    },
    openDefault(session) {
      if (active?.dir === defaultDir) return active;
      if (existsSync(path.join(defaultDir, 'archive.sqlite'))) return switchTo(openArchive(defaultDir));
      return this.create(defaultDir, 'My archive', session);
    },
    recent() {
      // The open archive's name may have changed since it was opened (settings, sample).
      if (active) remember(active);
      return readRecent();
    },
    close() {
      if (active) shut(active);
      active = null;
    },
  };
}
