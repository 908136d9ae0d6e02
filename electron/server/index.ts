import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { createRouter } from '../archive/router';
import { createWorkspace } from '../archive/workspace';
import { defaultDataDir } from '../archive/dataDir';
import { projectRoot } from '../archive/db/native';
import { startServer } from './server';

/**
 * `npm run start:browser`: serves the built renderer and the engine on 127.0.0.1.
 * PORT picks the port (default: a free one); TESSERA_ARCHIVE opens that folder instead of the
 * default archive; TESSERA_DATA_DIR moves the per-user data folder.
 */
async function main(): Promise<void> {
  const staticDir = path.join(projectRoot(), 'out', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    process.stderr.write('tessera: the app is not built yet. Run "npm run build" first (npm run start:browser does both).\n');
    process.exit(1);
  }
  const session = { user: { name: process.env.TESSERA_USER ?? userInfo().username, role: 'administrator' as const } };
  const workspace = createWorkspace({ dataDir: defaultDataDir() });
  const router = createRouter(workspace);
  const target = process.env.TESSERA_ARCHIVE;
  const opened = target ? router.call(session, 'workspace.open', { path: target }) : router.call(session, 'workspace.openDefault', {});
  if (!opened.ok) process.stderr.write(`tessera: ${opened.error.message} — choose another archive in the app.\n`);
  const token = randomBytes(24).toString('base64url');
  const { url, server } = await startServer({ router, session, workspace, token, staticDir, port: Number(process.env.PORT ?? 0) });
  process.stdout.write(`Tessera is running in browser mode. Open this address (it carries your access token):\n${url}\n`);
  const stop = () => {
    server.close();
    workspace.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
