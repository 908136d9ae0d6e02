import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/api';
import type { ImportReport } from '../../../../../shared/api/imports';
import type { Job } from '../../../../../shared/api/jobs';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { tempDir, testArchive } from '../../../helpers';
import { fingerprinter } from '../sampleInputs';

/**
 * The import pipeline end to end on a real archive: a CSV with problems, transcripts of each kind
 * and attachments in one folder, imported as a job; dry run, re-import and an edited row.
 */

type T = ReturnType<typeof testArchive>;

const CSV = [
  'Reference code,Title,Date,Narrator,Interviewer,Access,Type,Place,Notes,Files',
  'TRC-2026-0001,First statement,1998-04-02,Ama Mensah,Kofi Boateng,Public,written statement,Nowhere,"A note',
  'over two lines",TRC-2026-0001 consent.pdf',
  'TRC-2026-0002,"Second, with a comma",1999,Ama Mensah; Yaw Osei,,,AUDIO,,x,../outside.txt',
  'TRC-2026-0003,,2000,,,,,,,',
  '',
].join('\r\n');

const MAPPING: Input<'imports.start'>['mapping'] = {
  'Reference code': 'ref',
  Title: 'title',
  Date: 'dateRecorded',
  Narrator: 'narrators',
  Interviewer: 'interviewers',
  Access: 'accessLevel',
  Type: 'type',
  Place: 'placeRecorded',
  Notes: '',
  Files: 'attachments',
};

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\nI was born in Kumasi.\n\n00:00:05.000 --> 00:00:09.250\nThe soldiers came at night.\n';
const SRT = '1\n00:00:00,000 --> 00:00:02,000\nThis is tape seven.\n\n2\n00:00:02,500 --> 00:00:06,000\nThe hearing opens.\n';

function sourceFolder(): string {
  const dir = path.join(tempDir('tessera-import-src-'), 'batch');
  mkdirSync(path.join(dir, 'media'), { recursive: true });
  writeFileSync(path.join(dir, 'statements.csv'), CSV);
  writeFileSync(path.join(dir, 'TRC-2026-0001.txt'), 'My name is Ama Mensah and this is my statement.\n');
  writeFileSync(path.join(dir, 'TRC-2026-0002.vtt'), VTT);
  writeFileSync(path.join(dir, 'Hearing_tape 7.srt'), SRT);
  writeFileSync(path.join(dir, 'Notes from Kumasi.md'), '# Notes\n\nWritten after the forum.\n');
  writeFileSync(path.join(dir, 'TRC-2026-0001 consent.pdf'), '%PDF-1.4\n% a consent form, scanned\n');
  writeFileSync(path.join(dir, 'media', 'TRC-2026-0002 interview.mp3'), Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2000, 7)]));
  writeFileSync(path.join(dir, 'random.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  writeFileSync(path.join(dir, '.hidden.txt'), 'never imported');
  return dir;
}

async function runImport(t: T, input: Input<'imports.start'>): Promise<{ job: Job; report: ImportReport }> {
  const started = t.call('imports.start', input);
  const db = t.workspace.current()!.db;
  const job = await jobsFor(db).settled(started.id);
  expect(job.error).toBeNull();
  expect(job.state).toBe('done');
  return { job, report: t.call('imports.report', { jobId: job.id }) };
}

const db = (t: T) => t.workspace.current()!.db;
const count = (t: T, sql: string, ...params: unknown[]) => db(t).prepare(sql).pluck().get(...params) as number;

describe('imports.start', () => {
  it('imports a folder of a CSV, transcripts and files, reports each row, and re-imports without duplicates', async () => {
    const t = testArchive();
    const src = sourceFolder();

    // A dry run plans and checks everything and writes no record.
    const dryStart = t.call('imports.start', { paths: [src], mapping: MAPPING, dryRun: true, rememberMapping: false });
    const fingerprint = fingerprinter(db(t));
    const before = fingerprint();
    const dry = await jobsFor(db(t)).settled(dryStart.id);
    expect(dry.state).toBe('done');
    expect(fingerprint()).toBe(before);
    const dryReport = t.call('imports.report', { jobId: dry.id });
    expect(dryReport.dryRun).toBe(true);
    expect(dryReport.rows.find((r) => r.line === 2 && r.field === '')?.message).toBe('Would add testimony TRC-2026-0001.');
    expect(dry.result?.summary).toMatch(/^Dry run, nothing was written\. Would have: added 8, updated 0, skipped 0, failed 2\. Report: /);

    const { job, report } = await runImport(t, { paths: [src], mapping: MAPPING });
    expect(job.result?.path).toMatch(/imports[/\\]\d{4}-\d\d-\d\d-\d{4}(-\d+)?-report\.csv$/);
    expect(job.result?.summary).toBe(`Added ${report.counts.added}, updated 0, skipped 0, failed ${report.counts.failed}. Report: ${job.result?.path}`);
    const rowsOf = (line: number | null, source = 'statements.csv') => report.rows.filter((r) => r.source === source && r.line === line);

    // Line numbers as a spreadsheet counts them: the quoted newline makes row 2 two lines long.
    expect(rowsOf(2).map((r) => [r.outcome, r.field])).toEqual(
      expect.arrayContaining([
        ['added', ''],
        ['added', 'Place'],
      ]),
    );
    expect(rowsOf(2).find((r) => r.field === 'Place')?.message).toContain('There is no place named “Nowhere”');
    expect(rowsOf(4).find((r) => r.field === 'Files')?.message).toContain('outside the CSV file’s folder');
    expect(rowsOf(5)).toEqual([expect.objectContaining({ outcome: 'failed', field: 'Title', ref: '' })]);
    expect(report.rows.find((r) => r.source === 'random.jpg')).toMatchObject({ outcome: 'failed' });
    expect(report.rows.find((r) => r.source === 'random.jpg')?.message).toContain('No testimony matches random.jpg');
    expect(report.rows.some((r) => r.source === '.hidden.txt')).toBe(false);
    expect(report.rows.filter((r) => r.message.startsWith('New person created: Ama Mensah')).map((r) => [r.line, r.field, r.outcome])).toEqual([[2, 'Narrator', 'added']]);

    // The rows became testimonies, enum values read by label in any case, people made once.
    const first = t.call('testimonies.get', { ref: 'TRC-2026-0001' });
    expect(first).toMatchObject({ title: 'First statement', accessLevel: 'public', type: 'written_statement', dateRecorded: '1998-04-02', placeRecordedId: null });
    expect(first.transcript).toBe('My name is Ama Mensah and this is my statement.\n');
    expect(first.people.map((p) => [p.name, p.role])).toEqual([
      ['Ama Mensah', 'narrator'],
      ['Kofi Boateng', 'interviewer'],
    ]);
    const second = t.call('testimonies.get', { ref: 'TRC-2026-0002' });
    expect(second).toMatchObject({ title: 'Second, with a comma', type: 'audio', accessLevel: 'restricted' });
    expect(count(t, "SELECT count(*) FROM people WHERE name = 'Ama Mensah'")).toBe(1);

    // The WebVTT file's cues are time-coded segments of the testimony with its code.
    const segments = t.call('coding.get', { testimonyId: second.id }).passages.filter((p) => p.kind === 'segment');
    expect(segments.map((s) => [s.quote, s.timeStart, s.timeEnd])).toEqual([
      ['I was born in Kumasi.', 1, 4.5],
      ['The soldiers came at night.', 5, 9.25],
    ]);
    // Unmatched transcripts are new testimonies, titled from their file names; an SRT one is audio.
    const tape = t.call('testimonies.list', { text: 'Hearing tape 7' }).items[0];
    expect(tape).toMatchObject({ title: 'Hearing tape 7', type: 'audio' });
    expect(t.call('coding.get', { testimonyId: tape!.id }).passages.filter((p) => p.kind === 'segment').map((s) => s.timeStart)).toEqual([0, 2.5]);
    expect(t.call('testimonies.list', { text: 'Notes from Kumasi' }).items[0]).toMatchObject({ type: 'written_statement' });

    // Files were attached by their names' codes (in a subfolder too) and from the CSV's cell.
    expect(t.call('attachments.list', { testimonyId: first.id }).map((a) => [a.name, a.kind])).toEqual([['TRC-2026-0001 consent.pdf', 'consent_form']]);
    expect(t.call('attachments.list', { testimonyId: second.id }).map((a) => [a.name, a.kind])).toEqual([['TRC-2026-0002 interview.mp3', 'recording']]);

    // The saved report: CSV for people, JSON for imports.report.
    const csv = readFileSync(job.result!.path, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFsource,line,ref,outcome,field,message');
    expect(csv).toContain('statements.csv,5,,failed,Title,');

    // The same files again: everything skipped, nothing doubled.
    const testimonies = count(t, 'SELECT count(*) FROM testimonies');
    const again = await runImport(t, { paths: [src], mapping: MAPPING });
    expect(again.report.counts).toEqual({ added: 0, updated: 0, skipped: report.counts.added, failed: report.counts.failed });
    expect(count(t, 'SELECT count(*) FROM testimonies')).toBe(testimonies);
    expect(count(t, "SELECT count(*) FROM passages WHERE kind = 'segment'")).toBe(4);
    expect(count(t, 'SELECT count(*) FROM testimony_files')).toBe(2);

    // One row edited: that row updated, the rest skipped.
    writeFileSync(path.join(src, 'statements.csv'), CSV.replace('First statement', 'First statement (corrected)'));
    const edited = await runImport(t, { paths: [src], mapping: MAPPING });
    expect(edited.report.counts).toEqual({ added: 0, updated: 1, skipped: report.counts.added - 1, failed: report.counts.failed });
    expect(t.call('testimonies.get', { ref: 'TRC-2026-0001' })).toMatchObject({ title: 'First statement (corrected)', version: first.version + 1 });
    expect(count(t, 'SELECT count(*) FROM testimonies')).toBe(testimonies);
  }, 120_000);
});
