import type { Database } from 'better-sqlite3';
import path from 'node:path';
import type { Input, MethodName } from '../../../../shared/api';
import { listBackups } from '../../../../electron/archive/backup/layout';
import { owner, testArchive } from '../../helpers';

/**
 * One table of valid inputs for every method of the contract, built from a sample archive's
 * current records: the router fuzz mutates them, the role matrix calls them as every role.
 */

export const SAMPLE_PHOTO = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'sample', 'photos', 'm-001-oak.png');
/** A small CSV of testimony metadata (outside any archive) for imports.csvPreview and imports.start. */
export const SAMPLE_CSV = path.resolve(__dirname, 'imports', 'fixtures', 'statements.csv');
/** The header of a JSON archive export and no tables, for imports.archive: refused on the sample (not empty) before any job starts. */
export const SAMPLE_ARCHIVE_JSON = path.resolve(__dirname, 'archiveJson', 'fixtures', 'header-only');
/** Row counts of every table, sums of versions, latest update stamps and the last audit seq. */
export function fingerprinter(db: Database): () => string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const parts = tables.map((t) => {
    const cols = new Set((db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name));
    const extra = [cols.has('version') ? 'total(version)' : "''", cols.has('updated_at') ? 'max(updated_at)' : "''"].join(', ');
    return db.prepare(`SELECT '${t}' AS t, count(*) AS n, ${extra} FROM "${t}"`).raw();
  });
  const lastAudit = db.prepare('SELECT max(seq) FROM audit_log').pluck();
  return () => JSON.stringify([parts.map((p) => p.get()), lastAudit.get()]);
}

export type Archive = ReturnType<typeof testArchive>;

function one<T>(xs: readonly T[], what: string): T {
  const x = xs[0];
  if (x === undefined) throw new Error(`the sample has no ${what} left to fuzz with`);
  return x;
}

/** The password of the accounts stateOf makes: the test owner's own, and one to manage. */
export const FUZZ_PASSWORD = 'correct horse battery staple';
const MANAGED = 'Fuzz Account';

/** Real records of the archive as it is now, to build valid payloads from. */
export function stateOf(a: Archive) {
  const db = a.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  const row = <T>(sql: string, what: string) => one(db.prepare(sql).all() as T[], what);
  const t = row<{ id: string }>("SELECT id FROM testimonies WHERE withdrawn = 0 AND id IN (SELECT testimony_id FROM passages WHERE kind = 'segment') ORDER BY id", 'testimony with segments');
  const testimony = a.call('testimonies.get', { id: t.id });
  const person = a.call('people.get', { id: row<{ id: string }>('SELECT id FROM people ORDER BY id', 'person').id });
  const place = a.call('places.get', { id: row<{ id: string }>('SELECT id FROM places ORDER BY id', 'place').id });
  const hearing = a.call('hearings.get', { id: row<{ id: string }>('SELECT id FROM hearings ORDER BY id', 'hearing').id });
  const themes = a.call('themes.tree', {}).items;
  const theme = a.call('themes.get', { id: one(themes.filter((x) => x.parentId !== null), 'narrower theme').id });
  const otherTheme = one(themes.filter((x) => x.id !== theme.id && x.id !== theme.parentId), 'second theme');
  const passages = a.call('coding.get', { testimonyId: t.id }).passages;
  const c = row<{ id: string; testimonyId: string }>("SELECT id, testimony_id AS testimonyId FROM passages WHERE kind = 'code' ORDER BY id", 'code');
  const code = one(a.call('coding.get', { testimonyId: c.testimonyId }).passages.filter((p) => p.id === c.id), 'code');
  const segment = one(passages.filter((p) => p.kind === 'segment'), 'segment');
  // The sample has no redactions: one over the coded passage's words, made again when the fuzz removed it.
  const codeRange = { start: code.start, end: code.end, quote: code.quote };
  const redactedIn = (db.prepare("SELECT testimony_id FROM passages WHERE kind = 'redaction' ORDER BY id").pluck().get() as string | undefined) ?? null;
  const redaction = redactedIn
    ? one(a.call('redactions.list', { testimonyId: redactedIn }), 'redaction')
    : a.call('redactions.add', { testimonyId: code.testimonyId, range: codeRange, reason: 'Fuzz redaction' });
  const saved = a.call('search.saved.list', {});
  const savedId = saved[0]?.id ?? a.call('search.saved.save', { name: 'Fuzz saved search', q: 'fire' }).id;
  // A marker with photos while there are any left (markers.removePhoto takes them one by one), else any marker.
  const withPhotos = db.prepare('SELECT DISTINCT marker_id AS id FROM marker_photos ORDER BY marker_id').all() as { id: string }[];
  const marker = a.call('markers.get', { id: (withPhotos[0] ?? row<{ id: string }>('SELECT id FROM markers ORDER BY id', 'marker')).id });
  const draft = marker.inscriptions.find((v) => v.state === 'draft')?.id ?? one(a.call('markers.saveInscription', { id: marker.id, text: `Fuzz draft ${marker.version}` }).inscriptions, 'draft').id;
  const finding = a.call('findings.get', { id: one(a.call('findings.list', {}).items, 'finding').id });
  const recommendation = a.call('recommendations.get', { id: one(a.call('recommendations.list', {}).items, 'recommendation').id });
  const report = a.call('reports.get', { id: one(a.call('reports.list', {}), 'report').id });
  // The sample has no accounts: one for the test owner (to sign in and change its password) and one to manage.
  const accounts = a.call('users.list', {});
  const account = (name: string, role: 'administrator' | 'cataloguer') =>
    accounts.find((u) => u.name.toLowerCase() === name.toLowerCase()) ?? a.call('users.create', { name, role, password: FUZZ_PASSWORD });
  const ownAccount = account(owner.user.name, 'administrator');
  const managed = account(MANAGED, 'cataloguer');
  // Backups are made with backupArchive (asynchronous) by the test that restores one.
  const dir = a.workspace.current()!.dir;
  // The sample has no attachments: one on the testimony, attached again when the fuzz took it off.
  const attachment = a.call('attachments.list', { testimonyId: testimony.id })[0] ?? a.call('attachments.add', { testimonyId: testimony.id, path: SAMPLE_PHOTO, name: '', kind: 'photo' });
  return { dir, backups: listBackups(dir), ownAccount, managed, testimony, person, place, hearing, theme, otherTheme, code, codeRange, redaction, segment, savedId, marker: a.call('markers.get', { id: marker.id }), draft, finding, recommendation, report, attachment, settings: a.call('settings.get', {}) };
}
export type State = ReturnType<typeof stateOf>;

export const filters = { theme: ['Policing and justice'], accessLevel: ['public', 'sealed'], type: ['audio'], decade: ['1970s'], year: ['1971'], place: ['Stoneford'], hearing: [], narratorRole: ['survivor'], language: ['en'] } satisfies Input<'search.query'>['filters'];
export const themeFilters = { collections: ['Main'], narratorRoles: ['witness'], dateFrom: '1950', dateTo: '2000-12' } satisfies Input<'themes.overview'>['filters'];
const personData = { name: 'Fuzz Person', otherNames: ['F. P.'], pseudonym: 'Witness F', community: 'Calder', birthYear: 1950, notes: 'n', consentToBeNamed: false, contact: '' };

export function testimonyData(s: State): Input<'testimonies.create'>['data'] {
  return {
    title: 'Fuzz testimony',
    type: 'written_statement',
    summary: 'Summary',
    status: 'draft',
    languages: ['en'],
    dateRecorded: '2001-05-06',
    placeRecordedId: s.place.id,
    placesSpokenAbout: [s.place.id],
    datesSpokenAbout: ['1971'],
    hearingId: s.hearing.id,
    transcript: 'A short transcript about the fire department.',
    accessLevel: 'sealed',
    embargoUntil: '2040-01-01',
    contentWarnings: ['violence'],
    people: [{ personId: s.person.id, role: 'narrator', narratorRole: 'survivor' }],
    consent: { recording: true, quoting: false, takenBy: 'Fuzz', takenOn: '2001-05-06' },
  };
}

/** A valid payload for each method, built from the archive's current records. */
export const VALID: { [M in MethodName]?: (s: State) => Input<M> } = {
  'archive.info': () => ({}),
  'archive.history': (s) => ({ entityType: 'testimony', entityId: s.testimony.id }),
  'archive.loadSample': () => ({}),
  'settings.get': () => ({}),
  'settings.update': (s) => ({ archiveName: 'Fuzzed archive', refPattern: s.settings.refPattern }),
  'workspace.recent': () => ({}),
  'testimonies.list': () => ({ text: 'fire', status: ['reviewed'], type: ['audio'], accessLevel: ['public'], includeWithdrawn: true, sort: 'title', direction: 'desc', offset: 0, limit: 10 }),
  'testimonies.get': (s) => ({ id: s.testimony.id }),
  'testimonies.create': (s) => ({ data: testimonyData(s) }),
  'testimonies.createMany': (s) => ({ items: [testimonyData(s), { title: 'Second fuzz testimony', type: 'audio' }] }),
  'testimonies.update': (s) => ({ id: s.testimony.id, expectedVersion: s.testimony.version, data: s.testimony }),
  'testimonies.withdraw': (s) => ({ id: s.testimony.id, reason: 'Fuzz' }),
  'testimonies.restore': (s) => ({ id: s.testimony.id }),
  'testimonies.nextRef': () => ({}),
  'testimonies.embargoReview': () => ({}),
  'testimonies.embargoReviewed': (s) => ({ id: s.testimony.id, accessLevel: s.testimony.accessLevel }),
  'people.list': () => ({ text: 'a', offset: 0, limit: 5 }),
  'people.get': (s) => ({ id: s.person.id }),
  'people.create': () => ({ data: personData }),
  'people.update': (s) => ({ id: s.person.id, expectedVersion: s.person.version, data: s.person }),
  'places.list': () => ({ text: 'a', offset: 0, limit: 5 }),
  'places.get': (s) => ({ id: s.place.id }),
  'places.create': (s) => ({ data: { name: 'Fuzz place', type: 'building', parentId: s.place.id, latitude: 12.5, longitude: -70.25 } }),
  'places.update': (s) => ({ id: s.place.id, expectedVersion: s.place.version, data: s.place }),
  'hearings.list': () => ({ text: 'a', offset: 0, limit: 5 }),
  'hearings.get': (s) => ({ id: s.hearing.id }),
  'hearings.create': (s) => ({ data: { title: 'Fuzz hearing', type: 'community_forum', date: '2002-05-14', placeId: s.place.id, participantIds: [s.person.id], summary: 's', outcomes: 'o' } }),
  'hearings.update': (s) => ({ id: s.hearing.id, expectedVersion: s.hearing.version, data: s.hearing }),
  'search.query': () => ({ q: 'fire department', filters, sort: 'relevance', includeWithdrawn: false, scope: 'full', offset: 0, limit: 10 }),
  'search.exportCsv': () => ({ q: 'fire', filters }),
  'search.saved.list': () => ({}),
  'search.saved.save': () => ({ name: 'Fuzz search', q: 'fire', filters, sort: 'ref' }),
  'search.saved.delete': (s) => ({ id: s.savedId }),
  'jobs.list': () => ({}),
  'jobs.get': () => ({ id: '3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a01' }),
  'jobs.cancel': () => ({ id: '3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a01' }),
  // Relative: always refused, so the fuzz never starts an export job or writes outside its folder.
  'exports.readingRoom': () => ({ out: 'reading-room' }),
  'exports.start': (s) => ({ format: 'csv', scope: 'public', out: 'relative-export', testimonyIds: [s.testimony.id] }),
  'themes.tree': () => ({ includeRetired: true }),
  'themes.get': (s) => ({ id: s.theme.id }),
  'themes.create': (s) => ({ data: { label: 'Fuzz theme', altLabels: [{ label: 'Fuzz', lang: 'en' }], scopeNote: 'n', parentId: s.theme.id, colour: '#123456' } }),
  'themes.update': (s) => ({ id: s.theme.id, expectedVersion: s.theme.version, data: { label: s.theme.label, altLabels: s.theme.altLabels, parentId: s.theme.parentId, colour: s.theme.colour } }),
  'themes.move': (s) => ({ id: s.theme.id, parentId: s.otherTheme.id }),
  'themes.merge': (s) => ({ sourceId: s.theme.id, targetId: s.otherTheme.id }),
  'themes.retire': (s) => ({ id: s.theme.id, retired: true }),
  'themes.passages': (s) => ({ id: s.theme.id, includeNarrower: true, offset: 0, limit: 10 }),
  'themes.overview': () => ({ filters: themeFilters }),
  'themes.exportPassages': (s) => ({ themeId: s.theme.id, filters: themeFilters }),
  'themes.export': () => ({ format: 'csv' }),
  'themes.import': () => ({ format: 'csv', text: 'label,parent,scope note\nFuzz imported,,a note\n', dryRun: true }),
  'coding.get': (s) => ({ testimonyId: s.testimony.id }),
  'coding.tag': (s) => ({ testimonyId: s.testimony.id, themeId: s.theme.id, note: 'n' }),
  'coding.untag': (s) => ({ testimonyId: s.testimony.id, themeId: s.theme.id }),
  'coding.code': (s) => ({ testimonyId: s.code.testimonyId, range: { start: s.code.start, end: s.code.end, quote: s.code.quote }, data: { themeIds: [s.otherTheme.id], note: 'n' } }),
  'coding.addSegment': (s) => ({ testimonyId: s.testimony.id, range: { start: s.segment.start, end: s.segment.end, quote: s.segment.quote }, data: { title: 'Fuzz segment', synopsis: 's', keywords: ['k'], timeStart: 1, timeEnd: 2, themeIds: [s.theme.id] } }),
  'coding.updateCode': (s) => ({ id: s.code.id, expectedVersion: s.code.version, data: { themeIds: [s.otherTheme.id], note: 'n' }, range: null }),
  'coding.updateSegment': (s) => ({ id: s.segment.id, expectedVersion: s.segment.version, data: { title: 'Fuzz segment', synopsis: '', keywords: [], timeStart: null, timeEnd: null, themeIds: [] }, range: { start: s.segment.start, end: s.segment.end, quote: s.segment.quote } }),
  'coding.confirm': (s) => ({ id: s.code.id, expectedVersion: s.code.version }),
  'coding.remove': (s) => ({ id: s.code.id }),
  'redactions.list': (s) => ({ testimonyId: s.redaction.testimonyId }),
  'redactions.add': (s) => ({ testimonyId: s.code.testimonyId, field: 'transcript', range: s.codeRange, reason: 'Fuzz reason' }),
  'redactions.update': (s) => ({ id: s.redaction.id, expectedVersion: s.redaction.version, reason: 'Fuzz reworded' }),
  'redactions.confirm': (s) => ({ id: s.redaction.id, expectedVersion: s.redaction.version }),
  'redactions.remove': (s) => ({ id: s.redaction.id }),
  'coding.importCues': (s) => ({ testimonyId: s.testimony.id, format: 'vtt', text: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA cue\n', filename: 'cues.vtt' }),
  'markers.list': (s) => ({ text: 'oak', statuses: ['dedicated'], types: ['historical_marker'], placeId: s.place.id, offset: 0, limit: 10 }),
  'markers.get': (s) => ({ id: s.marker.id }),
  'markers.create': (s) => ({ data: { title: 'Fuzz marker', placeId: s.place.id, honoureeIds: [s.person.id], testimonyIds: [s.testimony.id], hearingIds: [s.hearing.id], latitude: 39.1, longitude: -85.2, sponsors: ['x'], dedicationDate: '2004' }, proposedOn: '2003-01-01' }),
  'markers.update': (s) => ({ id: s.marker.id, expectedVersion: s.marker.version, data: { ...s.marker, honoureeIds: s.marker.honourees.map((h) => h.id), testimonyIds: s.marker.testimonies.map((t) => t.id), hearingIds: s.marker.hearings.map((h) => h.id) } }),
  'markers.saveInscription': (s) => ({ id: s.marker.id, text: 'Fuzz inscription' }),
  'markers.approveInscription': (s) => ({ id: s.marker.id, versionId: s.draft, approvedBy: 'Fuzz Approver', approvedOn: '2005-01-01' }),
  'markers.setStatus': (s) => ({ id: s.marker.id, to: s.marker.status === 'damaged' ? 'dedicated' : 'damaged', date: new Date().toISOString().slice(0, 10), note: 'fuzz' }),
  'markers.addPhoto': (s) => ({ id: s.marker.id, path: SAMPLE_PHOTO, caption: 'c', credit: 'c' }),
  'markers.updatePhoto': (s) => ({ id: s.marker.id, photoId: s.marker.photos[0]!.id, caption: 'c', credit: 'd', position: 1 }),
  'markers.removePhoto': (s) => ({ id: s.marker.id, photoId: s.marker.photos[s.marker.photos.length - 1]!.id }),
  'markers.printSheet': (s) => ({ id: s.marker.id, edition: 'public', out: 'relative.pdf' }),
  'markers.printRegister': () => ({ filter: {}, edition: 'confidential', out: 'relative.pdf' }),
  'findings.list': () => ({ text: 'jail' }),
  'findings.get': (s) => ({ id: s.finding.id }),
  'findings.create': (s) => ({ data: { ref: '', title: 'Fuzz finding', text: 'It was **so**.', themeIds: [s.otherTheme.id] } }),
  'findings.update': (s) => ({ id: s.finding.id, expectedVersion: s.finding.version, data: { ref: s.finding.ref, title: s.finding.title, text: s.finding.text, themeIds: s.finding.themes.map((t) => t.id) } }),
  'findings.remove': (s) => ({ id: s.finding.id }),
  'findings.cite': (s) => ({ id: s.finding.id, citation: { testimonyId: s.code.testimonyId, start: s.code.start, end: s.code.end, note: 'n' } }),
  'findings.uncite': (s) => ({ id: s.finding.id, citationId: s.finding.citations[s.finding.citations.length - 1]?.id ?? s.finding.id }),
  'findings.moveCitation': (s) => ({ id: s.finding.id, citationId: s.finding.citations[0]?.id ?? s.finding.id, to: 1 }),
  'recommendations.list': (s) => ({ addressees: ['Department of Justice'], statuses: ['underway'], themeId: s.theme.parentId, text: 'jail', offset: 0, limit: 10 }),
  'recommendations.get': (s) => ({ id: s.recommendation.id }),
  'recommendations.create': (s) => ({ data: { title: 'Fuzz recommendation', addressee: 'Fuzz County', addresseeType: 'local_government', priority: 'low', themeIds: [s.otherTheme.id], findingIds: [s.finding.id] }, assessedBy: 'Fuzz' }),
  'recommendations.update': (s) => ({
    id: s.recommendation.id,
    expectedVersion: s.recommendation.version,
    data: { ...s.recommendation, themeIds: s.recommendation.themes.map((t) => t.id), findingIds: s.recommendation.findings.map((f) => f.id) },
  }),
  'recommendations.move': (s) => ({ id: s.recommendation.id, number: 3 }),
  'recommendations.remove': (s) => ({ id: s.recommendation.id }),
  'recommendations.addStatus': (s) => ({ id: s.recommendation.id, entry: { status: 'underway', date: '2010-01-01', assessedBy: 'Fuzz', source: 's', note: 'n' } }),
  'recommendations.printStatusReport': () => ({ filter: { statuses: ['underway'] }, out: 'relative.pdf' }),
  'reports.list': () => ({}),
  'reports.get': (s) => ({ id: s.report.id }),
  'reports.create': () => ({ data: { title: 'Fuzz report', subtitle: 'Sub', authors: ['A. Author'], date: '2027-06' } }),
  'reports.update': (s) => ({ id: s.report.id, expectedVersion: s.report.version, data: { title: s.report.title, subtitle: s.report.subtitle, authors: s.report.authors, date: s.report.date } }),
  'reports.remove': (s) => ({ id: s.report.id }),
  'reports.addSection': (s) => ({ id: s.report.id, after: s.report.sections[0]?.id ?? null, data: { title: 'Fuzz section', body: '# Heading\n\n{{statistics}}' } }),
  'reports.saveSection': (s) => ({ id: s.report.id, sectionId: s.report.sections[0]?.id ?? s.report.id, expectedVersion: s.report.sections[0]?.version ?? 1, data: { title: 'Introduction', body: 'Text.' } }),
  'reports.moveSection': (s) => ({ id: s.report.id, sectionId: s.report.sections[0]?.id ?? s.report.id, to: 2 }),
  'reports.removeSection': (s) => ({ id: s.report.id, sectionId: s.report.sections[1]?.id ?? s.report.id }),
  'reports.previewEmbeds': (s) => ({ lines: ['{{statistics}}', `{{finding ${s.finding.id}}}`, '{{bogus}}', '{{appendix hearings}}'] }),
  'reports.export': (s) => ({ id: s.report.id, edition: 'public', out: 'relative.pdf' }),
  'auth.status': () => ({}),
  // The archive has accounts already: refused as a conflict.
  'auth.setup': () => ({ name: 'Fuzz First Administrator', password: FUZZ_PASSWORD }),
  'auth.signIn': (s) => ({ name: s.ownAccount.name, password: FUZZ_PASSWORD }),
  'auth.signOut': () => ({}),
  'auth.changePassword': () => ({ current: FUZZ_PASSWORD, next: FUZZ_PASSWORD }),
  'users.list': () => ({}),
  'users.create': () => ({ name: 'Fuzz New Account', role: 'researcher', password: FUZZ_PASSWORD }),
  'users.update': (s) => ({ id: s.managed.id, role: s.managed.role === 'archivist' ? 'cataloguer' : 'archivist', disabled: false }),
  'users.setPassword': (s) => ({ id: s.managed.id, password: FUZZ_PASSWORD }),
  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'workspace.backupStatus': (s) => ({ path: s.dir }),
  'workspace.restoreBackup': (s) => ({ path: s.dir, backup: one(s.backups, 'backup (make one with backupArchive first)').name }),
  'preservation.events': () => ({ type: 'fixity check', from: '2000-01-01', to: '2100-01-01', limit: 10, offset: 0 }),
  'preservation.chain': () => ({}),
  'preservation.verify': () => ({}),
  'preservation.lastVerification': () => ({}),
  // Relative: refused, so the fuzz starts no export job.
  'preservation.exportPremis': () => ({ out: 'relative.xml' }),
  'attachments.list': (s) => ({ testimonyId: s.testimony.id }),
  // The same content as the attachment stateOf made: answered unchanged, stored once.
  'attachments.add': (s) => ({ testimonyId: s.testimony.id, path: SAMPLE_PHOTO, name: 'Front view.png', kind: 'photo' }),
  'attachments.update': (s) => ({ id: s.attachment.id, name: 'Fuzz renamed.png', kind: s.attachment.kind === 'photo' ? 'scan' : 'photo' }),
  'attachments.remove': (s) => ({ id: s.attachment.id, reason: 'Fuzz: attached to the wrong testimony' }),
  'imports.csvPreview': () => ({ path: SAMPLE_CSV, encoding: 'auto' }),
  // A dry run: the job plans and reports (the photo matches no testimony) and writes no record.
  'imports.start': () => ({ paths: [SAMPLE_CSV, SAMPLE_PHOTO], dryRun: true, encoding: 'auto', rememberMapping: false }),
  // The sample is not empty: both are refused (conflict) before anything is read past the header or a job starts.
  'imports.archive': () => ({ path: SAMPLE_ARCHIVE_JSON }),
  'imports.loadArchive': () => ({ jobId: '3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a03', path: SAMPLE_ARCHIVE_JSON }),
  'imports.report': () => ({ jobId: '3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a02' }),
  'imports.applyBatch': (s) => ({
    jobId: '3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a02',
    items: [
      {
        ref: s.testimony.ref,
        row: { key: `ref:${s.testimony.ref}`, sha256: 'a'.repeat(64), source: 'fuzz.csv', line: 2, data: { title: 'Fuzz import', type: 'audio' }, fields: ['title', 'narrators'], people: [{ name: 'Fuzz Narrator', role: 'narrator' }] },
        transcripts: [],
        attachments: [{ key: 'file:m-001-oak.png', source: 'm-001-oak.png', line: null, path: SAMPLE_PHOTO, name: 'm-001-oak.png', kind: 'photo' }],
      },
    ],
  }),
};

export function sampleArchive(): ReturnType<typeof testArchive> & { db: Database; fingerprint: () => string } {
  const a = testArchive();
  a.call('archive.loadSample', {});
  const db = a.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  return { ...a, db, fingerprint: fingerprinter(db) };
}
