import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../../../../../shared/model/attachments';
import { clockTime, formatBytes, kindForFile, playableRecordings, playerFor, segmentAt, shortHash } from '../../../../../../../renderer/src/features/testimonies/model/attachments';

const file = (over: Partial<Attachment>): Attachment => ({
  id: 'f',
  testimonyId: 't',
  sha256: 'a'.repeat(64),
  name: 'file',
  kind: 'other',
  mediaType: 'application/octet-stream',
  bytes: 1,
  addedBy: 'Ana',
  addedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, `${(1023).toLocaleString()} bytes`],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [88_244, '86 KB'],
    [48 * 1024 * 1024, '48 MB'],
    [2.1 * 1024 ** 3, '2.1 GB'],
    [3 * 1024 ** 5, `${(3072).toLocaleString()} TB`],
  ])('%d bytes reads as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('clockTime', () => {
  it.each([
    [0, '0:00'],
    [2, '0:02'],
    [2.9, '0:02'],
    [723, '12:03'],
    [3729, '1:02:09'],
    [-4, '0:00'],
  ])('%d s is %s', (seconds, text) => expect(clockTime(seconds)).toBe(text));
});

describe('kindForFile', () => {
  it.each([
    ['interview.wav', 'audio/wav', 'recording'],
    ['session 2.mp4', 'video/mp4', 'recording'],
    ['statement.pdf', 'application/pdf', 'scan'],
    ['page-1.tif', '', 'scan'],
    ['portrait.jpg', 'image/jpeg', 'photo'],
    ['Consent form signed.pdf', 'application/pdf', 'consent_form'],
    ['transcript.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'transcript'],
    ['notes.txt', 'text/plain', 'transcript'],
    ['captions.vtt', '', 'transcript'],
    ['archive.zip', 'application/zip', 'other'],
    ['no-extension', '', 'other'],
  ])('%s (%s) is taken for %s', (name, type, kind) => expect(kindForFile(name, type)).toBe(kind));
});

describe('what plays', () => {
  it('chooses audio or video by media type, nothing otherwise', () => {
    expect(playerFor('audio/wav')).toBe('audio');
    expect(playerFor('video/webm')).toBe('video');
    expect(playerFor('application/pdf')).toBeNull();
  });

  it('offers only recordings in a playable format, in list order', () => {
    const files = [
      file({ id: 'scan', kind: 'scan', mediaType: 'application/pdf' }),
      file({ id: 'b', kind: 'recording', mediaType: 'video/mp4' }),
      file({ id: 'odd', kind: 'recording', mediaType: 'application/octet-stream' }),
      file({ id: 'voice', kind: 'other', mediaType: 'audio/wav' }),
      file({ id: 'a', kind: 'recording', mediaType: 'audio/mpeg' }),
    ];
    expect(playableRecordings(files).map((f) => f.id)).toEqual(['b', 'a']);
  });
});

describe('segmentAt', () => {
  const segments = [
    { id: 'one', timeStart: 0, timeEnd: 5 },
    { id: 'two', timeStart: 8, timeEnd: null },
    { id: 'three', timeStart: 20, timeEnd: 30 },
  ];
  it.each([
    [0, 'one'],
    [4.99, 'one'],
    [5, null],
    [8, 'two'],
    [19.5, 'two'],
    [20, 'three'],
    [30, 'two'],
  ])('at %d s the segment is %s', (time, id) => expect(segmentAt(segments, time)?.id ?? null).toBe(id));

  it('is none before the first segment starts', () => {
    expect(segmentAt([{ id: 'late', timeStart: 10, timeEnd: null }], 3)).toBeNull();
  });
});

describe('shortHash', () => {
  it('keeps the first twelve characters', () => expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789ab'));
});
