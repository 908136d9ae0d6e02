import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../db/native';

/**
 * The reading room's page script and styles, built by scripts/build-reading-room.mjs (vite, iife)
 * into out/reading-room/. The Electron bundle finds them beside out/main; a checkout finds them in
 * out/ and, when renderer/reading-room is there too, has the script rebuild them first if they are
 * missing or older than their sources (a fresh clone, or an edit since the last build).
 */

export const PAGE_SCRIPT = 'reading-room.js';
export const PAGE_STYLES = 'reading-room.css';

const here = path.dirname(fileURLToPath(import.meta.url));

function builtIn(dir: string): boolean {
  return existsSync(path.join(dir, PAGE_SCRIPT)) && existsSync(path.join(dir, PAGE_STYLES));
}

/** Runs the build script when this is a checkout with sources; returns an error in words, or null. */
function buildFromSource(root: string): string | null {
  const script = path.join(root, 'scripts', 'build-reading-room.mjs');
  if (!existsSync(script) || !existsSync(path.join(root, 'renderer', 'reading-room'))) return null;
  // In Electron (a checkout run with electron-vite preview) the executable is Electron: run it as Node.
  const r = spawnSync(process.execPath, [script, '--if-stale'], { cwd: root, encoding: 'utf8', timeout: 300_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (r.status === 0) return null;
  const why = (r.stderr || r.stdout || r.error?.message || '').trim().split('\n').slice(-3).join(' ');
  return `The reading room page could not be built (${why || `exit code ${r.status}`}). Run "node scripts/build-reading-room.mjs" to see why.`;
}

/** The folder holding reading-room.js and reading-room.css, building them first in a checkout. */
export function readingRoomAssetsDir(): string {
  let root: string | null = null;
  try {
    root = projectRoot();
  } catch {
    root = null;
  }
  if (root) {
    const problem = buildFromSource(root);
    if (problem) throw new Error(problem);
  }
  const candidates = [
    process.env.TESSERA_READING_ROOM_ASSETS,
    path.join(here, '..', 'reading-room'),
    path.join(here, '..', '..', 'reading-room'),
    root ? path.join(root, 'out', 'reading-room') : undefined,
  ];
  const found = candidates.find((d): d is string => !!d && builtIn(d));
  if (!found) throw new Error('The reading room page is missing from this installation (out/reading-room). Run "npm run build:reading-room" in the Tessera folder.');
  return found;
}
