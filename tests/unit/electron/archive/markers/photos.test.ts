import { existsSync, readdirSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { PHOTO_MAX_BYTES } from '../../../../../shared/model/markers';
import { gif, jpeg, png } from '../files/pictures';
import { markerArchive } from './setup';

function storedFiles(dir: string): string[] {
  const root = path.join(dir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(root, f)).isFile());
}

describe('markers: photos', () => {
  it('stores a photo once however often it is added, keeps captions, credits and order, and keeps the file when a photo is removed', () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Sawyer Road oak' } });
    const front = a.file('front.png', png(64, 48));
    const first = a.call('markers.addPhoto', { id: m.id, path: front, caption: 'The marker', credit: 'Leonard Bishop' });
    expect(first.photos).toEqual([expect.objectContaining({ fileName: 'front.png', mediaType: 'image/png', width: 64, height: 48, caption: 'The marker', credit: 'Leonard Bishop', position: 0 })]);
    expect(first.version).toBe(2);
    const again = a.call('markers.addPhoto', { id: m.id, path: a.file('same again.png', png(64, 48)), fileName: 'Front, second print.png' });
    const oak = a.call('markers.addPhoto', { id: m.id, path: a.file('oak.jpg', jpeg(1600, 1200, 90_000)) });
    expect(oak.photos.map((p) => [p.fileName, p.position, p.mediaType])).toEqual([
      ['front.png', 0, 'image/png'],
      ['Front, second print.png', 1, 'image/png'],
      ['oak.jpg', 2, 'image/jpeg'],
    ]);
    expect(again.photos[1]?.sha256).toBe(first.photos[0]?.sha256);
    expect(storedFiles(a.dir)).toHaveLength(2);
    const sha = first.photos[0]!.sha256;
    expect(existsSync(storedFilePath(a.dir, sha))).toBe(true);
    expect(a.call('markers.list', {}).items[0]?.photoCount).toBe(3);

    const moved = a.call('markers.updatePhoto', { id: m.id, photoId: oak.photos[2]!.id, caption: 'The oak', credit: 'Commission staff', position: 0 });
    expect(moved.photos.map((p) => [p.fileName, p.position, p.caption])).toEqual([
      ['oak.jpg', 0, 'The oak'],
      ['front.png', 1, 'The marker'],
      ['Front, second print.png', 2, ''],
    ]);
    const last = a.call('markers.updatePhoto', { id: m.id, photoId: oak.photos[2]!.id, caption: 'The oak', credit: 'Commission staff', position: 999 });
    expect(last.photos.map((p) => p.position)).toEqual([0, 1, 2]);
    expect(last.photos[2]?.fileName).toBe('oak.jpg');

    const removed = a.call('markers.removePhoto', { id: m.id, photoId: first.photos[0]!.id });
    expect(removed.photos.map((p) => [p.fileName, p.position])).toEqual([
      ['Front, second print.png', 0],
      ['oak.jpg', 1],
    ]);
    expect(existsSync(storedFilePath(a.dir, sha))).toBe(true);
    expect(a.refused('markers.removePhoto', { id: m.id, photoId: first.photos[0]!.id }).code).toBe('not_found');
    const other = a.call('markers.create', { data: { title: 'Other' } });
    expect(a.refused('markers.updatePhoto', { id: other.id, photoId: oak.photos[2]!.id, caption: '', credit: '', position: 0 }).code).toBe('not_found');
  });

  it('refuses what is not a usable JPEG or PNG with a message on the path, and leaves nothing behind', () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Refusals' } });
    const huge = a.file('huge.jpg', jpeg(100, 100));
    truncateSync(huge, PHOTO_MAX_BYTES + 1024 * 1024);
    const cases: [string, RegExp][] = [
      [a.file('x.gif', gif()), /^x\.gif is not a JPEG or PNG photo/],
      [a.file('empty.jpg', Buffer.alloc(0)), /^empty\.jpg is empty \(0 bytes\)/],
      [huge, /^huge\.jpg is 26 MB; a photo may be at most 25 MB/],
      [path.join(a.outside, 'gone.jpg'), /^There is no file at .*gone\.jpg/],
      [a.outside, /is a folder, not a file/],
      ['../../etc/passwd', /^Give the whole path of the photo/],
      ['photos/front.png', /^Give the whole path of the photo/],
      ['/etc/passwd', /^passwd is not a JPEG or PNG photo/],
      ['/dev/zero', /not an ordinary file/],
    ];
    for (const [p, message] of cases) {
      const e = a.refused('markers.addPhoto', { id: m.id, path: p });
      expect(e, p).toMatchObject({ code: 'invalid_input', field: 'path' });
      expect(e.message, p).toMatch(message);
    }
    expect(storedFiles(a.dir)).toEqual([]);
    expect(a.db().prepare('SELECT count(*) FROM files').pluck().get()).toBe(0);
    const after = a.call('markers.get', { id: m.id });
    expect(after.photos).toEqual([]);
    expect(after.version).toBe(1);
    // An unknown marker is refused before the file is looked at.
    expect(a.refused('markers.addPhoto', { id: crypto.randomUUID(), path: a.file('ok.png', png(2, 2)) }).code).toBe('not_found');
    expect(storedFiles(a.dir)).toEqual([]);
  });
});

describe('markers: audit', () => {
  it('records every write against the marker, with what changed and who did it', () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Audited', honoureeIds: [a.named.id] }, proposedOn: '2003-01-01' });
    a.call('markers.update', { id: m.id, expectedVersion: 1, data: { title: 'Audited, renamed', honoureeIds: [a.named.id] } });
    const v = a.call('markers.saveInscription', { id: m.id, text: 'Words' }).inscriptions[0]!;
    a.call('markers.approveInscription', { id: m.id, versionId: v.id, approvedBy: 'Ifeoma Abara', approvedOn: '2003-02-01' });
    a.call('markers.setStatus', { id: m.id, to: 'approved', date: '2003-02-01', note: 'Agreed' });
    const withPhoto = a.call('markers.addPhoto', { id: m.id, path: a.file('p.png', png(4, 4)), caption: 'c' });
    a.call('markers.updatePhoto', { id: m.id, photoId: withPhoto.photos[0]!.id, caption: 'new caption', credit: '', position: 0 });
    a.call('markers.removePhoto', { id: m.id, photoId: withPhoto.photos[0]!.id });
    const history = a.call('archive.history', { entityType: 'marker', entityId: m.id });
    expect(history.map((h) => h.action).reverse()).toEqual(['create', 'update', 'inscription', 'approve', 'status', 'add-photo', 'update-photo', 'remove-photo']);
    expect(history.every((h) => h.user === 'Test Owner' && h.method.startsWith('markers.'))).toBe(true);
    const byAction = Object.fromEntries(history.map((h) => [h.action, h.changes]));
    expect(byAction.create).toEqual(expect.arrayContaining([{ field: 'title', old: null, new: 'Audited' }, { field: 'honoureeIds', old: null, new: [a.named.id] }]));
    expect(byAction.update).toEqual([{ field: 'title', old: 'Audited', new: 'Audited, renamed' }]);
    expect(byAction.approve).toEqual([{ field: 'inscription.v1', old: 'draft', new: { state: 'approved', approvedBy: 'Ifeoma Abara', approvedOn: '2003-02-01' } }]);
    expect(byAction.status).toEqual(expect.arrayContaining([{ field: 'status', old: 'proposed', new: 'approved' }]));
    expect(byAction['update-photo']).toEqual([{ field: `photos.${withPhoto.photos[0]!.id}.caption`, old: 'c', new: 'new caption' }]);
  });
});
