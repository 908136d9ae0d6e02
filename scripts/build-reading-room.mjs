#!/usr/bin/env node
/**
 * Builds the reading room's page script: renderer/reading-room/main.ts (with lunr, the query
 * parser and the shared lunr pipeline) into one classic script and one stylesheet,
 * out/reading-room/reading-room.{js,css}. A classic (iife) script, not a module, because the
 * reading room opens from file://, where browsers refuse module scripts.
 *
 *   node scripts/build-reading-room.mjs               always builds
 *   node scripts/build-reading-room.mjs --if-stale    builds only when the sources changed since
 *                                                     the last build (the export job runs this)
 *   node scripts/build-reading-room.mjs --postinstall as --if-stale, and never fails the install
 *                                                     (vite is missing with npm ci --omit=dev)
 *
 * The build goes to a scratch folder and is renamed into place, so a reader never sees half of it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'reading-room');
const stampFile = path.join(outDir, 'build.json');
const SOURCES = ['renderer/reading-room', 'shared', 'scripts/build-reading-room.mjs', 'node_modules/lunr/package.json'];
const args = new Set(process.argv.slice(2));
const postinstall = args.has('--postinstall');
const ifStale = postinstall || args.has('--if-stale');
const say = (line) => console.log(`build-reading-room: ${line}`);

function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

export function sourcesHash() {
  const hash = createHash('sha256');
  for (const f of SOURCES.flatMap(files)) {
    hash.update(f.split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(path.join(root, f)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function upToDate(hash) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return stamp.sources === hash && existsSync(path.join(outDir, 'reading-room.js')) && existsSync(path.join(outDir, 'reading-room.css'));
  } catch {
    return false;
  }
}

async function main() {
  const hash = sourcesHash();
  if (ifStale && upToDate(hash)) return;
  let vite;
  try {
    vite = await import('vite');
  } catch {
    throw new Error('vite is not installed (it is a development dependency); run npm install');
  }
  const scratch = path.join(root, 'out', `.reading-room-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  try {
    await vite.build({
      configFile: false,
      root: path.join(root, 'renderer', 'reading-room'),
      publicDir: false,
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: scratch,
        emptyOutDir: true,
        target: 'es2020',
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: {
          entry: path.join(root, 'renderer', 'reading-room', 'main.ts'),
          formats: ['iife'],
          name: 'TesseraReadingRoom',
          fileName: () => 'reading-room.js',
          cssFileName: 'reading-room',
        },
      },
    });
    for (const f of ['reading-room.js', 'reading-room.css']) {
      if (!existsSync(path.join(scratch, f))) throw new Error(`the build produced no ${f}`);
    }
    writeFileSync(path.join(scratch, 'build.json'), `${JSON.stringify({ sources: hash, builtAt: new Date().toISOString() }, null, 2)}\n`);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(scratch, outDir);
    say(`built ${path.relative(root, outDir)}/reading-room.js and reading-room.css`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`build-reading-room: ${e.message}`);
  if (postinstall) console.error('build-reading-room: the reading room page will be built when it is first exported.');
  process.exitCode = postinstall ? 0 : 1;
});
