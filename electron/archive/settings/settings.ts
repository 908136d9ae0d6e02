import type { Database } from 'better-sqlite3';
import { checkRefPattern, DEFAULT_REF_PATTERN } from '../../../shared/model/refCode';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { diff } from '../audit/record';

export interface Settings {
  archiveName: string;
  refPattern: string;
}

const DEFAULTS: Settings = { archiveName: 'Tessera archive', refPattern: DEFAULT_REF_PATTERN };

export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return {
    archiveName: map.get('archiveName') ?? DEFAULTS.archiveName,
    refPattern: map.get('refPattern') ?? DEFAULTS.refPattern,
  };
}

export function writeSettings(ctx: Ctx, next: Settings): Settings {
  const problem = checkRefPattern(next.refPattern);
  if (problem) throw new ArchiveError('invalid_input', problem, 'refPattern');
  const before = readSettings(ctx.db);
  const upsert = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  upsert.run('archiveName', next.archiveName);
  upsert.run('refPattern', next.refPattern);
  const after = readSettings(ctx.db);
  ctx.audit({ action: 'update', entityType: 'settings', entityId: 'archive', changes: diff(before, after) });
  return after;
}
