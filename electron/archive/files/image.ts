/**
 * What kind of picture a file is, and its size in pixels, read from its header alone: the PNG
 * IHDR chunk, or the JPEG frame header (a SOFn segment, found by walking the segments; EXIF and
 * ICC blocks before it can run to hundreds of kilobytes, so the walk reads only what it needs).
 */

export interface ImageInfo {
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/** Reads up to `length` bytes at `position`; fewer at the end of the data. */
export type ReadAt = (position: number, length: number) => Buffer;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** Markers that stand alone, without a length: TEM, RST0–7, SOI. */
const isStandalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd8);

function png(read: ReadAt): ImageInfo | null {
  const head = read(0, 24);
  if (head.length < 24 || !head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = head.readUInt32BE(16);
  const height = head.readUInt32BE(20);
  return width > 0 && height > 0 ? { mediaType: 'image/png', width, height } : null;
}

function jpeg(read: ReadAt, size: number): ImageInfo | null {
  const soi = read(0, 3);
  if (soi.length < 3 || soi[0] !== 0xff || soi[1] !== 0xd8 || soi[2] !== 0xff) return null;
  let pos = 2;
  // A bound on the walk: a damaged file must not loop.
  for (let segments = 0; segments < 10_000 && pos + 4 <= size; segments++) {
    const head = read(pos, 4);
    if (head.length < 4 || head[0] !== 0xff) return null;
    const marker = head[1] as number;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (isStandalone(marker)) {
      pos += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data, before any frame header
    const length = head.readUInt16BE(2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      const frame = read(pos + 4, 5);
      if (frame.length < 5) return null;
      const height = frame.readUInt16BE(1);
      const width = frame.readUInt16BE(3);
      return width > 0 && height > 0 ? { mediaType: 'image/jpeg', width, height } : null;
    }
    pos += 2 + length;
  }
  return null;
}

/** The picture a file holds, through a positional reader; null when it is not a readable JPEG or PNG. */
export function detectImageAt(read: ReadAt, size: number): ImageInfo | null {
  return png(read) ?? jpeg(read, size);
}

/** The same for bytes already in memory. */
export function detectImage(buffer: Buffer): ImageInfo | null {
  return detectImageAt((position, length) => buffer.subarray(position, position + length), buffer.length);
}
