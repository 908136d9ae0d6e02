import { existsSync, mkdirSync, readdirSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_AVAILABLE } from '../../../../../shared/model/access';
import { ATTACHMENT_MAX_BYTES, attachFile } from '../../../../../electron/archive/attachments/attach';
import { createCtx } from '../../../../../electron/archive/context';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { cataloguer, owner, researcher } from '../../../helpers';
import { png } from '../files/pictures';
import { attachmentArchive, mp3 } from './setup';

const countRows = (a: ReturnType<typeof attachmentArchive>, table: string) => a.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const auditCount = (a: ReturnType<typeof attachmentArchive>) => a.db().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('attachments.add', () => {
  it('stores a recording once, with its SHA-256 and media type, and audits the attachment on the testimony', () => {
    const a = attachmentArchive();
    const t = a.testimony('A statement');
    const rec = a.file('interview 1.mp3', mp3(1));
    const added = a.call('attachments.add', { testimonyId: t.id, path: rec, name: '', kind: 'recording' });
    expect(added).toMatchObject({ testimonyId: t.id, name: 'interview 1.mp3', kind: 'recording', mediaType: 'audio/mpeg', bytes: 4096, addedBy: owner.user.name });
    expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(storedFilePath(a.dir, added.sha256))).toBe(true);
    const history = a.call('archive.history', { entityType: 'testimony', entityId: t.id });
    expect(history[0]).toMatchObject({ action: 'attach', changes: [{ field: 'attachments', old: null, new: { id: added.id, sha256: added.sha256, name: 'interview 1.mp3', kind: 'recording' } }] });
  });

  it('attaching the same file twice to one testimony leaves one row and answers the first attachment unchanged', () => {
    const a = attachmentArchive();
    const t = a.testimony('A statement');
    const rec = a.file('a.mp3', mp3(1));
    const first = a.call('attachments.add', { testimonyId: t.id, path: rec, name: 'First name', kind: 'recording' });
    const copy = a.file('copy of a.mp3', mp3(1));
    const again = a.call('attachments.add', { testimonyId: t.id, path: copy, name: 'Another name', kind: 'scan' });
    expect(again).toEqual(first);
    expect(countRows(a, 'testimony_files')).toBe(1);
    expect(countRows(a, 'files')).toBe(1);
    // attachFile itself writes nothing for it: no row, no audit entry.
    const archive = a.workspace.current()!;
    const before = auditCount(a);
    const ctx = createCtx(archive, owner, 'attachments.add');
    expect(archive.db.transaction(() => attachFile(ctx, { testimonyId: t.id, path: rec, name: '', kind: 'other' }))()).toEqual(first);
    expect(auditCount(a)).toBe(before);
  });

  it('attaching one file to two testimonies stores it once, with two rows', () => {
    const a = attachmentArchive();
    const one = a.testimony('One');
    const two = a.testimony('Two');
    const rec = a.file('shared.mp3', mp3(2));
    const x = a.call('attachments.add', { testimonyId: one.id, path: rec, name: '', kind: 'recording' });
    const y = a.call('attachments.add', { testimonyId: two.id, path: rec, name: '', kind: 'recording' });
    expect(x.sha256).toBe(y.sha256);
    expect(x.id).not.toBe(y.id);
    expect(countRows(a, 'files')).toBe(1);
    expect(countRows(a, 'testimony_files')).toBe(2);
  });

  it('lists a testimony’s files in the order they were attached', () => {
    const a = attachmentArchive();
    const t = a.testimony('Ordered');
    const names = ['c.mp3', 'a.png', 'b.pdf'];
    a.call('attachments.add', { testimonyId: t.id, path: a.file(names[0]!, mp3(3)), name: '', kind: 'recording' });
    a.call('attachments.add', { testimonyId: t.id, path: a.file(names[1]!, png(4, 4)), name: '', kind: 'photo' });
    a.call('attachments.add', { testimonyId: t.id, path: a.file(names[2]!, '%PDF-1.4\n% a scan\n'), name: '', kind: 'scan' });
    const list = a.call('attachments.list', { testimonyId: t.id });
    expect(list.map((f) => [f.name, f.mediaType])).toEqual([
      ['c.mp3', 'audio/mpeg'],
      ['a.png', 'image/png'],
      ['b.pdf', 'application/pdf'],
    ]);
    const positions = a.db().prepare('SELECT position FROM testimony_files ORDER BY position').pluck().all();
    expect(positions).toEqual([1, 2, 3]);
  });

  it('cleans the name for display: no folders, no control or reordering characters, at most 255 characters', () => {
    const a = attachmentArchive();
    const t = a.testimony('Names');
    const add = (name: string, seed: number) => a.call('attachments.add', { testimonyId: t.id, path: a.file(`f${seed}.mp3`, mp3(seed)), name, kind: 'recording' }).name;
    expect(add('..\\..\\Windows\\evil\u202egpj.mp3', 10)).toBe('evilgpj.mp3');
    expect(add('tab\there\u0007', 11)).toBe('tab here');
    // A name over 255 characters can only come from a caller in the engine (the contract caps the given name).
    const archive = a.workspace.current()!;
    const ctx = createCtx(archive, owner, 'imports.start');
    const long = archive.db.transaction(() => attachFile(ctx, { testimonyId: t.id, path: a.file('long.mp3', mp3(12)), name: `${'й'.repeat(300)}.mp3`, kind: 'recording' }))().name;
    expect([...long]).toHaveLength(255);
    expect(long.endsWith('….mp3')).toBe(true);
  });

  it.each([
    ['an empty file', (a: ReturnType<typeof attachmentArchive>) => a.file('empty.mp3', ''), /empty \(0 bytes\)/],
    [
      'a folder',
      (a: ReturnType<typeof attachmentArchive>) => {
        const dir = path.join(a.folder, 'recordings');
        mkdirSync(dir);
        return dir;
      },
      /is a folder, not a file/,
    ],
    ['a path that is not whole', () => path.join('..', 'outside', 'x.mp3'), /Give the whole path/],
    ['a file that is not there', (a: ReturnType<typeof attachmentArchive>) => path.join(a.folder, 'gone.mp3'), /There is no file at/],
  ])('refuses %s, and writes nothing', (_, make, message) => {
    const a = attachmentArchive();
    const t = a.testimony('Refusals');
    const before = [countRows(a, 'files'), countRows(a, 'testimony_files'), auditCount(a)];
    const e = a.refused('attachments.add', { testimonyId: t.id, path: make(a), name: '', kind: 'recording' });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'path' });
    expect(e.message).toMatch(message);
    expect([countRows(a, 'files'), countRows(a, 'testimony_files'), auditCount(a)]).toEqual(before);
  });

  it('refuses a file over 8 GB before copying a byte, naming the limit', () => {
    const a = attachmentArchive();
    const t = a.testimony('Too long a hearing');
    const big = a.file('whole week.mp4', '');
    truncateSync(big, ATTACHMENT_MAX_BYTES + 1); // sparse: no disk space used
    const e = a.refused('attachments.add', { testimonyId: t.id, path: big, name: '', kind: 'recording' });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'path' });
    expect(e.message).toBe('whole week.mp4 is 8.0 GB; a file attached to a testimony may be at most 8 GB. Split the recording or save a smaller copy, then attach that.');
    expect(countRows(a, 'files')).toBe(0);
    expect(readdirSync(path.join(a.dir, 'files'), { recursive: true })).toEqual([]);
  });

  it('refuses a testimony that does not exist, or that the caller may not read, before copying anything', () => {
    const a = attachmentArchive();
    const sealed = a.testimony('Sealed', 'sealed');
    const rec = a.file('r.mp3', mp3(5));
    expect(a.refused('attachments.add', { testimonyId: crypto.randomUUID(), path: rec, name: '', kind: 'recording' }).code).toBe('not_found');
    expect(a.refused('attachments.add', { testimonyId: sealed.id, path: rec, name: '', kind: 'recording' }, cataloguer)).toMatchObject({ code: 'not_found', message: NOT_AVAILABLE });
    expect(countRows(a, 'files')).toBe(0);
  });
});

describe('attachments.update and attachments.remove', () => {
  it('renames and re-kinds an attachment, audited with before and after', () => {
    const a = attachmentArchive();
    const t = a.testimony('Update');
    const x = a.call('attachments.add', { testimonyId: t.id, path: a.file('x.mp3', mp3(6)), name: '', kind: 'other' });
    const y = a.call('attachments.update', { id: x.id, name: 'Hearing, day 2', kind: 'recording' });
    expect(y).toMatchObject({ id: x.id, name: 'Hearing, day 2', kind: 'recording', sha256: x.sha256 });
    expect(a.call('attachments.list', { testimonyId: t.id })).toEqual([y]);
    expect(a.call('archive.history', { entityType: 'testimony', entityId: t.id })[0]).toMatchObject({
      action: 'update-attachment',
      changes: [{ field: 'attachments', old: { name: 'x.mp3', kind: 'other' }, new: { name: 'Hearing, day 2', kind: 'recording' } }],
    });
    expect(a.refused('attachments.update', { id: crypto.randomUUID(), name: 'n', kind: 'scan' }).code).toBe('not_found');
  });

  it('takes a file off a testimony with the reason audited, and keeps the stored file', () => {
    const a = attachmentArchive();
    const t = a.testimony('Remove');
    const x = a.call('attachments.add', { testimonyId: t.id, path: a.file('x.mp3', mp3(7)), name: '', kind: 'recording' });
    expect(a.call('attachments.remove', { id: x.id, reason: 'Belongs to T-0002' })).toEqual({ removed: true });
    expect(a.call('attachments.list', { testimonyId: t.id })).toEqual([]);
    expect(countRows(a, 'files')).toBe(1);
    expect(existsSync(storedFilePath(a.dir, x.sha256))).toBe(true);
    expect(a.call('archive.history', { entityType: 'testimony', entityId: t.id })[0]).toMatchObject({
      action: 'detach',
      changes: [
        { field: 'attachments', old: { id: x.id, sha256: x.sha256 }, new: null },
        { field: 'reason', old: null, new: 'Belongs to T-0002' },
      ],
    });
    expect(a.refused('attachments.remove', { id: x.id, reason: 'again' }).code).toBe('not_found');
  });
});

describe('who sees attachments', () => {
  it('a researcher sees no consent form: not listed, not named in the history, not changeable by id', () => {
    const a = attachmentArchive();
    const t = a.testimony('Open');
    a.call('attachments.add', { testimonyId: t.id, path: a.file('recording.mp3', mp3(8)), name: '', kind: 'recording' });
    const form = a.call('attachments.add', { testimonyId: t.id, path: a.file('consent Jane Doe.pdf', '%PDF-1.4 consent'), name: '', kind: 'consent_form' });
    expect(a.call('attachments.list', { testimonyId: t.id }).map((f) => f.kind)).toEqual(['recording', 'consent_form']);
    expect(a.as(cataloguer, 'attachments.list', { testimonyId: t.id }).map((f) => f.kind)).toEqual(['recording', 'consent_form']);
    expect(a.as(researcher, 'attachments.list', { testimonyId: t.id }).map((f) => f.kind)).toEqual(['recording']);
    const history = JSON.stringify(a.as(researcher, 'archive.history', { entityType: 'testimony', entityId: t.id }));
    expect(history).not.toContain('Jane Doe');
    expect(history).not.toContain(form.sha256);
    expect(history).toContain('recording.mp3');
    // Staff read the whole history.
    expect(JSON.stringify(a.call('archive.history', { entityType: 'testimony', entityId: t.id }))).toContain('Jane Doe');
  });

  it('a sealed testimony’s attachments answer as testimonies.get does for a researcher and a cataloguer', () => {
    const a = attachmentArchive();
    const sealed = a.testimony('Sealed', 'sealed');
    const x = a.call('attachments.add', { testimonyId: sealed.id, path: a.file('s.mp3', mp3(9)), name: '', kind: 'recording' });
    const get = a.refused('testimonies.get', { id: sealed.id }, researcher);
    expect(a.refused('attachments.list', { testimonyId: sealed.id }, researcher)).toEqual(get);
    expect(a.refused('attachments.list', { testimonyId: sealed.id }, cataloguer)).toMatchObject({ code: 'not_found', message: NOT_AVAILABLE });
    expect(a.refused('attachments.update', { id: x.id, name: 'n', kind: 'scan' }, cataloguer).code).toBe('not_found');
    expect(a.refused('attachments.remove', { id: x.id, reason: 'r' }, cataloguer).code).toBe('not_found');
    expect(a.refused('attachments.add', { testimonyId: sealed.id, path: a.file('t.mp3', mp3(10)), name: '', kind: 'recording' }, researcher).code).toBe('forbidden');
  });
});

describe('preservation events', () => {
  it('an attached file is an ingestion event naming the file, the testimony and the SHA-256', () => {
    const a = attachmentArchive();
    const t = a.testimony('Ingested');
    const x = a.call('attachments.add', { testimonyId: t.id, path: a.file('day 1.mp3', mp3(11)), name: '', kind: 'recording' });
    const event = a.call('preservation.events', { type: 'ingestion', limit: 1 }).items[0];
    expect(event).toMatchObject({ object: { type: 'testimony', id: t.id, ref: t.ref }, detail: `File day 1.mp3 (recording) stored for testimony ${t.ref} (SHA-256 ${x.sha256})` });
  });
});
