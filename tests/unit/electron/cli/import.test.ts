import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testimonyInput } from '../../../../shared/model/testimony';
import { settled } from '../archive/jobs/helpers';
import { tempDir, testArchive } from '../../helpers';

const bin = path.resolve(__dirname, '..', '..', '..', '..', 'bin', 'tessera.mjs');

function tessera(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tessera import', () => {
  it('imports a folder with a mapping file, prints the summary and the failed rows, and exits 1 when any failed', () => {
    const root = tempDir();
    const data = path.join(root, 'data');
    const archive = path.join(root, 'I.tessera');
    expect(tessera(data, ['init', archive]).code).toBe(0);
    const src = path.join(root, 'incoming');
    mkdirSync(src);
    writeFileSync(path.join(src, 'list.csv'), 'Code;Heading;Kind\nTRC-2026-0101;From the CLI;Audio recording\nTRC-2026-0102;;audio\n');
    writeFileSync(path.join(src, 'TRC-2026-0101.srt'), '1\n00:00:01,000 --> 00:00:03,000\nSpoken words.\n');
    const mapping = path.join(root, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ Code: 'ref', Heading: 'title', Kind: 'type' }));

    const r = tessera(data, ['import', archive, src, '--mapping', mapping]);
    expect(r.stderr).toContain('Starting…');
    expect(r.stdout).toMatch(/^Added 2, updated 0, skipped 0, failed 1\. Report: .*imports[/\\].*-report\.csv\nFailed:\n {2}list\.csv line 3 \(Heading\): A title is required\. The row was not imported\.\n$/);
    expect(r.stderr).toContain('1 of the sources could not be imported');
    expect(r.code).toBe(1);
  }, 120_000);
});

describe('tessera import of a JSON archive export', () => {
  it('loads the export into the empty archive through imports.archive and follows its job, rather than importing its files', async () => {
    const source = testArchive();
    const made = source.call('testimonies.create', { data: testimonyInput.parse({ title: 'Carried over whole', type: 'written_statement', transcript: 'Words that travel in archive.json.' }) });
    const out = path.join(tempDir(), 'Archive JSON');
    const exported = await settled(source, source.call('exports.start', { format: 'json', scope: 'full', out }));
    expect(exported.state).toBe('done');

    // The target: a new archive whose first administrator is the CLI's user.
    const target = testArchive();
    const setup = target.router.call(null, 'auth.setup', { name: 'cli-user', password: 'cli-user-password' });
    if (!setup.ok) throw new Error(setup.error.message);
    target.workspace.close();

    const r = tessera(path.join(target.root, 'data'), ['import', target.dir, path.join(out, 'archive.json')]);
    expect(r.stdout).toMatch(/^Imported the JSON archive Test archive: [\d,]+ rows .*with this import recorded last\.\n$/);
    expect(r.code).toBe(0);
    const db = new Database(path.join(target.dir, 'archive.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT id, title FROM testimonies').all()).toEqual([{ id: made.id, title: 'Carried over whole' }]);
      expect(db.prepare('SELECT count(*) FROM import_sources').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  }, 120_000);
});
