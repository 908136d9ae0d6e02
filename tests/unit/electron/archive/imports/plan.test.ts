import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { attachmentKindOf, refOfFileName, roleOf, walkPaths } from '../../../../../electron/archive/imports/files';
import { mappingSignature, suggestMapping } from '../../../../../electron/archive/imports/mapping';
import { planImport } from '../../../../../electron/archive/imports/plan';
import { enumValue, mapRow, rowFailed } from '../../../../../electron/archive/imports/rows';
import { titleFromFileName } from '../../../../../electron/archive/imports/task';
import { ACCESS_LEVELS, TESTIMONY_TYPES } from '../../../../../shared/model/enums';
import { owner, tempDir, testArchive } from '../../../helpers';
import { SAMPLE_CSV } from '../sampleInputs';

const names = { place: (n: string) => (n === 'Kumasi' ? '0b8f5c1e-2a4d-4e6f-9a1b-3c5d7e9f1a2b' : null), hearing: (t: string) => (t.toLowerCase() === 'first hearing' ? '1c9e6d2f-3b5e-4f70-8b2c-4d6e8f0a2b3c' : null) };

describe('planning an import', () => {
  it('walks folders without following links or reading hidden files, and sorts files by what they are', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub', '.git'), { recursive: true });
    writeFileSync(path.join(dir, 'a.csv'), 'x');
    writeFileSync(path.join(dir, 'sub', 'TRC-1.docx'), 'x');
    writeFileSync(path.join(dir, 'sub', '.DS_Store'), 'x');
    writeFileSync(path.join(dir, 'sub', '.git', 'config'), 'x');
    writeFileSync(path.join(dir, 'sub', 'TRC-1 consent.pdf'), 'x');
    symlinkSync('/etc/passwd', path.join(dir, 'sub', 'passwd.txt'));
    const { files, problems } = walkPaths([dir, path.join(dir, 'a.csv')]);
    expect(files.map((f) => [path.relative(dir, f.path), f.role])).toEqual([
      ['a.csv', 'csv'],
      [path.join('sub', 'TRC-1 consent.pdf'), 'attachment'],
      [path.join('sub', 'TRC-1.docx'), 'transcript'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('passwd.txt is a link');
    expect(walkPaths([path.join(dir, 'missing')]).problems[0]?.message).toContain('cannot be read (ENOENT)');
  });

  it('imports one transcript of a name and fails the others: the name is what a later import knows it by', () => {
    const t = testArchive();
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', 'Interview.txt'), 'The first interview.');
    writeFileSync(path.join(dir, 'b', 'interview.TXT'), 'Another person, another interview.');
    const plan = planImport(t.workspace.current()!.db, { paths: [dir], encoding: 'auto' });
    expect(plan.groups.map((g) => g.transcripts.map((f) => path.relative(dir, f.path)))).toEqual([[path.join('a', 'Interview.txt')]]);
    expect(plan.failed).toEqual([
      {
        source: 'interview.TXT',
        line: null,
        ref: '',
        testimonyId: null,
        outcome: 'failed',
        field: '',
        message: `Another transcript named interview.TXT is in this import (${path.join(dir, 'a', 'Interview.txt')}); Tessera knows a transcript by its name, to update it when it is imported again. Rename one of them and import it again.`,
      },
    ]);
  });

  it('matches files to reference codes by the start of their names', () => {
    const known = new Map([
      ['trc-2026-0042', 'TRC-2026-0042'],
      ['trc-2026-004', 'TRC-2026-004'],
    ]);
    expect(refOfFileName('TRC-2026-0042.docx', known)).toBe('TRC-2026-0042');
    expect(refOfFileName('trc-2026-0042 interview.mp3', known)).toBe('TRC-2026-0042');
    expect(refOfFileName('TRC-2026-0042_consent.pdf', known)).toBe('TRC-2026-0042');
    expect(refOfFileName('TRC-2026-0042-part2.mp3', known)).toBe('TRC-2026-0042');
    expect(refOfFileName('TRC-2026-00421.mp3', known)).toBeNull();
    expect(refOfFileName('Interview TRC-2026-0042.mp3', known)).toBeNull();
    expect(['a.MP3', 'b.mov', 'c.jpeg', 'd.tiff', 'e.pdf', 'Consent form.jpg', 'f.zip'].map(attachmentKindOf)).toEqual(['recording', 'recording', 'photo', 'scan', 'scan', 'consent_form', 'other']);
    expect(['x.vtt', 'x.SRT', 'x.pdf', 'signed consent.pdf', 'x.wav', 'x.csv'].map(roleOf)).toEqual(['transcript', 'transcript', 'transcript', 'attachment', 'attachment', 'csv']);
    expect(titleFromFileName('Statement_of_A  Mensah.docx')).toBe('Statement of A Mensah');
  });

  it('suggests a mapping from header words, and remembers one by the set of columns', async () => {
    expect(suggestMapping(['Ref', 'Reference code', 'TITLE', 'Date recorded', 'Narrator', 'Access level', 'Interviewers (names)', 'Shoe size'])).toEqual({
      Ref: 'ref',
      'Reference code': '',
      TITLE: 'title',
      'Date recorded': 'dateRecorded',
      Narrator: 'narrators',
      'Access level': 'accessLevel',
      'Interviewers (names)': 'interviewers',
      'Shoe size': '',
    });
    expect(mappingSignature([' Title', 'ref'])).toBe(mappingSignature(['REF', 'title ']));

    const t = testArchive();
    const first = t.call('imports.csvPreview', { path: SAMPLE_CSV });
    expect(first).toMatchObject({ fileName: 'statements.csv', columns: ['Ref', 'Title', 'Date recorded', 'Narrator', 'Access'], rowCount: 2, mappingRemembered: false, delimiter: ',' });
    expect(first.mapping).toEqual({ Ref: 'ref', Title: 'title', 'Date recorded': 'dateRecorded', Narrator: 'narrators', Access: 'accessLevel' });
    expect(first.rows[1]).toEqual(['TRC-2026-0902', 'Statement, with a comma', '1999', 'B. Osei; C. Adjei', 'restricted']);
    const chosen = { ...first.mapping, Narrator: 'interviewers' as const };
    // A dry run changes nothing, its mapping included; the import remembers it, and the next
    // preview of these columns offers it.
    const dry = t.call('imports.start', { paths: [SAMPLE_CSV], mapping: chosen, dryRun: true });
    expect(await jobsFor(t.workspace.current()!.db).settled(dry.id)).toMatchObject({ state: 'done' });
    expect(t.call('imports.csvPreview', { path: SAMPLE_CSV })).toMatchObject({ mapping: first.mapping, mappingRemembered: false });
    const real = t.call('imports.start', { paths: [SAMPLE_CSV], mapping: chosen });
    expect(await jobsFor(t.workspace.current()!.db).settled(real.id)).toMatchObject({ state: 'done' });
    expect(t.call('imports.csvPreview', { path: SAMPLE_CSV })).toMatchObject({ mapping: chosen, mappingRemembered: true });
    const refused = t.router.call(owner, 'imports.csvPreview', { path: 'statements.csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } });
    const inside = t.router.call(owner, 'imports.start', { paths: [t.dir] });
    expect(inside).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'paths.0' } });
    expect(inside.ok ? '' : inside.error.message).toContain('inside the archive folder');
  });

  it('maps a row to a testimony, reporting each cell it cannot use', () => {
    expect(enumValue('written Statement', TESTIMONY_TYPES)).toBe('written_statement');
    expect(enumValue('Audio recording', TESTIMONY_TYPES)).toBe('audio');
    expect(enumValue(' PUBLIC ', ACCESS_LEVELS)).toBe('public');
    expect(enumValue('open', ACCESS_LEVELS)).toBeNull();
    const columns = ['ref', 'title', 'type', 'place', 'hearing', 'warnings', 'when', 'length', 'files', 'who'];
    const mapping = { ref: 'ref', title: 'title', type: 'type', place: 'placeRecorded', hearing: 'hearing', warnings: 'contentWarnings', when: 'dateRecorded', length: 'duration', files: 'attachments', who: 'narrators' } as const;
    const dir = tempDir();
    const row = mapRow(['TRC-9', 'A title', 'Video recording', 'Kumasi', 'First Hearing', 'Violence; gore', 'sometime', '1:30:00', 'a/b.mp3; ../../etc/passwd; /abs.mp3', 'A; B ;'], columns, mapping, dir, names);
    expect(row.data).toMatchObject({ ref: 'TRC-9', title: 'A title', type: 'video', placeRecordedId: '0b8f5c1e-2a4d-4e6f-9a1b-3c5d7e9f1a2b', hearingId: '1c9e6d2f-3b5e-4f70-8b2c-4d6e8f0a2b3c', contentWarnings: ['violence'], duration: '1:30:00', dateRecorded: '' });
    expect(row.people).toEqual([
      { name: 'A', role: 'narrator' },
      { name: 'B', role: 'narrator' },
    ]);
    expect(row.attachments).toEqual([{ path: path.join(dir, 'a', 'b.mp3'), name: 'b.mp3', kind: 'recording' }]);
    expect(row.problems.map((p) => p.field)).toEqual(['warnings', 'files', 'files', 'when']);
    expect(row.fields).not.toContain('dateRecorded');
    expect(row.key).toBe('ref:TRC-9');
    expect(rowFailed(row)).toBe(false);

    const unknown = mapRow(['', 'T', 'Nowhere'], ['ref', 'title', 'place'], { ref: 'ref', title: 'title', place: 'placeRecorded' }, dir, names);
    expect(unknown.problems.map((p) => p.field)).toEqual(['place']);
    expect(unknown.problems[0]?.message).toContain('There is no place named “Nowhere”');
    expect(unknown.key).toMatch(/^csv:[0-9a-f]{64}$/);
    const untitled = mapRow(['TRC-1', ' '], ['ref', 'title'], { ref: 'ref', title: 'title' }, dir, names);
    expect(rowFailed(untitled)).toBe(true);
    expect(untitled.problems[0]?.field).toBe('title');
  });
});
