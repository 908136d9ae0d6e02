import { describe, expect, it } from 'vitest';
import { detectImage } from '../../../../../electron/archive/files/store';
import { gif, jpeg, png } from './pictures';

describe('detectImage', () => {
  it('reads the size of a PNG from its IHDR chunk', () => {
    expect(detectImage(png(640, 480))).toEqual({ mediaType: 'image/png', width: 640, height: 480 });
  });

  it('reads the size of a JPEG from its frame header, past long EXIF blocks', () => {
    expect(detectImage(jpeg(4032, 3024))).toEqual({ mediaType: 'image/jpeg', width: 4032, height: 3024 });
    expect(detectImage(jpeg(1200, 800, 300_000))).toEqual({ mediaType: 'image/jpeg', width: 1200, height: 800 });
  });

  it.each([
    ['a GIF', gif()],
    ['nothing', Buffer.alloc(0)],
    ['text', Buffer.from('not a picture at all, just words')],
    ['a PNG signature alone', png(10, 10).subarray(0, 12)],
    ['a PNG of zero width', (() => { const b = png(10, 10); b.writeUInt32BE(0, 16); return b; })()],
    ['a JPEG cut before its frame header', jpeg(100, 100, 70_000).subarray(0, 50_000)],
    ['a JPEG start marker alone', Buffer.from([0xff, 0xd8, 0xff])],
    ['a JPEG whose segment length is broken', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01, 0, 0])],
    ['a JPEG that reaches its scan with no frame header', Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x04, 0, 0, 0xff, 0xd9])],
    ['random bytes after a JPEG start', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5000, 0x5a)])],
  ])('answers null for %s', (_, bytes) => {
    expect(detectImage(bytes)).toBeNull();
  });
});
