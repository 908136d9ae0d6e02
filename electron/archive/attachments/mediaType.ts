import path from 'node:path';

/**
 * The media type of an attached file, from its first bytes, so that a recording plays in the
 * testimony view and a scan opens as what it is. The bytes decide wherever the format has a
 * reliable signature; the name is trusted only for formats whose signature may be absent (an MP3
 * without an ID3 tag, an MP4 whose first box is not `ftyp`). Anything else is
 * application/octet-stream: served as a download, never shown inline.
 */

/** How many leading bytes mediaTypeOf looks at. */
export const SNIFF_BYTES = 64;

const ascii = (head: Buffer, start: number, text: string) => head.subarray(start, start + text.length).toString('latin1') === text;

function bySignature(head: Buffer): string | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(head, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (ascii(head, 0, 'II*\0') || ascii(head, 0, 'MM\0*')) return 'image/tiff';
  if (ascii(head, 0, '%PDF-')) return 'application/pdf';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'audio/wav';
  if (ascii(head, 0, 'OggS')) return 'audio/ogg';
  if (ascii(head, 0, 'ID3')) return 'audio/mpeg';
  // An MPEG audio frame: 11 sync bits, then a layer that is not "reserved" (ADTS AAC has layer 0).
  if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0 && (head[1]! & 0x06) !== 0) return 'audio/mpeg';
  if (ascii(head, 4, 'ftyp')) {
    const brand = head.subarray(8, 12).toString('latin1');
    return brand === 'M4A ' || brand === 'M4B ' ? 'audio/mp4' : 'video/mp4';
  }
  // Matroska and WebM share EBML; only WebM (its DocType, within the header) is one browsers play.
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return head.includes('webm', 0, 'latin1') ? 'video/webm' : null;
  return null;
}

/** Formats a file may carry without a signature at its start: the name is believed for these only. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
};

/** The media type of a file from its first bytes (at least SNIFF_BYTES when it has them) and its name. */
export function mediaTypeOf(head: Buffer, name: string): string {
  const signed = bySignature(head);
  const ext = path.extname(name).toLowerCase();
  // An MP4 container holding only sound, named as such (.m4a), is audio.
  if (signed === 'video/mp4' && ext === '.m4a') return 'audio/mp4';
  return signed ?? BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** Types a page may show or play inline (by the type recorded when the file was stored). */
export const INLINE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'audio/ogg',
  'video/mp4',
  'video/webm',
]);
