import path from 'node:path';
import { projectRoot } from './db/native';

/** Where the shipped resources live: beside the code in a checkout, or where the packaged app says. */
export function resourcesDir(): string {
  return process.env.TESSERA_RESOURCES ?? path.join(projectRoot(), 'resources');
}
