import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../../../shared/api/jobs';
import type { RecommendationFilter, RecommendationStatus } from '../../../../../../shared/model/findings';
import { jobsFor } from '../../../../../../electron/archive/jobs/registry';
import { gatherStatusData } from '../../../../../../electron/archive/recommendations/print/data';
import { formatDay } from '../../../../../../electron/archive/markers/print/words';
import { tempDir, testArchive } from '../../../../helpers';
import { pageTexts, pdfFonts, pdfInfo, pdfOutline, pdfText, qpdfCheck, squash } from '../../pdf/poppler';

const researcher = { user: { name: 'Rhea Researcher', role: 'researcher' as const } };
const ALL: RecommendationFilter = { addressees: [], statuses: [], themeId: null, text: '' };
const DOJ = 'Department of Justice';
const POLICE = 'Harlan County Police Department';
const COMMUNITY = 'Mount Zion Church';

/**
 * Five recommendations to three addressees, numbered so that the addressees' first numbers are
 * 1 (Justice), 2 (Police) and 4 (Community), with histories of one to three assessments.
 */
function statusArchive() {
  const t = testArchive();
  const today = new Date().toISOString().slice(0, 10);
  const create = (title: string, addressee: string, addresseeType: 'justice_department' | 'police' | 'community', priority: 'high' | 'medium' | 'low') =>
    t.call('recommendations.create', { data: { title, addressee, addresseeType, priority }, assessedBy: 'The Commission' });
  const assess = (id: string, status: RecommendationStatus, date: string, assessedBy: string, source = '', note = '') =>
    t.call('recommendations.addStatus', { id, entry: { status, date, assessedBy, source, note } });
  const r1 = create('Open the files of the 1957 inquest', DOJ, 'justice_department', 'high');
  const r2 = create('Publish the jail’s register of deaths', POLICE, 'police', 'medium');
  const r3 = create('Fund a review of the convictions of 1962', DOJ, 'justice_department', 'low');
  const r4 = create('Name the river path for Lucius Bell', COMMUNITY, 'community', 'medium');
  const r5 = create('Train deputies in the history of the county', POLICE, 'police', 'high');
  // Assessments recorded after the first entry (today), the last recorded being current.
  assess(r1.id, 'proposed', today, 'Monitoring committee', 'Letter of the Attorney General, 3 March', 'Draft bill circulated to the committee.');
  assess(r1.id, 'underway', today, 'Civil Rights Coalition', 'Annual report 2027, p. 14', 'Half of the boxes catalogued; Пам’яті загиблих.');
  assess(r2.id, 'complete', today, 'Monitoring committee', 'Police gazette no. 41');
  assess(r3.id, 'rejected', today, 'Department of Justice', 'Reply to the Commission', 'The Department declined, citing cost.');
  assess(r5.id, 'underway', today, 'Monitoring committee');
  return { ...t, today, recs: [r1, r2, r3, r4, r5] };
}
type StatusArchive = ReturnType<typeof statusArchive>;

function settle(t: StatusArchive, job: Job): Promise<Job> {
  const db = t.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  return jobsFor(db).settled(job.id);
}

async function print(t: StatusArchive, filter: Partial<RecommendationFilter> = {}, out = path.join(tempDir(), 'status.pdf')) {
  const job = await settle(t, t.call('recommendations.printStatusReport', { filter: { ...ALL, ...filter }, out }));
  return { job, out };
}

/**
 * The text in the order it was drawn (pdftotext -raw): a table's cells row by row, each cell
 * whole, where the layout mode interleaves the lines of cells that wrap.
 */
const drawnText = (file: string, first: number): string => squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(first), file, '-'], { encoding: 'utf8' }));

/** Where each phrase first appears in the text, to check their order. */
function expectInOrder(text: string, phrases: string[]): void {
  const at = phrases.map((p) => [p, text.indexOf(p)] as const);
  for (const [p, i] of at) expect(i, `"${p}" is in the text`).toBeGreaterThanOrEqual(0);
  expect(at.map(([p]) => p)).toEqual([...at].sort((a, b) => a[1] - b[1]).map(([p]) => p));
}

describe('the recommendation status report', () => {
  it('has a cover, a summary table with the counts per addressee and status, and the recommendations grouped by addressee with their histories', async () => {
    const t = statusArchive();
    const { job, out } = await print(t);
    expect(job).toMatchObject({ state: 'done', error: null, result: { path: out } });
    expect(job.result?.summary).toMatch(/^Status report of 5 recommendations, \d+ pages$/);
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
    expect(pdfInfo(out)).toMatchObject({ Title: 'Recommendations: implementation status', Author: 'Test archive' });

    const pages = pageTexts(out);
    const cover = squash(pages[0] ?? '');
    for (const s of ['Recommendations: implementation status', 'TEST ARCHIVE', '5 recommendations to 3 addressees', 'Public edition', 'Generated ']) expect(cover).toContain(s);
    expect(cover).not.toMatch(/Page 1 of/);

    // The summary: addressees in the order of their first number; columns not started, proposed,
    // underway, complete, rejected, total; then the total row.
    const text = squash(pdfText(out));
    expectInOrder(text, ['ADDRESSEE', 'NOT', 'PROPOSED', 'UNDERWAY', 'COMPLETE', 'REJECTED', 'TOTAL', 'STARTED']);
    // (The police department's long name wraps in its cell.)
    expectInOrder(text, [`${DOJ} 0 0 1 0 1 2`, 'Harlan County Police 0 0 1 1 0 2 Department', `${COMMUNITY} 1 0 0 0 0 1`, 'All addressees 1 0 2 1 1 5']);

    // Grouped by addressee, each group in number order, each recommendation with its history.
    const day = formatDay(t.today);
    const body = drawnText(out, 4);
    expectInOrder(body, [
      DOJ,
      '1. Open the files of the 1957 inquest',
      'Priority High',
      `Current status Underway since ${day}`,
      'IMPLEMENTATION HISTORY',
      `${day} Not started The Commission`,
      `${day} Proposed Monitoring committee Letter of the Attorney General, 3 March Draft bill circulated to the committee.`,
      `${day} Underway Civil Rights Coalition Annual report 2027, p. 14 Half of the boxes catalogued; Пам’яті загиблих.`,
      '3. Fund a review of the convictions of 1962',
      `Current status Rejected since ${day}`,
      `${day} Rejected Department of Justice Reply to the Commission The Department declined, citing cost.`,
      POLICE,
      '2. Publish the jail’s register of deaths',
      `${day} Complete Monitoring committee Police gazette no. 41`,
      '5. Train deputies in the history of the county',
      COMMUNITY,
      '4. Name the river path for Lucius Bell',
      `Current status Not started since ${day}`,
    ]);
    // The kind of body, unless the name says it already.
    expect(body).toContain(`${DOJ} 2 recommendations: 1 underway, 1 rejected.`);
    expect(body).toContain('Police department · 2 recommendations: 1 underway, 1 complete.');
    expect(body).toContain('Community organisations · 1 recommendation: 1 not started.');
  });

  it('lists every addressee and recommendation in the contents with the page it is on, and in the outline', async () => {
    const t = statusArchive();
    // Six more to the Department, each with a long history, so that its chapter runs over pages.
    const note = 'The Department wrote that the work had begun, that the archive of the inquest had been moved to the state records centre, and that a finding aid would follow. '.repeat(3);
    for (let i = 6; i <= 11; i++) {
      const r = t.call('recommendations.create', { data: { title: `Further measure ${i}`, addressee: DOJ, addresseeType: 'justice_department' }, assessedBy: 'The Commission' });
      for (const status of ['proposed', 'underway', 'complete'] as const) t.call('recommendations.addStatus', { id: r.id, entry: { status, date: t.today, assessedBy: 'Monitoring committee', source: 'Annual report', note } });
    }
    const { out } = await print(t);
    const pages = pageTexts(out);
    const toc = pages[1] ?? '';
    expect(toc).toContain('Contents');
    const entries = [...toc.matchAll(/^\s*(\S[^\n]*?)[ .]+(\d+)\s*$/gm)]
      .map((m) => ({ title: (m[1] ?? '').trim(), page: Number(m[2]) }))
      .filter((e) => !/Page \d+ of$/.test(e.title));
    const further = [6, 7, 8, 9, 10, 11].map((n) => `${n}. Further measure ${n}`);
    expect(entries.map((e) => e.title)).toEqual([
      'Summary',
      DOJ,
      '1. Open the files of the 1957 inquest',
      '3. Fund a review of the convictions of 1962',
      ...further,
      POLICE,
      '2. Publish the jail’s register of deaths',
      '5. Train deputies in the history of the county',
      COMMUNITY,
      '4. Name the river path for Lucius Bell',
    ]);
    for (const e of entries) expect(pages[e.page - 1], `${e.title} on page ${e.page}`).toContain(e.title);
    // Each addressee starts a page, after the summary; the Department's chapter runs over several.
    const pageOf = (title: string) => entries.find((e) => e.title === title)?.page ?? 0;
    const starts = [DOJ, POLICE, COMMUNITY].map(pageOf);
    expect(new Set(starts).size).toBe(3);
    expect(Math.min(...starts)).toBeGreaterThan(pageOf('Summary'));
    expect(pageOf(further[5] ?? '')).toBeGreaterThan(pageOf(DOJ) + 1);

    const outline = pdfOutline(out);
    expect(outline.filter((o) => o.level === 1).map((o) => o.title)).toEqual(['Summary', DOJ, POLICE, COMMUNITY]);
    const police = outline.findIndex((o) => o.title === POLICE);
    expect(outline.slice(police + 1, police + 3)).toEqual([
      { title: '2. Publish the jail’s register of deaths', level: 2, page: pageOf('2. Publish the jail’s register of deaths') },
      { title: '5. Train deputies in the history of the county', level: 2, page: pageOf('5. Train deputies in the history of the county') },
    ]);
    expect(outline.find((o) => o.title === further[5])).toEqual({ title: further[5], level: 2, page: pageOf(further[5] ?? '') });
  });

  it('prints only what the filter keeps and says so on the cover; audits the numbers printed; anyone who may read recommendations may print', async () => {
    const t = statusArchive();
    const started = t.router.call(researcher, 'recommendations.printStatusReport', { filter: { ...ALL, statuses: ['underway', 'complete'] }, out: '' });
    if (!started.ok) throw new Error(started.error.message);
    const job = await settle(t, started.value);
    expect(job.state, job.error ?? '').toBe('done');
    const file = job.result?.path ?? '';
    expect(path.dirname(file)).toBe(path.join(t.dir, 'exports'));
    expect(path.basename(file)).toMatch(/^recommendations-status-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.pdf$/);
    expect(job.result?.summary).toMatch(/^Status report of 3 recommendations, \d+ pages$/);

    const text = squash(pdfText(file));
    expect(text).toContain('3 recommendations to 2 addressees — those with status underway or complete');
    for (const s of ['1. Open the files', '2. Publish the jail', '5. Train deputies']) expect(text).toContain(s);
    for (const s of ['3. Fund a review', '4. Name the river path', COMMUNITY]) expect(text).not.toContain(s);
    expect(text).toContain('All addressees 0 0 2 1 0 3');

    const history = t.call('archive.history', { entityType: 'export', entityId: job.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'export', user: 'Rhea Researcher' });
    const logged = JSON.stringify(history[0]);
    for (const s of ['pdf-recommendations', '"public"', file, '[1,2,5]']) expect(logged).toContain(s);
  });

  it('is a public output: a name given without consent, anywhere a person wrote it, is printed as the pseudonym', async () => {
    const t = statusArchive();
    t.call('people.create', { data: { name: 'Lucius Bell', pseudonym: 'Witness L', consentToBeNamed: false } });
    const finding = t.call('findings.create', { data: { title: 'Lucius Bell was held without charge' } });
    const theme = t.call('themes.create', { data: { label: 'The arrest of Lucius Bell' } });
    const r = t.call('recommendations.create', {
      data: { title: 'Apologise to the family of Lucius Bell', addressee: 'The office of LUCIUS BELL', addresseeType: 'other', themeIds: [theme.id], findingIds: [finding.id] },
      assessedBy: 'Lucius Bell',
    });
    t.call('recommendations.addStatus', { id: r.id, entry: { status: 'underway', date: t.today, assessedBy: 'Monitoring committee', source: 'Letter from Lucius  Bell', note: 'Lucius\nBell was told.' } });
    const { job, out } = await print(t, { text: 'Lucius Bell' });
    expect(job.state, job.error ?? '').toBe('done');
    const text = squash(pdfText(out));
    expect(text).not.toMatch(/lucius/i);
    expect(JSON.stringify(pdfInfo(out))).not.toMatch(/lucius/i);
    expect(JSON.stringify(pdfOutline(out))).not.toMatch(/lucius/i);
    for (const s of ['Apologise to the family of Witness L', 'The office of Witness L', 'F-001 Witness L was held without charge', 'The arrest of Witness L', 'matching “Witness L”', 'Letter from Witness L', 'Witness L was told.']) {
      expect(text).toContain(s);
    }
  });

  it('leaves out a recommendation deleted after the report was asked for, and fails with a sentence when none is left', () => {
    const t = statusArchive();
    const [r1, r2] = t.recs;
    const db = t.workspace.current()?.db;
    if (!db || !r1 || !r2) throw new Error('no archive open');
    t.call('recommendations.remove', { id: r2.id });
    const p = { recommendationIds: [r1.id, r2.id], generatedAt: new Date().toISOString(), selection: '' };
    expect(gatherStatusData(db, p).recommendations.map((r) => r.title)).toEqual([r1.title]);
    t.call('recommendations.remove', { id: r1.id });
    expect(() => gatherStatusData(db, p)).toThrow('The recommendations chosen were deleted before the status report could be written. Print it again.');
  });

  it('refuses a filter that keeps nothing, with a sentence, and starts nothing', () => {
    const t = statusArchive();
    const dir = tempDir();
    const out = path.join(dir, 'status.pdf');
    const r = t.router.call(researcher, 'recommendations.printStatusReport', { filter: { ...ALL, addressees: ['Nobody at all'] }, out });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'filter' } });
    if (!r.ok) expect(r.error.message).toBe('No recommendations match the filter, so there is nothing to print. Clear a filter or choose another, then print the status report again.');
    expect(readdirSync(dir)).toEqual([]);
    expect(t.call('jobs.list', {})).toEqual([]);

    // An archive without recommendations says the same.
    const empty = testArchive();
    expect(empty.router.call(researcher, 'recommendations.printStatusReport', { filter: ALL, out: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(path.join(empty.dir, 'exports'))).toBe(false);
  });

  it('names a theme filter and a text filter in words on the cover', async () => {
    const t = statusArchive();
    const theme = t.call('themes.create', { data: { label: 'Policing' } });
    const r = t.call('recommendations.get', { id: t.recs[4]?.id ?? '' });
    t.call('recommendations.update', { id: r.id, expectedVersion: r.version, data: { title: r.title, addressee: r.addressee, addresseeType: r.addresseeType, priority: r.priority, themeIds: [theme.id] } });
    const { job, out } = await print(t, { themeId: theme.id, text: 'deputies' });
    expect(job.state, job.error ?? '').toBe('done');
    const text = squash(pdfText(out));
    expect(text).toContain('1 recommendation to 1 addressee — those on the theme Policing (or a narrower one); matching “deputies”');
    expect(text).toContain('Themes Policing');
  });

  it('sets the longest fields and a history longer than a page, and refuses text no font can print, saying where it is', async () => {
    const t = statusArchive();
    const longNote = `${'The Department reported at length on what it had done and what it had not. '.repeat(65)}End of note.`.slice(0, 5000);
    const title = `A recommendation with a very long title ${'about the records of the county '.repeat(9)}`.slice(0, 300);
    const r = t.call('recommendations.create', { data: { title, addressee: 'x'.repeat(300), addresseeType: 'other' }, assessedBy: 'The Commission' });
    for (let i = 0; i < 30; i++) {
      t.call('recommendations.addStatus', { id: r.id, entry: { status: i % 2 ? 'underway' : 'proposed', date: t.today, assessedBy: `Assessor ${i + 1}`, source: 's'.repeat(1000), note: i === 29 ? longNote : `Note ${i + 1}` } });
    }
    const { job, out } = await print(t);
    expect(job.state, job.error ?? '').toBe('done');
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    const text = drawnText(out, 1);
    expect(text).toContain(title.trim());
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Assessor ${i} `);
    expect(text).toContain('End of note.');

    // Arabic is not in the shipped fonts: the job fails saying which recommendation, and writes nothing.
    t.call('recommendations.create', { data: { title: 'إعادة فتح ملفات التحقيق', addressee: DOJ, addresseeType: 'justice_department' }, assessedBy: 'The Commission' });
    const dir = tempDir();
    const failed = await settle(t, t.call('recommendations.printStatusReport', { filter: ALL, out: path.join(dir, 'status.pdf') }));
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/^Recommendation 7, title: no font has a glyph for U\+/);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
