import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for
 * productName "Tessera", so the CLI and browser mode find the app's default archive.
 * TESSERA_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (env.TESSERA_DATA_DIR) return path.resolve(env.TESSERA_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming'), 'Tessera');
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support', 'Tessera');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'Tessera');
}
