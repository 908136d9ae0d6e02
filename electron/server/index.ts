import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDoor, lockAfterMsFrom } from '../archive/accounts/door';
import { createRouter } from '../archive/router';
import { bootstrapAdministrator } from './bootstrap';
import { createWorkspace } from '../archive/workspace';
import { startBackupSchedule } from '../archive/backup/schedule';
import { defaultDataDir } from '../archive/dataDir';
import { projectRoot } from '../archive/db/native';
import { startServer } from './server';

/**
 * `npm run start:browser`: serves the built renderer and the engine on 127.0.0.1.
 * PORT picks the port (default: a free one); TESSERA_ARCHIVE opens that folder instead of the
 * default archive; TESSERA_DATA_DIR moves the per-user data folder; TESSERA_LOCK_MINUTES sets
 * the lock after inactivity. When the archive has no accounts yet and both TESSERA_USER and
 * TESSERA_PASSWORD are set, that person is made its first administrator before serving (how
 * end-to-end tests start); otherwise the page asks for the first administrator.
 */
async function main(): Promise<void> {
  const staticDir = path.join(projectRoot(), 'out', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    process.stderr.write('tessera: the app is not built yet. Run "npm run build" first (npm run start:browser does both).\n');
    process.exit(1);
  }
  const workspace = createWorkspace({ dataDir: defaultDataDir() });
  const router = createRouter(workspace);
  startBackupSchedule(workspace); // a verified backup of the open archive once a day
  const door = createDoor(router, { lockAfterMs: lockAfterMsFrom() });
  const target = process.env.TESSERA_ARCHIVE;
  const opened = target ? door.call('workspace.open', { path: target }) : door.call('workspace.openDefault', {});
  if (!opened.ok) process.stderr.write(`tessera: ${opened.error.message} — choose another archive in the app.\n`);
  const setUp = opened.ok ? bootstrapAdministrator(router, process.env) : null;
  if (setUp) process.stdout.write(`${setUp}\n`);
  const token = randomBytes(24).toString('base64url');
  const { url, server } = await startServer({ door, workspace, token, staticDir, port: Number(process.env.PORT ?? 0) });
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
