import type { CSSProperties } from 'react';
import type { Passage, ThemeRef } from '../../../../shared/model/themes';

/** How many stripes and tints a stretch of text shows at most; the tooltip and panel list all. */
const MAX_STRIPES = 4;
const MAX_TINTS = 3;

/** The distinct themes of the passages covering a stretch, in the passages' order. */
export function themesOf(passages: readonly Passage[]): ThemeRef[] {
  const seen = new Map<string, ThemeRef>();
  for (const p of passages) for (const t of p.themes) if (!seen.has(t.id)) seen.set(t.id, t);
  return [...seen.values()];
}

function safeColour(c: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(c) ? c : '#475569';
}

/**
 * A coded stretch: a light tint per covering passage (so overlaps read darker) and one underline
 * stripe per theme, stacked below the text, so colour is never the only cue and layers stay visible.
 */
export function codeStyle(passages: readonly Passage[]): CSSProperties {
  const themes = themesOf(passages);
  const tints = passages.slice(0, MAX_TINTS).map((p) => {
    const c = safeColour(p.themes[0]?.colour ?? '#475569');
    return `linear-gradient(${c}24, ${c}24)`;
  });
  const stripes = themes.slice(0, MAX_STRIPES).map((t, i) => `0 ${(i + 1) * 3}px 0 ${safeColour(t.colour)}`);
  return { backgroundImage: tints.join(', '), boxShadow: stripes.join(', ') };
}

/** Words for a coded stretch: "Trust in police; Apology". */
export function themeNames(passages: readonly Passage[]): string {
  return themesOf(passages)
    .map((t) => t.label)
    .join('; ');
}
