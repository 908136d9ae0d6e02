/**
 * A size as people read it, the one rule for the app, the engine's messages and the exports'
 * summaries: "512 bytes", "1.5 KB", "48 MB", "2.1 GB" (1 KB = 1,024 bytes, as file managers count,
 * so limits such as 50 MB read as round figures). One decimal for small figures, none where it
 * adds nothing.
 */

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes.toLocaleString('en')} bytes`;
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value).toLocaleString('en');
  return `${shown} ${UNITS[unit]}`;
}
