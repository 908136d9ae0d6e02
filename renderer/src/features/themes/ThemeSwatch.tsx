import type { CSSProperties } from 'react';

/** A theme's colour as a small square; decoration only (the label always goes with it). */
export function ThemeSwatch({ colour, size = 'normal' }: { colour: string; size?: 'normal' | 'large' }) {
  return <span className={`theme-swatch${size === 'large' ? ' theme-swatch--large' : ''}`} style={{ '--theme-colour': colour } as CSSProperties} aria-hidden="true" />;
}

/** A theme as a chip: swatch and label; a link or plain text. */
export function ThemeChipText({ colour, label }: { colour: string; label: string }) {
  return (
    <>
      <ThemeSwatch colour={colour} />
      <span>{label}</span>
    </>
  );
}
