#!/usr/bin/env node
/**
 * better-sqlite3 for Electron, kept beside the Node build.
 *
 * Node (tests, CLI, browser mode) loads node_modules/better-sqlite3/build, which npm compiled for
 * Node. Electron needs a build for its own ABI. This script makes that build in a scratch copy of
 * the package, so the Node build is never touched, and puts the result where the engine looks for
 * it (electron/archive/db/native.ts): native/electron-<ABI>/better_sqlite3.node.
 *
 *   node scripts/native-electron.mjs          (postinstall) builds when an Electron binary is
 *                                             installed and the build is missing or stale; a
 *                                             failure is reported but does not fail the install
 *   node scripts/native-electron.mjs --force  (npm run native:electron) always rebuilds; exits 1
 *                                             on failure
 *
 * It is also electron-builder's beforeBuild hook (electron-builder.yml): it builds for the
 * Electron being packaged and answers false, so electron-builder leaves node_modules alone
 * instead of rebuilding better-sqlite3 in place (which would break the next `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const say = (line) => console.log(`native-electron: ${line}`);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

/** The installed Electron, found as require('electron') finds it but without its download-on-demand. */
export function installedElectron() {
  let dir;
  try {
    dir = packageDir('electron');
  } catch {
    return null; // not installed (for example npm ci --omit=dev)
  }
  const version = readJson(path.join(dir, 'package.json')).version;
  const pathFile = path.join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(dir, 'dist', relative) : '';
  return { dir, version, binary: binary && existsSync(binary) ? binary : null };
}

function runAsNode(binary, args) {
  return spawnSync(binary, args, { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 120_000 });
}

/** Electron's NODE_MODULE_VERSION: asked of the binary itself, else node-abi, else electron's abi_version file. */
export function electronAbi(electron, version = electron?.version) {
  if (electron?.binary && version === electron.version) {
    const r = runAsNode(electron.binary, ['-p', 'process.versions.modules']);
    const abi = (r.stdout ?? '').trim();
    if (r.status === 0 && /^\d+$/.test(abi)) return abi;
  }
  try {
    return String(require('node-abi').getAbi(version, 'electron'));
  } catch {
    // node-abi missing or too old for this Electron
  }
  const file = electron ? path.join(electron.dir, 'abi_version') : '';
  if (file && version === electron.version && existsSync(file)) return readFileSync(file, 'utf8').trim();
  throw new Error(`cannot tell the ABI of Electron ${version}; update node-abi`);
}

/**
 * An npm `nodedir` setting (npm_config_nodedir, common on machines with Node's headers in /usr)
 * makes node-gyp compile against Node's headers whatever target it is given: hide it meanwhile.
 */
async function withoutNodeHeaders(fn) {
  const names = Object.keys(process.env).filter((k) => k.toLowerCase() === 'npm_config_nodedir');
  const saved = names.map((k) => [k, process.env[k]]);
  for (const k of names) delete process.env[k];
  try {
    return await fn();
  } finally {
    for (const [k, v] of saved) process.env[k] = v;
  }
}

/** Builds better-sqlite3 for one Electron in a scratch copy; returns the path of the installed binding. */
export async function buildForElectron({ version, abi, platform = process.platform, arch = process.arch, binary = null, force = false }) {
  const sourceDir = packageDir('better-sqlite3');
  const sqliteVersion = readJson(path.join(sourceDir, 'package.json')).version;
  const targetDir = path.join(root, 'native', `electron-${abi}`);
  const target = path.join(targetDir, 'better_sqlite3.node');
  const stampFile = path.join(targetDir, 'build.json');
  const stamp = { electron: version, abi, betterSqlite3: sqliteVersion, platform, arch };
  if (!force && existsSync(target) && existsSync(stampFile)) {
    const old = readJson(stampFile);
    if (Object.entries(stamp).every(([k, v]) => old[k] === v)) {
      say(`better-sqlite3 ${sqliteVersion} for Electron ${version} (ABI ${abi}) is up to date.`);
      return target;
    }
  }

  // Inside node_modules so that @electron/rebuild finds prebuild-install and node-gyp by walking up.
  const work = path.join(root, 'node_modules', '.cache', `tessera-native-${process.pid}`);
  const copy = path.join(work, 'node_modules', 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  try {
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'tessera-native-build', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
    cpSync(sourceDir, copy, { recursive: true, filter: (src) => path.relative(sourceDir, src).split(path.sep)[0] !== 'build' });

    say(`building better-sqlite3 ${sqliteVersion} for Electron ${version} (ABI ${abi}, ${platform}-${arch})…`);
    let rebuild;
    try {
      ({ rebuild } = await import('@electron/rebuild'));
    } catch {
      throw new Error('@electron/rebuild is not installed; add it to devDependencies');
    }
    await withoutNodeHeaders(() =>
      rebuild({ buildPath: work, projectRootPath: work, electronVersion: version, platform, arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' }),
    );
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`the build produced no ${path.relative(work, built)}`);
    // A module declares its ABI in the name of its entry point; refuse one made for another runtime.
    const entry = `node_register_module_v${abi}`;
    if (!readFileSync(built).includes(entry)) throw new Error(`the build is not for ABI ${abi} (no ${entry}); was it compiled against Node's headers?`);

    // Load it in Electron itself before putting it in place, when this machine can run it.
    if (binary && platform === process.platform && arch === process.arch) {
      const check = `const D=require(${JSON.stringify(sourceDir)});const db=new D(':memory:',{nativeBinding:${JSON.stringify(built)}});console.log(db.prepare('select sqlite_version() v').get().v)`;
      const r = runAsNode(binary, ['-e', check]);
      if (r.status !== 0) throw new Error(`Electron could not load the new build:\n${r.stderr || r.stdout}`);
      say(`Electron ${version} loads it (SQLite ${r.stdout.trim()}).`);
    }

    mkdirSync(targetDir, { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    writeFileSync(stampFile, `${JSON.stringify({ ...stamp, builtAt: new Date().toISOString() }, null, 2)}\n`);
    say(`wrote ${path.relative(root, target)}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** electron-builder's beforeBuild hook: build for the packaged Electron; false = node_modules are handled. */
export async function beforeBuild(context) {
  const electron = installedElectron();
  const version = context.electronVersion ?? electron?.version;
  const platform = context.platform?.nodeName ?? process.platform;
  await buildForElectron({ version, abi: electronAbi(electron, version), platform, arch: context.arch, binary: electron?.binary ?? null, force: false });
  return false;
}

async function main() {
  const force = process.argv.includes('--force');
  const electron = installedElectron();
  if (!electron?.binary) {
    say('no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD?), so the Electron build of better-sqlite3 was skipped; Node is unaffected.');
    return;
  }
  try {
    await buildForElectron({ version: electron.version, abi: electronAbi(electron), binary: electron.binary, force });
  } catch (error) {
    console.error(`native-electron: could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : error}`);
    if (force) process.exit(1);
    console.error('native-electron: Node (tests, CLI, browser mode) is unaffected; run "npm run native:electron" once the problem is fixed.');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
