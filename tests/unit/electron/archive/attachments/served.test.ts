import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { servedFile } from '../../../../../electron/archive/served';
import { jobsSeenBy } from '../../../../../electron/archive/access/jobs';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { runChecks } from '../../../../../electron/archive/audit/checks';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { cataloguer, owner, researcher } from '../../../helpers';
import { png } from '../files/pictures';
import { attachmentArchive, mp3 } from './setup';

describe('serving a testimony’s files by address', () => {
  it('serves a recording inline to whoever may read its testimony, and nothing of a sealed testimony to a researcher', () => {
    const a = attachmentArchive();
    const open = a.testimony('Open');
    const sealed = a.testimony('Sealed', 'sealed');
    const rec = a.call('attachments.add', { testimonyId: open.id, path: a.file('open.mp3', mp3(1)), name: '', kind: 'recording' });
    const secret = a.call('attachments.add', { testimonyId: sealed.id, path: a.file('sealed.mp3', mp3(2)), name: '', kind: 'recording' });
    expect(servedFile(a.workspace, `/files/${rec.sha256}`, researcher)).toEqual({ file: storedFilePath(a.dir, rec.sha256), contentType: 'audio/mpeg', bytes: 4096 });
    expect(servedFile(a.workspace, `/files/${secret.sha256}`, researcher)).toBeNull();
    expect(servedFile(a.workspace, `/files/${secret.sha256}`, cataloguer)).toBeNull();
    expect(servedFile(a.workspace, `/files/${secret.sha256}`, owner)).toMatchObject({ contentType: 'audio/mpeg' });
    // The same content attached to a testimony the researcher may read is theirs to play.
    a.call('attachments.add', { testimonyId: open.id, path: a.file('copy.mp3', mp3(2)), name: '', kind: 'recording' });
    expect(servedFile(a.workspace, `/files/${secret.sha256}`, researcher)).toMatchObject({ contentType: 'audio/mpeg' });
  });

  it('serves a scan as a download under its name, a consent form to staff only, and nothing once taken off', () => {
    const a = attachmentArchive();
    const t = a.testimony('Files');
    const scan = a.call('attachments.add', { testimonyId: t.id, path: a.file('page 1.pdf', '%PDF-1.4 page'), name: 'Statement, page 1.pdf', kind: 'scan' });
    const form = a.call('attachments.add', { testimonyId: t.id, path: a.file('form.pdf', '%PDF-1.4 form'), name: '', kind: 'consent_form' });
    expect(servedFile(a.workspace, `/files/${scan.sha256}`, researcher)).toMatchObject({ contentType: 'application/octet-stream', downloadName: 'Statement, page 1.pdf' });
    expect(servedFile(a.workspace, `/files/${form.sha256}`, researcher)).toBeNull();
    expect(servedFile(a.workspace, `/files/${form.sha256}`, cataloguer)).toMatchObject({ downloadName: 'form.pdf' });
    a.call('attachments.remove', { id: scan.id, reason: 'Wrong testimony' });
    expect(servedFile(a.workspace, `/files/${scan.sha256}`, owner)).toBeNull();
  });

  it('keeps serving marker photos to every reader', () => {
    const a = attachmentArchive();
    const marker = a.call('markers.create', { data: { title: 'Oak' } });
    const photo = a.call('markers.addPhoto', { id: marker.id, path: a.file('oak.png', png(8, 8)) }).photos[0]!;
    expect(servedFile(a.workspace, `/files/${photo.sha256}`, researcher)).toMatchObject({ contentType: 'image/png' });
  });
});

describe('serving a job’s file by address', () => {
  it('serves an import’s report only to those who may import, and a full-scope export only to those who read everything', async () => {
    const a = attachmentArchive();
    const csv = a.file('rows.csv', 'Title,Access\nA statement,Public\n');
    const started = a.call('imports.start', { paths: [csv], mapping: { Title: 'title', Access: 'accessLevel' }, dryRun: true });
    const imported = await jobsFor(a.db()).settled(started.id);
    expect(imported.state).toBe('done');
    expect(servedFile(a.workspace, `/job-results/${imported.id}`, cataloguer)).toMatchObject({ contentType: 'text/csv; charset=utf-8' });
    expect(servedFile(a.workspace, `/job-results/${imported.id}`, researcher)).toBeNull();
    expect(jobsSeenBy(a.db(), 'researcher', [imported])).toEqual([]);

    const exported = await jobsFor(a.db()).settled(a.call('exports.start', { format: 'dc', scope: 'full', out: '' }).id);
    expect(exported.state).toBe('done');
    expect(servedFile(a.workspace, `/job-results/${exported.id}`, owner)).toMatchObject({ contentType: 'application/xml' });
    expect(servedFile(a.workspace, `/job-results/${exported.id}`, cataloguer)).toBeNull();
    expect(servedFile(a.workspace, `/job-results/${exported.id}`, researcher)).toBeNull();
  });
});

describe('fixity of attachments', () => {
  it('a flipped byte in an attached recording is reported with the testimony’s reference code and title', () => {
    const a = attachmentArchive();
    const t = a.testimony('Statement of the river crossing');
    const rec = a.call('attachments.add', { testimonyId: t.id, path: a.file('crossing.mp3', mp3(3)), name: '', kind: 'recording' });
    const file = storedFilePath(a.dir, rec.sha256);
    chmodSync(file, 0o644);
    const bytes = readFileSync(file);
    bytes[100] = (bytes[100] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const stored = runChecks(a.db(), a.dir, () => {}).find((c) => c.name === 'stored files');
    expect(stored?.ok).toBe(false);
    expect(stored?.detail).toBe(`the file of testimony ${t.ref} “Statement of the river crossing” (recording crossing.mp3) no longer matches its SHA-256 (${rec.sha256}); restore it from a backup`);
  });
});
