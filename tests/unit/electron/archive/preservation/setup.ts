import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Job } from '../../../../../shared/api/jobs';
import { DB_FILE } from '../../../../../electron/archive/db/open';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { owner, type testArchive } from '../../../helpers';

export type TestArchive = ReturnType<typeof testArchive>;

/** Waits for a job of the open archive to end, without sleeping. */
export function settled(t: TestArchive, job: Job): Promise<Job> {
  const a = t.workspace.current();
  if (!a) throw new Error('no archive open');
  return jobsFor(a.db).settled(job.id);
}

/**
 * Changes the archive's file behind Tessera's back, as anyone with the file could: the archive is
 * closed, changed through a raw connection (append-only triggers dropped), and opened again.
 */
export function tamper(t: TestArchive, fn: (raw: Database.Database) => void): void {
  t.workspace.close();
  const raw = new Database(path.join(t.dir, DB_FILE));
  try {
    raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    fn(raw);
  } finally {
    raw.close();
  }
  const r = t.router.call(owner, 'workspace.open', { path: t.dir });
  if (!r.ok) throw new Error(r.error.message);
}

/**
 * Whether a text is well-formed XML: xmllint (libxml2) when the machine has it, which every CI
 * image of ours does; else a strict check of tags and entities written here.
 */
export function xmlProblems(xml: string): string {
  const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (!lint.error) return lint.status === 0 ? '' : lint.stderr;
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)) {
    if (!m[2]) return `a bare ${m[0]} at ${m.index}`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `</${m[2]}> closes the wrong element at ${m.index}`;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length ? `unclosed ${stack.join(', ')}` : '';
}
