import { describe, expect, it } from 'vitest';
import { mergeSpans, redactSpan, REDACTED } from '../../../../../electron/archive/publish/redact';

const TEXT = 'The officer, Sergeant Hale, struck him twice.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('redactSpan', () => {
  it('replaces a redacted span of the whole text with one marker', () => {
    expect(redactSpan(TEXT, 0, [at('Sergeant Hale')])).toBe(`The officer, ${REDACTED}, struck him twice.`);
  });

  it('merges overlapping and touching spans into one marker, in any order', () => {
    const spans = [at('Hale, struck'), at('Sergeant Hale'), { start: at('him').start - 1, end: at('him').end }, at(' twice')];
    expect(redactSpan(TEXT, 0, spans)).toBe(`The officer, ${REDACTED}.`);
    expect(redactSpan(TEXT, 0, [at('Sergeant'), at('twice')])).toBe(`The officer, ${REDACTED} Hale, struck him ${REDACTED}.`);
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 3, end: 5 }, { start: 10, end: 12 }, { start: 11, end: 11 }])).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 12 },
    ]);
  });

  it('works on an excerpt that starts inside the transcript, cutting spans at its edges', () => {
    const start = TEXT.indexOf('Sergeant');
    const excerpt = TEXT.slice(start, TEXT.indexOf(' twice'));
    expect(excerpt).toBe('Sergeant Hale, struck him');
    // A span beginning before the excerpt and one running past its end.
    expect(redactSpan(excerpt, start, [{ start: 4, end: TEXT.indexOf(' Hale') }, { start: TEXT.indexOf('him'), end: TEXT.length }])).toBe(`${REDACTED} Hale, struck ${REDACTED}`);
    // Spans wholly outside the excerpt change nothing.
    expect(redactSpan(excerpt, start, [at('The'), at('twice.')])).toBe(excerpt);
  });

  it('leaves the text alone without spans, and redacts all of it when a span covers it', () => {
    expect(redactSpan(TEXT, 0, [])).toBe(TEXT);
    expect(redactSpan('struck', 27, [{ start: 0, end: 1000 }])).toBe(REDACTED);
    expect(redactSpan('', 10, [{ start: 0, end: 1000 }])).toBe('');
  });

  it('ignores empty and reversed spans', () => {
    expect(redactSpan(TEXT, 0, [{ start: 4, end: 4 }, { start: 10, end: 2 }])).toBe(TEXT);
  });
});
