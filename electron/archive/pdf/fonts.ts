import path from 'node:path';
import * as fontkit from 'fontkit';
import { resourcesDir } from '../resources';

/**
 * The fonts every Tessera PDF is set in: Noto Serif and Noto Sans (SIL Open Font License, shipped
 * in resources/fonts with OFL.txt), covering Latin with its diacritics, Greek and Cyrillic. They
 * are always registered and embedded; pdfkit's built-in Helvetica is never used, because it has no
 * Cyrillic or Greek and would print a name as garbage without a word of warning.
 */

export const FONT_FILES = {
  serif: 'NotoSerif-Regular.ttf',
  'serif-bold': 'NotoSerif-Bold.ttf',
  'serif-italic': 'NotoSerif-Italic.ttf',
  'serif-bold-italic': 'NotoSerif-BoldItalic.ttf',
  sans: 'NotoSans-Regular.ttf',
  'sans-bold': 'NotoSans-Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;
export const FONT_NAMES = Object.keys(FONT_FILES) as FontName[];

export function fontPath(name: FontName): string {
  return path.join(resourcesDir(), 'fonts', FONT_FILES[name]);
}

/** Registers every shipped font on a pdfkit document under its family name. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of FONT_NAMES) doc.registerFont(name, fontPath(name));
}

const opened = new Map<FontName, fontkit.Font>();
function font(name: FontName): fontkit.Font {
  let f = opened.get(name);
  if (!f) {
    try {
      f = fontkit.openSync(fontPath(name));
    } catch (e) {
      throw new Error(`Tessera cannot read its font ${fontPath(name)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Reinstall Tessera.`);
    }
    opened.set(name, f);
  }
  return f;
}

/**
 * Characters that are dropped: C0 and C1 controls other than the line break (tabs become spaces
 * first), and invisible formatting characters (soft hyphen, zero-width spaces and joiners, the
 * byte order mark, variation selectors), so that they cannot trip the glyph check or print as boxes.
 */
function dropped(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f) || cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f);
}
/**
 * Every character `dropped` drops (all in the Basic Multilingual Plane). Controls and variation
 * selectors are what it is looking for, so the lint rules against them do not apply.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const MAYBE_DROPPED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]/;

/**
 * Text as it will be printed: composed (NFC, so "ö" typed as o + ¨ prints and extracts as one
 * letter), line breaks as \n, tabs as spaces, and control and invisible formatting characters
 * removed. Every string goes through this before it is checked and before it is drawn.
 */
export function printable(text: string): string {
  const spaced = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  // Most text has nothing to drop: one scan, no copy.
  if (!MAYBE_DROPPED.test(spaced)) return spaced;
  let out = '';
  for (const c of spaced) if (!dropped(c.codePointAt(0) ?? 0)) out += c;
  return out;
}

export interface MissingGlyph {
  codePoint: number;
  char: string;
  /** The fonts that lack it (every one of `fonts` when none can print it). */
  fonts: FontName[];
}

/** The characters of `text` (after `printable`) that some of `fonts` cannot draw, each once. */
export function findMissingGlyphs(text: string, fonts: readonly FontName[] = FONT_NAMES): MissingGlyph[] {
  const lackingOf = lackingIn(fonts);
  const missing = new Map<number, MissingGlyph>();
  for (const char of printable(text)) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x0a || missing.has(cp)) continue;
    let lacking = lackingOf.get(cp);
    if (lacking === undefined) lackingOf.set(cp, (lacking = fonts.filter((f) => !font(f).hasGlyphForCodePoint(cp))));
    if (lacking.length) missing.set(cp, { codePoint: cp, char, fonts: [...lacking] });
  }
  return [...missing.values()];
}

/**
 * The fonts of a set that lack each code point asked about so far. The shipped fonts never change,
 * so each distinct character is looked up once per set, not at every occurrence in every font.
 */
const lackingBySet = new Map<string, Map<number, readonly FontName[]>>();
function lackingIn(fonts: readonly FontName[]): Map<number, readonly FontName[]> {
  const key = fonts.join(' ');
  let m = lackingBySet.get(key);
  if (!m) lackingBySet.set(key, (m = new Map<number, readonly FontName[]>()));
  return m;
}

/** `U+4E2D "中"` */
export function describeChar(m: { codePoint: number; char: string }): string {
  return `U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')} "${m.char}"`;
}

/**
 * Throws when a character of `text` cannot be printed in `fonts`, naming the character and where
 * the text comes from: `Marker M-003, inscription: no font has a glyph for U+4E2D "中"`.
 */
export function checkGlyphs(text: string, where: string, fonts: readonly FontName[] = FONT_NAMES): void {
  const missing = findMissingGlyphs(text, fonts);
  if (missing.length === 0) return;
  const inNone = missing.every((m) => m.fonts.length === fonts.length);
  const shown = missing.slice(0, 5).map(describeChar).join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  const who = inNone ? 'no font has a glyph for' : `the font ${missing[0]?.fonts.join(', ')} has no glyph for`;
  throw new Error(`${where}: ${who} ${shown}${more}. Tessera stops rather than print a name or a word wrongly: change the text, or ask for a font that covers it.`);
}
