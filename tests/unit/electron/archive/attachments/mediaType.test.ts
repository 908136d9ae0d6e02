import { describe, expect, it } from 'vitest';
import { mediaTypeOf } from '../../../../../electron/archive/attachments/mediaType';
import { attachmentDisplayName } from '../../../../../electron/archive/attachments/names';

const head = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('mediaTypeOf: the bytes decide, the name only where a format may have no signature', () => {
  it.each([
    ['ID3 tag', head('ID3\x04\0\0'), 'x.bin', 'audio/mpeg'],
    ['MPEG frame sync', head([0xff, 0xfb, 0x90, 0x44]), 'x', 'audio/mpeg'],
    ['ADTS AAC is not MP3', head([0xff, 0xf1, 0x50, 0x80]), 'x', 'application/octet-stream'],
    ['M4A brand', head('\0\0\0\x20ftypM4A \0\0\0\0'), 'x', 'audio/mp4'],
    ['MP4 named .m4a', head('\0\0\0\x20ftypisom\0\0\0\0'), 'talk.M4A', 'audio/mp4'],
    ['MP4 video', head('\0\0\0\x20ftypisom\0\0\0\0'), 'x', 'video/mp4'],
    ['WAV', head('RIFF\0\0\0\0WAVEfmt '), 'x', 'audio/wav'],
    ['AVI is not WAV', head('RIFF\0\0\0\0AVI LIST'), 'x', 'application/octet-stream'],
    ['Ogg', head('OggS\0\x02'), 'x', 'audio/ogg'],
    ['WebM', head([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'), 'x', 'video/webm'],
    ['Matroska is not WebM', head([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), 'x.webm', 'application/octet-stream'],
    ['JPEG', head([0xff, 0xd8, 0xff, 0xe0]), 'x', 'image/jpeg'],
    ['PNG', head('\x89PNG\r\n\x1a\n'), 'x', 'image/png'],
    ['TIFF (Intel)', head('II*\0'), 'x', 'image/tiff'],
    ['TIFF (Motorola)', head('MM\0*'), 'x', 'image/tiff'],
    ['PDF', head('%PDF-1.7'), 'x', 'application/pdf'],
    ['an MP3 without a tag, by its name', head('junk before the first frame'), 'talk.mp3', 'audio/mpeg'],
    ['HTML named .png', head('<html><script>'), 'photo.png', 'application/octet-stream'],
    ['HTML named .pdf', head('<html>'), 'scan.pdf', 'application/octet-stream'],
    ['a PDF named .mp3', head('%PDF-1.4'), 'song.mp3', 'application/pdf'],
    ['nothing at all', Buffer.alloc(0), 'empty', 'application/octet-stream'],
  ])('%s → %s', (_, bytes, name, type) => {
    expect(mediaTypeOf(bytes, name)).toBe(type);
  });
});

describe('attachmentDisplayName', () => {
  it.each([
    ['', '/home/me/Recordings/interview.mp3', 'interview.mp3'],
    ['  Day 1 ', '/x/y.mp3', 'Day 1'],
    ['../../etc/passwd', '/x/y', 'passwd'],
    ['C:\\Users\\me\\scan.tif', '/x/y', 'scan.tif'],
    ['\u0000\u0001', '/x/fallback.pdf', 'fallback.pdf'],
    ['..', '/x/..', 'Attached file'],
    ['line\nbreak', '/x', 'line break'],
    ['Свідчення №1.mp3', '/x', 'Свідчення №1.mp3'],
    ['شهادة.wav', '/x', 'شهادة.wav'],
  ])('%j (from %s) → %j', (given, file, name) => {
    expect(attachmentDisplayName(given, file)).toBe(name);
  });

  it('keeps the extension of an over-long name and never cuts a character in two', () => {
    const name = attachmentDisplayName(`${'😀'.repeat(300)}.wav`, '/x');
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('….wav')).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
