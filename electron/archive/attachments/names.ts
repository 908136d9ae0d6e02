/**
 * An attachment's name as people read it: the name given, else the file's own name, never a path.
 * Folders are cut off (either separator: a name may come from Windows), control and bidirectional
 * formatting characters are removed (a right-to-left override can make "exe.mp3" read "3pm.exe"),
 * runs of white space become one space, and a name longer than 255 characters keeps its end (the
 * extension says what the file is) and loses the middle of its stem.
 */

export const NAME_MAX = 255;
const FALLBACK = 'Attached file';

// C0 and C1 controls, and the Unicode formatting characters that reorder or hide text.
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

function clean(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // Tabs and line breaks separate words: they become spaces; every other control goes.
  return base.replace(/\s+/g, ' ').replace(UNWANTED, '').replace(/ {2,}/g, ' ').trim();
}

function shorten(name: string): string {
  const chars = [...name]; // by code point: a name is never cut inside a character
  if (chars.length <= NAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  if (ext.length === 0 || ext.length > 16) return chars.slice(0, NAME_MAX).join('');
  return `${chars.slice(0, NAME_MAX - ext.length - 1).join('')}…${ext.join('')}`;
}

/** The display name of an attachment: `given` when it holds one, else the base name of `filePath`. */
export function attachmentDisplayName(given: string, filePath: string): string {
  const name = clean(given) || clean(filePath);
  return name === '' || name === '.' || name === '..' ? FALLBACK : shorten(name);
}
