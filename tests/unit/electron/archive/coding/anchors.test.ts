import { describe, expect, it } from 'vitest';
import { reanchor, type Span } from '../../../../../electron/archive/coding/anchors';

/** A span on the `nth` occurrence (0-based) of `quote` in `text`. */
function span(text: string, quote: string, nth = 0, id = quote): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return { id, start: at, end: at + quote.length, quote, review: '' };
}

const one = (oldText: string, newText: string, s: Span) => reanchor(oldText, newText, [s])[0] as Span;

/** Every non-empty span's quote is the new text there. */
function consistent(newText: string, spans: Span[]): void {
  for (const s of spans) {
    if (s.review === 'deleted') expect(s.start).toBe(s.end);
    else expect(newText.slice(s.start, s.end)).toBe(s.quote);
  }
}

const text = 'They came at night. My brother was taken from the house. We never saw him again.';
const taken = span(text, 'My brother was taken');

describe('re-anchoring after a transcript edit', () => {
  it('shifts a span when text before it changes, and leaves it when text after it changes', () => {
    const before = one(text, `Interviewer: ${text}`, taken);
    expect(before).toMatchObject({ start: taken.start + 13, end: taken.end + 13, quote: taken.quote, review: '' });
    const removedBefore = one(text, text.replace('at night', 'late'), taken);
    expect(removedBefore).toMatchObject({ start: taken.start - 4, quote: taken.quote, review: '' });
    const after = one(text, text.replace('again', 'again, not once'), taken);
    expect(after).toEqual(taken);
  });

  it('grows to include text inserted inside it, without a review flag', () => {
    const r = one(text, text.replace('brother was', 'brother Lucius was'), taken);
    expect(r).toMatchObject({ start: taken.start, quote: 'My brother Lucius was taken', review: '' });
  });

  it('keeps insertions at its very edges outside', () => {
    expect(one(text, text.replace('My brother', 'Then My brother'), taken)).toMatchObject({ quote: taken.quote, start: taken.start + 5 });
    expect(one(text, text.replace('taken', 'taken away'), taken)).toMatchObject({ quote: taken.quote, start: taken.start });
  });

  it('shrinks when part of its text is deleted, and flags it as changed', () => {
    const r = one(text, text.replace('My brother was taken', 'My brother taken'), taken);
    expect(r.review).toBe('changed');
    expect(r.quote.replace(/\s+/g, ' ')).toBe('My brother taken');
  });

  it('takes a replacement of part of its text, flagged as changed', () => {
    const newText = text.replace('was taken', 'was dragged');
    const r = one(text, newText, taken);
    expect(r).toMatchObject({ start: taken.start, quote: 'My brother was dragged', review: 'changed' });
  });

  it('never drops a span whose text is all deleted: empty at the deletion point, old quote kept, flagged deleted', () => {
    const newText = text.replace(' My brother was taken from the house.', '');
    const r = one(text, newText, taken);
    expect(r).toMatchObject({ end: r.start, quote: taken.quote, review: 'deleted' });
    expect(newText.slice(0, r.start).trim()).toBe('They came at night.');
    // Deleting more text later moves the empty span along, still flagged.
    const shorter = newText.replace('They came at night.', 'They came.');
    const later = one(newText, shorter, r);
    expect(later).toMatchObject({ end: later.start, quote: taken.quote, review: 'deleted' });
    expect(shorter.slice(0, later.start).trim()).toBe('They came.');
    // If the same text is put back at that point, it is re-attached for a person to confirm.
    const back = one(newText, text, r);
    expect(back).toMatchObject({ start: taken.start, end: taken.end, quote: taken.quote, review: 'changed' });
  });

  it('never makes a review flag milder', () => {
    const flagged = { ...taken, review: 'changed' as const };
    expect(one(text, `Q. ${text}`, flagged).review).toBe('changed');
  });

  it('counts UTF-16 units through combining marks and astral characters before the span', () => {
    const old = 'Nguyen spoke. Zoe spoke. The officers laughed at us.';
    const s = span(old, 'The officers laughed');
    const edited = old.replace('Nguyen', 'Nguye\u0302\u0303n').replace('Zoe', 'Zoe\u0308').replace('spoke.', 'spoke 😢 about 𝒜 and 𠀀.');
    const r = one(old, edited, s);
    expect(r).toMatchObject({ quote: 'The officers laughed', review: '' });
    expect(edited.slice(r.start, r.end)).toBe('The officers laughed');
  });

  it('takes in a combining mark added right after its last letter, and astral text added inside', () => {
    const old = 'I spoke with Zoe about it.';
    const s = span(old, 'spoke with Zoe');
    const r = one(old, 'I spoke with Zoe\u0308 about it.', s);
    expect(r).toMatchObject({ quote: 'spoke with Zoe\u0308', review: '' });
    const inside = one(old, 'I spoke 🙏 with Zoe about it.', s);
    expect(inside).toMatchObject({ quote: 'spoke 🙏 with Zoe', review: '' });
    // An accent added to a letter inside (Nguyen → Nguyễn, decomposed).
    const n = 'We met Nguyen Duc at the forum.';
    const sn = span(n, 'Nguyen Duc');
    expect(one(n, n.replace('Nguyen', 'Nguye\u0302\u0303n'), sn)).toMatchObject({ quote: 'Nguye\u0302\u0303n Duc', review: '' });
  });

  it('never ends up inside a surrogate pair when an astral character is replaced at its edge', () => {
    const old = 'Signed 𝒜. The end.';
    const s = span(old, 'Signed 𝒜');
    const r = one(old, 'Signed 𝒝. The end.', s);
    expect(r.quote).toBe('Signed 𝒝');
    expect(r.review).toBe('changed');
    const cjk = 'Name: 𠀀𠀁 and more';
    const sc = span(cjk, '𠀁 and');
    const rc = one(cjk, 'Name: 𠀂𠀁 and more', sc);
    expect(rc).toMatchObject({ quote: '𠀁 and', review: '' });
  });

  it('is not confused by a repeated sentence: each span keeps its own occurrence', () => {
    const old = 'Nobody came. We waited. Nobody came. We went home. Nobody came.';
    const spans = [0, 1, 2].map((n) => span(old, 'Nobody came.', n, `s${n}`));
    const edited = old.replace('We waited.', 'We waited all night.').replace('We went home.', 'Home.');
    const r = reanchor(old, edited, spans);
    consistent(edited, r);
    expect(r.map((x) => x.start)).toEqual([0, edited.indexOf('Nobody came.', 1), edited.lastIndexOf('Nobody came.')]);
    expect(r.every((x) => x.review === '')).toBe(true);
  });

  it('moves many spans at once, each consistent with the new text', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: the patrol car stopped at house number ${i * 7}.`);
    const old = paragraphs.join('\n\n');
    const spans = paragraphs.map((p, i) => ({ id: String(i), start: old.indexOf(p), end: old.indexOf(p) + p.length, quote: p, review: '' as const }));
    const edited = paragraphs
      .map((p, i) => (i % 10 === 7 ? p.replace('patrol car', 'unmarked patrol car') : p))
      .filter((_, i) => i % 10 !== 3)
      .join('\n\n');
    const r = reanchor(old, edited, spans);
    consistent(edited, r);
    expect(r.filter((s) => s.review === 'deleted').map((s) => s.id)).toEqual(['3', '13', '23', '33', '43', '53']);
    expect(r.filter((s) => s.quote.includes('unmarked')).map((s) => s.id)).toEqual(['7', '17', '27', '37', '47', '57']);
    expect(r.filter((s) => s.review === '')).toHaveLength(54);
  });

  it('looks for the quote nearest its old place when the diff gives up', () => {
    const old = 'Nobody came. We waited. Nobody came. We went home.';
    const s = span(old, 'Nobody came.', 1);
    const rewritten = 'At first nobody. Nobody came. Later. Then a long wait and still: Nobody came. Home.';
    const r = reanchor(old, rewritten, [s, span(old, 'We waited.')], { maxEditLength: 1, timeout: 1000 });
    expect(r[0]).toMatchObject({ start: rewritten.indexOf('Nobody came.'), quote: 'Nobody came.', review: '' });
    expect(r[1]).toMatchObject({ quote: 'We waited.', review: 'deleted', start: r[1]?.end });
  });

  it('completes on a 1 MB transcript with a small edit', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `Line ${i} of the hearing record, spoken slowly.`).join('\n');
    expect(big.length).toBeGreaterThan(900_000);
    const spans = [span(big, 'Line 10 of'), span(big, 'Line 19999 of')];
    const edited = big.replace('Line 15000 of', 'Line 15000 (inaudible) of');
    const r = reanchor(big, edited, spans);
    expect(r[0]).toMatchObject({ start: spans[0]?.start, review: '' });
    expect(r[1]).toMatchObject({ start: (spans[1]?.start ?? 0) + ' (inaudible)'.length, review: '' });
  });
});
