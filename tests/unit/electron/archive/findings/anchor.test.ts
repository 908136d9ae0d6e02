import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../../../electron/archive/findings/anchor';

const T = 'The trucks came late. The trucks came forty-one minutes later.';

describe('locateQuote: where cited words stand in a transcript today', () => {
  it.each([
    ['unchanged', T, 4, 10, 'trucks', { state: 'ok', start: 4, end: 10 }],
    ['words added before it', `Yes. ${T}`, 4, 10, 'trucks', { state: 'moved', start: 9, end: 15 }],
    ['found once elsewhere', 'Later, the fire.', 0, 5, 'fire', { state: 'moved', start: 11, end: 15 }],
    ['several copies: the nearest to the old place', T, 20, 26, 'trucks', { state: 'moved', start: 26, end: 32 }],
    ['several copies: nearest before it', T, 8, 14, 'trucks', { state: 'moved', start: 4, end: 10 }],
    ['edited away', 'Nothing of it is left.', 4, 10, 'trucks', { state: 'missing', start: 4, end: 10 }],
    ['the transcript emptied', '', 4, 10, 'trucks', { state: 'missing', start: 4, end: 10 }],
    ['offsets past the end', 'trucks', 40, 46, 'trucks', { state: 'moved', start: 0, end: 6 }],
    ['a case change is not the same words', 'THE TRUCKS', 4, 10, 'TRUCKS'.toLowerCase(), { state: 'missing', start: 4, end: 10 }],
    ['UTF-16 offsets after an emoji and accents', '🔥 Ñandú said: no bunk', 14, 21, 'no bunk', { state: 'moved', start: 15, end: 22 }],
    ['an empty quote is never found', T, 0, 0, '', { state: 'missing', start: 0, end: 0 }],
  ])('%s', (_, text, start, end, quote, expected) => {
    expect(locateQuote(text, start, end, quote)).toEqual(expected);
  });
});
