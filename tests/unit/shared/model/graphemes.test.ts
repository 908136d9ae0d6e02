import { describe, expect, it } from 'vitest';
import { boundaryAtOrBefore, isGraphemeBoundary, snapOut } from '../../../../shared/model/graphemes';

const nfdNguyen = 'Nguye\u0302\u0303n'; // "Nguyễn" with combining circumflex and tilde
const zoe = 'Zoe\u0308'; // "Zoë" NFD

describe('grapheme boundaries', () => {
  it('allows the ends of the text and the gaps between plain letters', () => {
    expect(isGraphemeBoundary('abc', 0)).toBe(true);
    expect(isGraphemeBoundary('abc', 1)).toBe(true);
    expect(isGraphemeBoundary('abc', 3)).toBe(true);
    expect(isGraphemeBoundary('', 0)).toBe(true);
  });

  it('refuses a place between a letter and its combining marks', () => {
    expect(isGraphemeBoundary(nfdNguyen, 4)).toBe(true); // before "e"
    expect(isGraphemeBoundary(nfdNguyen, 5)).toBe(false); // between e and ̂
    expect(isGraphemeBoundary(nfdNguyen, 6)).toBe(false); // between ̂ and ̃
    expect(isGraphemeBoundary(nfdNguyen, 7)).toBe(true); // before "n"
    expect(isGraphemeBoundary(zoe, 3)).toBe(false);
  });

  it('refuses a place inside a surrogate pair or an emoji sequence', () => {
    const text = 'a𝒜b👩‍👩‍👧c𠀀';
    expect(isGraphemeBoundary(text, 2)).toBe(false); // inside 𝒜
    expect(isGraphemeBoundary(text, 3)).toBe(true);
    const family = text.indexOf('👩');
    expect(isGraphemeBoundary(text, family)).toBe(true);
    expect(isGraphemeBoundary(text, family + 2)).toBe(false); // after the first woman, before the joiner
    expect(isGraphemeBoundary(text, text.indexOf('c'))).toBe(true);
    expect(isGraphemeBoundary(text, text.length - 1)).toBe(false); // inside 𠀀 (CJK extension B)
  });

  it('widens a range outward to whole graphemes, and leaves a good one alone', () => {
    expect(snapOut(nfdNguyen, 5, 6)).toEqual({ start: 4, end: 7 });
    expect(snapOut(nfdNguyen, 0, 4)).toEqual({ start: 0, end: 4 });
    expect(snapOut(`${zoe} et Max`, 0, 3)).toEqual({ start: 0, end: 4 });
    expect(snapOut('a𝒜b', 2, 3)).toEqual({ start: 1, end: 3 });
    expect(snapOut('abc', 2, 2)).toEqual({ start: 2, end: 2 });
    expect(snapOut('a𝒜b', 2, 2)).toEqual({ start: 1, end: 1 });
    expect(boundaryAtOrBefore('a𝒜b', 2)).toBe(1);
    expect(boundaryAtOrBefore('a𝒜b', 9)).toBe(4);
  });

  it('looks only near the index, so a long text costs no more than a short one to check', () => {
    const long = `${'word '.repeat(200_000)}${nfdNguyen}${' word'.repeat(200_000)}`;
    const at = long.indexOf('Nguy');
    expect(isGraphemeBoundary(long, at + 5)).toBe(false);
    expect(isGraphemeBoundary(long, at + 7)).toBe(true);
    expect(snapOut(long, at + 5, at + 6)).toEqual({ start: at + 4, end: at + 7 });
  });
});
