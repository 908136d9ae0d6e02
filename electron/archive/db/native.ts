import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * better-sqlite3 is a native module compiled for one runtime. Node (tests, CLI, browser mode) uses
 * the build npm made in node_modules; Electron uses a second build kept beside it in
 * `native/electron-<abi>/better_sqlite3.node` (made by `npm run native:electron`, run on
 * install when an Electron binary is present). We pick by `process.versions.electron`.
 */
export function nativeBindingPath(root = projectRoot()): string | undefined {
  if (!process.versions.electron) return undefined;
  const candidate = path.join(root, 'native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
  if (existsSync(candidate)) return candidate;
  throw new Error(
    `No better-sqlite3 build for Electron (ABI ${process.versions.modules}) at ${candidate}. Run "npm run native:electron" once.`,
  );
}

export function projectRoot(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('better-sqlite3/package.json');
  return path.resolve(path.dirname(pkg), '..', '..');
}
