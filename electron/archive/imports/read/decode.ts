import type { TextEncoding } from '../../../../shared/model/importFields';
import { ImportProblem } from './problem';

/**
 * Bytes → text, in the encoding chosen or detected. Detection ('auto'): a byte order mark; else
 * UTF-16 recognised by its NUL bytes (ASCII-range text in UTF-16 is also valid UTF-8, so this
 * comes first); else valid UTF-8; else Windows-1252, but only when the result reads as text, and
 * the note says it was a guess. Never silent mojibake: what cannot be read as text is refused.
 * Node's TextDecoder (full ICU) provides every decoder (with one correction for Windows-1252, below).
 */

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** How the encoding was settled, for people: "UTF-16 LE (byte order mark)", "UTF-8 (chosen)". */
  note: string;
}

export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

function bomOf(bytes: Buffer): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte order mark: in text, the high byte of most characters (ASCII, Latin,
 * digits, spaces, line breaks even in other scripts) is 0, so NULs fall on one side of each pair
 * and almost never on the other. Binary files have NULs on both sides.
 */
function utf16ByNuls(bytes: Buffer): TextEncoding | null {
  const pairs = Math.floor(Math.min(bytes.length, 65536) / 2);
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const many = Math.max(2, pairs * 0.1);
  const few = pairs * 0.01;
  if (odd >= many && even <= few) return 'utf-16le';
  if (even >= many && odd <= few) return 'utf-16be';
  return null;
}

/** Control characters other than tab, line breaks and form feeds (C0, DEL and C1): what text does not contain. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g; // eslint-disable-line no-control-regex

/** Text, not a binary file: no NUL, and hardly any other control characters in the first megabyte. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const sample = text.slice(0, 1_000_000);
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls <= Math.max(2, sample.length * 0.001);
}

/** Where the first byte that is not UTF-8 stands, as a line number, to point a person at it. */
function lineOfFirstInvalidUtf8(bytes: Buffer): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return line;
    // The second byte's narrower ranges rule out overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return line;
    }
    if (b === 0x0a) line++;
    i += need + 1;
  }
  return line;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG Encoding Standard). Node since 20.18.3 and
 * 22.13 decodes "windows-1252" as Latin-1, giving C1 controls for these bytes (nodejs/node#56542,
 * #60888), so they are mapped here; on a Node that decodes correctly this changes nothing.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((c) => String.fromCharCode(c));

function decode(bytes: Buffer, encoding: TextEncoding, what: string): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c) : text;
  } catch (e) {
    if (e instanceof RangeError) throw new ImportProblem(`${what} is too large to read as text. Split it into smaller files.`);
    return null;
  }
}

const notText = (what: string) => new ImportProblem(`${what} is not a text file (it contains binary data). Check that it is the file you meant, or attach it to a testimony instead.`);

function chosen(bytes: Buffer, encoding: TextEncoding, what: string): Decoded {
  const name = ENCODING_NAMES[encoding];
  const text = decode(bytes, encoding, what);
  if (text === null) {
    const bom = bomOf(bytes) ?? utf16ByNuls(bytes);
    const hint =
      bom && bom !== encoding
        ? `It looks like ${ENCODING_NAMES[bom]}: choose that, or “Detect automatically”.`
        : encoding === 'utf-8'
          ? 'Files saved by older Windows programs are often Windows-1252: choose that encoding.'
          : 'Choose another encoding, or “Detect automatically”.';
    const where = encoding === 'utf-8' ? ` (first at line ${lineOfFirstInvalidUtf8(bytes)})` : '';
    throw new ImportProblem(`${what} is not valid ${name}${where}. ${hint}`);
  }
  if (!looksLikeText(text)) throw notText(what);
  return { text, encoding, note: `${name} (chosen)` };
}

function detected(bytes: Buffer, what: string): Decoded {
  const found = (text: string | null, encoding: TextEncoding, how: string): Decoded | null =>
    text !== null && looksLikeText(text) ? { text, encoding, note: how ? `${ENCODING_NAMES[encoding]} (${how})` : ENCODING_NAMES[encoding] } : null;
  const bom = bomOf(bytes);
  if (bom) {
    const result = found(decode(bytes, bom, what), bom, 'byte order mark');
    if (result) return result;
    throw new ImportProblem(`${what} begins with a ${ENCODING_NAMES[bom]} byte order mark but is not valid ${ENCODING_NAMES[bom]} text. Check that it is the file you meant, or choose its encoding.`);
  }
  const utf16 = utf16ByNuls(bytes);
  const result =
    (utf16 && found(decode(bytes, utf16, what), utf16, 'detected')) ||
    found(decode(bytes, 'utf-8', what), 'utf-8', '') ||
    (bytes.includes(0) ? null : found(decode(bytes, 'windows-1252', what), 'windows-1252', 'detected: not valid UTF-8'));
  if (result) return result;
  throw notText(what);
}

/**
 * Decodes a file's bytes. `what` names the file in messages (“statements.csv”). A byte order mark
 * matching the encoding is dropped from the text.
 */
export function decodeText(bytes: Buffer, choice: 'auto' | TextEncoding, what = 'The file'): Decoded {
  if (bytes.length === 0) return { text: '', encoding: choice === 'auto' ? 'utf-8' : choice, note: choice === 'auto' ? 'UTF-8' : `${ENCODING_NAMES[choice]} (chosen)` };
  return choice === 'auto' ? detected(bytes, what) : chosen(bytes, choice, what);
}
