import { crc32, deflateSync, type ZlibOptions } from 'node:zlib';

/** Small real pictures for tests, made in code so no binary fixture drifts from what a test says. */

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG of 8-bit samples: colour type 0 (greyscale) or 2 (truecolour); each of `rows` starts with its filter byte. */
function pngOf(width: number, height: number, colourType: 0 | 2, rows: Buffer, deflate: ZlibOptions = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = colourType;
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, deflate)), chunk('IEND', Buffer.alloc(0))]);
}

/** A valid PNG, width × height, one grey level (vary `shade` for different content). */
export function png(width: number, height: number, shade = 128): Buffer {
  const rows = Buffer.alloc((width + 1) * height, shade);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return pngOf(width, height, 0, rows);
}

/**
 * A valid RGB PNG of noise, width × height: it does not compress, so its size on disk is about
 * width × height × 3 bytes (a camera-sized photo), and every viewer can decode it.
 */
export function noisePng(width: number, height: number, seed = 1): Buffer {
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < rows.length; i++) {
    if (i % stride === 0) continue; // filter: none
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    rows[i] = x & 0xff;
  }
  return pngOf(width, height, 2, rows, { level: 1 });
}

function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/**
 * The header of a baseline JPEG as cameras write it: JFIF, then `appBytes` of EXIF-like APP1
 * segments (each at most 64 KB) before the frame header that holds the size, then a scan.
 */
export function jpeg(width: number, height: number, appBytes = 0): Buffer {
  const parts = [Buffer.from([0xff, 0xd8]), segment(0xe0, Buffer.from('JFIF\0\x01\x02\0\0\x01\0\x01\0\0', 'latin1'))];
  for (let left = appBytes; left > 0; left -= 60_000) parts.push(segment(0xe1, Buffer.alloc(Math.min(left, 60_000), 0x45)));
  parts.push(segment(0xdb, Buffer.alloc(65, 1))); // quantisation table
  const sof = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  parts.push(segment(0xc0, sof), segment(0xc4, Buffer.alloc(20, 0)), segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])), Buffer.from([0x12, 0x34, 0xff, 0xd9]));
  return Buffer.concat(parts);
}

/** A GIF: a picture, but not one Tessera keeps. */
export const gif = (): Buffer => Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
