/**
 * A file name made from user data (an attachment's name, a reference code) that every file system
 * accepts and that cannot step out of the folder it is written into: no path separators, so no
 * `..` traversal; no control or invisible formatting characters (a right-to-left override can
 * disguise `exe.txt`); none of the characters Windows refuses; not a name Windows reserves for a
 * device (`CON`, `nul.txt`, `COM1.wav` — with any extension, as Windows treats them); no leading
 * dot (a hidden file, or `..`) and no trailing dot or space (Windows drops them silently); at most
 * 120 bytes of UTF-8, cut in the name and never in the extension or inside a character.
 */

export const MAX_NAME_BYTES = 120;

const REPLACEMENT = '_';
/** Windows' forbidden characters, both slashes, control characters and invisible format characters. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** An extension worth keeping when cutting a long name: short, letters and digits only. */
const EXTENSION = /\.[\p{L}\p{N}]{1,12}$/u;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** `s` cut to at most `max` bytes of UTF-8, whole characters only. */
function cutToBytes(s: string, max: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = bytes(ch);
    if (used + n > max) break;
    out += ch;
    used += n;
  }
  return out;
}

/** Leading dots and spaces, trailing dots and spaces: gone. */
const trimEnds = (s: string) => s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');

/**
 * The name made safe, or `fallback` (itself safe) when nothing usable is left. The same name
 * always gives the same answer, so callers that need unique names number duplicates themselves.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  let s = trimEnds(name.normalize('NFC').replace(UNSAFE, REPLACEMENT).replace(/\s+/gu, ' '));
  if (s.replace(/[._\s]/g, '') === '') s = '';
  const stem = s.split('.')[0]?.trim() ?? '';
  if (RESERVED.test(stem)) s = `${REPLACEMENT}${s}`;
  if (bytes(s) > MAX_NAME_BYTES) {
    const ext = EXTENSION.exec(s)?.[0] ?? '';
    s = trimEnds(`${trimEnds(cutToBytes(s.slice(0, s.length - ext.length), MAX_NAME_BYTES - bytes(ext)))}${ext}`);
  }
  return s === '' ? (fallback === '' ? 'file' : safeFileName(fallback, 'file')) : s;
}
