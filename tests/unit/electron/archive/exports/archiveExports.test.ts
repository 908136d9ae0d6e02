import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/api';
import { FULL_EXPORT_REFUSED } from '../../../../../shared/model/access';
import { publishableIds } from '../../../../../electron/archive/publish/policy';
import { archiveTools, cataloguer, researcher, tempDir, testArchive } from '../../../helpers';
import { sampleArchive, settled, type TestArchive } from '../jobs/helpers';

/**
 * exports.start in the CSV format, end to end: who may export which scope, what the files hold,
 * and that they are what spreadsheet programs read safely.
 */

type Rows = Record<string, string>[];

function readCsv(file: string): { raw: string; rows: Rows } {
  const raw = readFileSync(file, 'utf8');
  return { raw, rows: parse<Record<string, string>>(raw, { bom: true, columns: true, relax_column_count: false }) };
}

async function exportCsv(t: TestArchive, input: Partial<Input<'exports.start'>> = {}) {
  const out = path.join(tempDir(), 'CSV export');
  const job = await settled(t, t.call('exports.start', { format: 'csv', scope: 'full', out, ...input }));
  expect(job.error).toBeNull();
  expect(job.state).toBe('done');
  const read = (name: string) => readCsv(path.join(out, name));
  return { out, job, testimonies: read('testimonies.csv'), people: read('people.csv'), themes: read('themes.csv') };
}

const db = (t: TestArchive) => {
  const open = t.workspace.current();
  if (!open) throw new Error('no archive');
  return open.db;
};

describe('the CSV export', () => {
  it('writes the whole archive in the full scope: three files, BOM, CRLF, every testimony, person and theme', async () => {
    const t = sampleArchive();
    const { out, job, testimonies, people, themes } = await exportCsv(t);
    expect(readdirSync(out).sort()).toEqual(['people.csv', 'testimonies.csv', 'themes.csv']);
    for (const f of [testimonies, people, themes]) {
      expect(f.raw.startsWith('\uFEFF')).toBe(true);
      expect(f.raw.endsWith('\r\n')).toBe(true);
      // Every line end outside a quoted cell is CRLF: no bare LF ends a row.
      expect(f.raw.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    }
    const count = (table: string) => db(t).prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(testimonies.rows).toHaveLength(count('testimonies'));
    expect(people.rows).toHaveLength(count('people'));
    expect(themes.rows).toHaveLength(db(t).prepare('SELECT count(*) FROM themes WHERE merged_into IS NULL').pluck().get() as number);
    expect(job.result?.summary).toBe(`${count('testimonies')} testimonies, ${count('people')} people and ${themes.rows.length} themes as CSV (testimonies.csv, people.csv, themes.csv).`);

    // A row holds what a successor needs: the record's fields, its people, themes, consent and transcript.
    const first = db(t).prepare('SELECT id, ref FROM testimonies WHERE theme_ids <> \'[]\' ORDER BY ref_sort LIMIT 1').get() as { id: string; ref: string };
    const record = t.call('testimonies.get', { id: first.id });
    const row = testimonies.rows.find((r) => r['Reference code'] === first.ref);
    expect(row).toMatchObject({ Id: record.id, Title: record.title, Type: record.type, 'Access level': record.accessLevel, Transcript: record.transcript });
    expect(row?.['Narrators (names)']).toBe(record.people.filter((p) => p.role === 'narrator').map((p) => p.name).join('; '));
    expect(row?.Themes).not.toBe('');
    expect(Object.keys(row ?? {})).toEqual(expect.arrayContaining(['Provenance', 'Consent given for', 'Attachments (name and SHA-256)', 'Status']));
    // Broader themes are named by id and label.
    const narrower = themes.rows.find((r) => r['Broader (id)'] !== '');
    expect(themes.rows.find((r) => r.Id === narrower?.['Broader (id)'])?.['Preferred label']).toBe(narrower?.['Broader (label)']);
  }, 60_000);

  it('neutralises formulas, quotes quotes and keeps newlines inside a cell', async () => {
    const t = sampleArchive();
    const title = '=HYPERLINK("http://evil.example","Click")';
    const summary = 'Line one, with a comma\r\nLine "two"\n+SUM(A1:A2)';
    const created = t.call('testimonies.create', { data: { title, summary, type: 'audio', languages: ['-en', '@fr'], accessLevel: 'public' } });
    const { testimonies } = await exportCsv(t, { testimonyIds: [created.id] });
    expect(testimonies.raw).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(testimonies.raw).toContain('"Line one, with a comma\r\nLine ""two""\n+SUM(A1:A2)"');
    expect(testimonies.rows).toHaveLength(1);
    expect(testimonies.rows[0]).toMatchObject({ Title: `'${title}`, Summary: summary, Languages: "'-en; @fr" });
  }, 60_000);

  it('exports only the chosen testimonies, and the people and themes they name', async () => {
    const t = sampleArchive();
    const ids = db(t).prepare('SELECT id FROM testimonies ORDER BY ref_sort DESC LIMIT 2').pluck().all() as string[];
    const { testimonies, people, job } = await exportCsv(t, { testimonyIds: ids });
    const refs = ids.map((id) => t.call('testimonies.get', { id }).ref).sort();
    expect(testimonies.rows.map((r) => r['Reference code']).sort()).toEqual(refs);
    const linked = new Set(ids.flatMap((id) => t.call('testimonies.get', { id }).people.map((p) => p.personId)));
    expect(people.rows.map((p) => p.Id).sort()).toEqual([...linked].sort());
    for (const p of people.rows) expect((p['Testimonies (reference and role)'] ?? '').split('; ').every((w) => refs.some((r) => w.startsWith(`${r} (`)))).toBe(true);
    expect(job.title).toContain('2 testimonies');
  }, 60_000);

  it('in the public scope holds only the publishable testimonies, in their public form, and only public names', async () => {
    const t = sampleArchive();
    const { testimonies, people } = await exportCsv(t, { scope: 'public' });
    const publicRefs = publishableIds(db(t)).map((id) => t.call('testimonies.get', { id }).ref);
    expect(testimonies.rows.map((r) => r['Reference code'])).toEqual(publicRefs);
    expect(Object.keys(testimonies.rows[0] ?? {})).not.toEqual(expect.arrayContaining(['Provenance']));
    for (const internal of ['Provenance', 'Consent given for', 'Consent notes', 'Attachments (name and SHA-256)', 'Status', 'Cataloguer', 'Withdrawal reason']) {
      expect(Object.keys(testimonies.rows[0] ?? {})).not.toContain(internal);
    }
    expect(Object.keys(people.rows[0] ?? {})).toEqual(['Public name', 'Testimonies (reference and role)']);
    // Nobody without consent to be named appears by their name on file.
    const unnamed = db(t).prepare('SELECT name, pseudonym FROM people WHERE consent_to_be_named = 0').all() as { name: string; pseudonym: string }[];
    expect(unnamed.length).toBeGreaterThan(0);
    const all = `${testimonies.raw}\n${people.raw}`;
    for (const p of unnamed) expect(all).not.toContain(p.name);
    for (const p of people.rows) expect(p['Public name']).not.toBe('A narrator (name withheld)');
  }, 60_000);
});

describe('the CSV export of a larger archive', () => {
  it('pages through the people (more than one page of 500), each once, in name order', async () => {
    const t = testArchive();
    const names = Array.from({ length: 1_201 }, (_, i) => `Person ${String(i).padStart(4, '0')}`);
    // Two people with the same name: the page boundary is by name and id.
    names.push('Person 0499');
    for (const name of names) t.call('people.create', { data: { name, consentToBeNamed: true } });
    const { people, themes, job } = await exportCsv(t);
    expect(people.rows.map((p) => p.Name)).toEqual([...names].sort());
    expect(new Set(people.rows.map((p) => p.Id)).size).toBe(names.length);
    expect(job.result?.summary).toBe(`0 testimonies, 1,202 people and ${themes.rows.length} themes as CSV (testimonies.csv, people.csv, themes.csv).`);
  }, 120_000);
});

describe('exports.start refuses', () => {
  it('the full scope to a cataloguer, with words naming who may, and writes nothing', () => {
    const t = sampleArchive();
    const root = tempDir();
    const err = archiveTools(t).refused('exports.start', { format: 'csv', scope: 'full', out: path.join(root, 'x') }, cataloguer);
    expect(err).toMatchObject({ code: 'forbidden', message: FULL_EXPORT_REFUSED });
    expect(err.message).toContain('archivist');
    expect(readdirSync(root)).toEqual([]);
    // A researcher may not use exports.start at all.
    expect(archiveTools(t).refused('exports.start', { format: 'csv', scope: 'public', out: path.join(root, 'x') }, researcher).code).toBe('forbidden');
  });

  it('a public JSON export, an unknown or unreadable testimony, and a destination that exists', () => {
    const t = sampleArchive();
    const { refused } = archiveTools(t);
    const root = tempDir();
    expect(refused('exports.start', { format: 'json', scope: 'public', out: path.join(root, 'j') })).toMatchObject({ code: 'invalid_input', field: 'scope' });
    expect(refused('exports.start', { format: 'csv', scope: 'public', out: path.join(root, 'c'), testimonyIds: ['3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a01'] })).toMatchObject({ code: 'not_found', field: 'testimonyIds' });
    const sealed = db(t).prepare("SELECT id FROM testimonies WHERE access_level = 'sealed' LIMIT 1").pluck().get() as string;
    const asCataloguer = refused('exports.start', { format: 'dc', scope: 'public', out: path.join(root, 'd.xml'), testimonyIds: [sealed] }, cataloguer);
    expect(asCataloguer.code).toBe('not_found');
    expect(asCataloguer.message).toContain('No testimony with that id is available to you');
    expect(refused('exports.start', { format: 'dc', scope: 'public', out: path.join(root, 'd.txt') })).toMatchObject({ code: 'invalid_input', field: 'out' });
    expect(refused('exports.start', { format: 'csv', scope: 'public', out: root })).toMatchObject({ code: 'conflict', field: 'out' });
    expect(readdirSync(root)).toEqual([]);
  });

  it('nothing to a cataloguer’s public export, which is audited with its scope and selection', async () => {
    const t = sampleArchive();
    const out = path.join(tempDir(), 'public.xml');
    const id = publishableIds(db(t))[0] ?? '';
    const restricted = db(t).prepare("SELECT id FROM testimonies WHERE access_level = 'restricted' LIMIT 1").pluck().get() as string;
    const job = await settled(t, archiveTools(t).as(cataloguer, 'exports.start', { format: 'dc', scope: 'public', out, testimonyIds: [id, restricted] }));
    expect(job.state).toBe('done');
    expect(job.result?.summary).toBe('1 public testimony (1 of the 2 chosen may not be published and was left out) as Dublin Core records (oai_dc) in one XML file.');
    expect(readFileSync(out, 'utf8').match(/<oai_dc:dc>/g)).toHaveLength(1);
    const audit = db(t).prepare("SELECT user, changes FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 1").get() as { user: string; changes: string };
    expect(audit.user).toBe(cataloguer.user.name);
    const changes = JSON.parse(audit.changes) as { field: string; new: unknown }[];
    expect(changes).toEqual(expect.arrayContaining([{ field: 'format', old: null, new: 'dc' }, { field: 'scope', old: null, new: 'public' }, { field: 'testimonies', old: null, new: [id, restricted].map((x) => t.call('testimonies.get', { id: x }).ref).sort() }]));
  }, 60_000);
});
