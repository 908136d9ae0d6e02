import { describe, expect, it } from 'vitest';
import { checkRefPattern, formatRef, refSortKey } from '../../../../shared/model/refCode';
import { parseDuration, formatDuration } from '../../../../shared/model/duration';
import { foldText } from '../../../../shared/model/text';

describe('reference code patterns', () => {
  it('formats year and padded sequence', () => {
    expect(formatRef('TRC-{YYYY}-{NNNN}', 2026, 42)).toBe('TRC-2026-0042');
    expect(formatRef('MTRC/{NNNNNN}', 2026, 7)).toBe('MTRC/000007');
    expect(formatRef('T{NN}', 2026, 123)).toBe('T123');
  });

  it('sorts codes by their numbers, not their characters', () => {
    const refs = ['TRC-2026-10000', 'trc-2026-0002', 'TRC-2026-9999', 'TRC-2025-0100', 'A7'];
    expect([...refs].sort((a, b) => refSortKey(a).localeCompare(refSortKey(b)))).toEqual(['A7', 'TRC-2025-0100', 'trc-2026-0002', 'TRC-2026-9999', 'TRC-2026-10000']);
  });

  it.each([
    ['', '1–40'],
    ['TRC-{YYYY}', 'exactly one sequence'],
    ['{NN}-{NNN}', 'exactly one sequence'],
    ['TRC-{DD}-{NNNN}', 'Only {YYYY}'],
    ['TRC {NNNN}', 'letters, digits'],
    ['../{NNNN}', null],
    ['x'.repeat(41), '1–40'],
  ])('checks pattern %j', (pattern, problem) => {
    const r = checkRefPattern(pattern);
    if (problem === null) expect(r).toBeNull();
    else expect(r).toContain(problem);
  });
});

describe('durations and folding', () => {
  it('parses and formats durations', () => {
    expect(parseDuration('1:24:30')).toBe(5070);
    expect(parseDuration('84:30')).toBe(5070);
    expect(parseDuration('90 min')).toBe(5400);
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('1:99:00')).toContain('not a duration');
    expect(formatDuration(5070)).toBe('1:24:30');
  });

  it('folds case and diacritics but keeps other scripts', () => {
    expect(foldText('Ñandú')).toBe('nandu');
    expect(foldText('NIEUWOUDT')).toBe('nieuwoudt');
    expect(foldText('Мирошниченко')).toBe('мирошниченко');
    expect(foldText('Παπαδόπουλος')).toBe('παπαδοπουλος');
  });
});
