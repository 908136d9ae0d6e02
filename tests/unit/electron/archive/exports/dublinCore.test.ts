import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DC_FOOTER, dcHeader, dcRecord, isoDateOf, isoDuration } from '../../../../../electron/archive/exports/dublinCore';
import type { ExportRecord } from '../../../../../electron/archive/exports/records';
import { publishableIds } from '../../../../../electron/archive/publish/policy';
import { tempDir } from '../../../helpers';
import { sampleArchive, settled } from '../jobs/helpers';

const SCHEMA = path.resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'schemas', 'tessera-dc-records.xsd');

/** xmllint's verdict on a file against Tessera's Dublin Core schema (libxml2, not our code). */
function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

function xpath(file: string, expr: string): string {
  return spawnSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' }).stdout.replace(/\n$/, '');
}

const NS = "namespace-uri()='http://purl.org/dc/elements/1.1/'";

const record = (over: Partial<ExportRecord> = {}): ExportRecord => ({
  id: '2c704683-fe6f-4814-98aa-e1855c282fe0',
  ref: 'T-1',
  title: 'A title',
  summary: '',
  type: 'audio',
  languages: ['en'],
  dateRecorded: '',
  placeRecorded: null,
  placesSpokenAbout: [],
  datesSpokenAbout: [],
  hearing: null,
  people: [],
  themes: [],
  accessLevel: 'public',
  embargoUntil: null,
  contentWarnings: [],
  duration: null,
  extent: '',
  collection: '',
  series: '',
  transcript: '',
  wordCount: 0,
  status: null,
  consent: null,
  provenance: 'Given by the family',
  cataloguer: null,
  withdrawn: null,
  attachments: null,
  createdAt: null,
  updatedAt: null,
  ...over,
});

describe('the Dublin Core export', () => {
  it('of the sample archive validates with xmllint against the shipped schemas, in both scopes', async () => {
    const t = sampleArchive();
    const db = t.workspace.current()?.db;
    if (!db) throw new Error('no archive');
    const dir = tempDir();
    for (const scope of ['full', 'public'] as const) {
      const out = path.join(dir, `${scope}.xml`);
      const job = await settled(t, t.call('exports.start', { format: 'dc', scope, out }));
      expect(job.error).toBeNull();
      const verdict = xmllint(out);
      expect(verdict.output).toContain('validates');
      expect(verdict.ok).toBe(true);
      const count = scope === 'full' ? (db.prepare('SELECT count(*) FROM testimonies').pluck().get() as number) : publishableIds(db).length;
      expect(xpath(out, 'count(//*[local-name()="dc"])').trim()).toBe(String(count));
      // Provenance (dc:source) only in the full scope.
      expect(Number(xpath(out, `count(//*[local-name()='source' and ${NS}])`))).toSatisfy((n: number) => (scope === 'full' ? n > 0 : n === 0));
    }
    // A record names its testimony by reference and by UUID, and says what kind of thing it is.
    const full = readFileSync(path.join(dir, 'full.xml'), 'utf8');
    const first = db.prepare('SELECT id, ref, type FROM testimonies ORDER BY ref_sort LIMIT 1').get() as { id: string; ref: string; type: string };
    expect(full).toContain(`<dc:identifier>${first.ref}</dc:identifier>`);
    expect(full).toContain(`<dc:identifier>urn:uuid:${first.id}</dc:identifier>`);
    expect(full).toMatch(/<dc:type>(Text|Sound|MovingImage)<\/dc:type>/);
    expect(full).toMatch(/<records xmlns="urn:tessera:dc-records"[^>]* scope="full"/);
  }, 60_000);

  it('fails validation when a record holds an element Dublin Core does not have (the schema is really checked)', () => {
    const file = path.join(tempDir(), 'bad.xml');
    const good = `${dcHeader('public', '2026-05-01T10:00:00.000Z', 'Archive')}${dcRecord(record(), 'public', 'Archive')}${DC_FOOTER}`;
    writeFileSync(file, good);
    expect(xmllint(file).ok).toBe(true);
    writeFileSync(file, good.replace('<dc:title>', '<dc:colour>red</dc:colour><dc:title>'));
    const verdict = xmllint(file);
    expect(verdict.ok).toBe(false);
    expect(verdict.output).toContain('colour');
    writeFileSync(file, good.replace('scope="public"', 'scope="secret"'));
    expect(xmllint(file).ok).toBe(false);
  });

  it('escapes markup and leaves out characters XML 1.0 cannot hold, so hostile text still validates and reads back', () => {
    const file = path.join(tempDir(), 'hostile.xml');
    const title = 'Fire & <script>alert("x")</script> ]]> \u0001\u0008\uFFFE\uD800 end';
    writeFileSync(file, `${dcHeader('full', '2026-05-01T10:00:00.000Z', 'A "quoted" & <archive>')}${dcRecord(record({ title, summary: '\u000BTab\there' }), 'full', 'A')}${DC_FOOTER}`, 'utf8');
    expect(xmllint(file).ok).toBe(true);
    expect(xpath(file, `string(//*[local-name()='title' and ${NS}])`)).toBe('Fire & <script>alert("x")</script> ]]>  end');
    expect(xpath(file, `string(//*[local-name()='description' and ${NS}])`)).toBe('Tab\there');
  });

  it('writes the public scope without provenance, and rights in words', () => {
    const pub = dcRecord(record({ provenance: null }), 'public', 'Archive');
    expect(pub).not.toContain('dc:source');
    expect(pub).toContain('<dc:rights>Public.');
    const full = dcRecord(record({ accessLevel: 'sealed', embargoUntil: '2040-01-01', consent: { recording: true, quoting: false, naming: false, publicRelease: false, researchAccess: true, archiveTransfer: false, takenBy: '', takenOn: '', withdrawnOn: '', notes: '' } }), 'full', 'Archive');
    expect(full).toContain('<dc:source>Given by the family</dc:source>');
    expect(full).toContain('<dc:rights>Access level: Sealed. Embargoed until 2040-01-01. Consent given for recording, research access.</dc:rights>');
  });

  it.each([
    ['2001-11-17', '2001-11-17'],
    ['1958-03', '1958-03-01/1958-03-31'],
    ['1960s', '1960-01-01/1969-12-31'],
    ['2001-11-17/2001-11-24', '2001-11-17/2001-11-24'],
    ['1981', '1981-01-01/1981-12-31'],
    ['', ''],
    ['sometime in the winter', 'sometime in the winter'],
  ])('gives the date %j as %j (ISO 8601 where it is known)', (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });

  it('gives durations in ISO 8601', () => {
    expect(isoDuration('2:41:10')).toBe('PT2H41M10S');
    expect(isoDuration('0:05:00')).toBe('PT5M');
    expect(isoDuration('0:00:00')).toBe('PT0S');
  });
});
