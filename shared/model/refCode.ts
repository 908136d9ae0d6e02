/**
 * Reference-code patterns such as "TRC-{YYYY}-{NNNN}": {YYYY} is the year, a run of N inside
 * braces is the sequence number padded to that many digits. Exactly one sequence is required.
 */
export const DEFAULT_REF_PATTERN = 'TRC-{YYYY}-{NNNN}';
export const REF_CODE_RE = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,39}$/u;

export function checkRefPattern(pattern: string): string | null {
  if (pattern.length === 0 || pattern.length > 40) return 'A pattern must be 1–40 characters';
  const seq = pattern.match(/\{N+\}/g) ?? [];
  if (seq.length !== 1) return 'A pattern needs exactly one sequence, e.g. {NNNN}';
  const rest = pattern.replace(/\{N+\}|\{YYYY\}/g, '');
  if (/[{}]/.test(rest)) return 'Only {YYYY} and {NNNN} may appear in braces';
  if (!/^[\p{L}\p{N}._\-/]*$/u.test(rest)) return 'Use letters, digits, dots, dashes, underscores and slashes only';
  return null;
}

/** The pattern with the year filled in: the sequence's scope. */
export function refPrefix(pattern: string, year: number): string {
  return pattern.replace('{YYYY}', String(year));
}

/**
 * A key that sorts reference codes as people read them: case-insensitive, and numbers by value,
 * so TRC-2026-9999 comes before TRC-2026-10000.
 */
export function refSortKey(ref: string): string {
  return ref.toLowerCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

export function formatRef(pattern: string, year: number, seq: number): string {
  return refPrefix(pattern, year).replace(/\{(N+)\}/, (_, n: string) => String(seq).padStart(n.length, '0'));
}
