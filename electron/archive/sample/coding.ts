import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { codeInput, segmentInput, type TextRange } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { requireCodable } from '../coding/checks';
import { codeFields, codingBatch, createPassage, segmentFields } from '../coding/passageWrites';
import { tagTestimony } from '../coding/tags';

/**
 * The sample archive's coding (resources/sample/coding.json): per testimony file number, the
 * themes of the whole testimony, segments and coded passages, placed by quoting the transcript
 * and naming themes by preferred label. Applied through the coding services (checked, audited).
 * A quote or label that cannot be found is a loud error naming the file, so drift is caught.
 */

const labels = z.array(z.string().min(1)).default([]);
const sampleCode = z.object({ quote: z.string().min(1), occurrence: z.number().int().min(0).default(0), themes: labels, note: z.string().default('') });
const sampleSegment = z
  .object({
    quote: z.string().min(1).optional(),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    occurrence: z.number().int().min(0).default(0),
    themes: labels,
  })
  .passthrough();
const sampleCoding = z.object({
  testimonies: z.record(z.string().regex(/^\d{3}$/), z.object({ themes: labels, segments: z.array(sampleSegment).default([]), codes: z.array(sampleCode).default([]) })),
});

/** Where the `occurrence`-th (0-based) copy of `quote` starts, searching from `from`; -1 if absent. */
function nth(text: string, quote: string, occurrence: number, from = 0): number {
  let at = from - 1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

type TestimonyCoding = z.output<typeof sampleCoding>['testimonies'][string];
type ThemeByLabel = (label: string, where: string) => string;

/** One testimony's segments, then codes, then whole-testimony themes, re-indexed once. */
function applyCoding(ctx: Ctx, number: string, id: string, coding: TestimonyCoding, themeId: ThemeByLabel): void {
  const where = `testimonies/${number}.txt`;
  const testimony = requireCodable(ctx.db, id);
  const text = testimony.transcript;
  const range = (start: number, end: number, what: string): TextRange => {
    if (start < 0 || end <= start) throw new Error(`Sample coding for ${where}: ${what} is not in the transcript.`);
    return { start, end, quote: text.slice(start, end) };
  };
  const themes = (list: string[]) => list.map((l) => themeId(l, where));
  codingBatch(ctx, id, () => {
    for (const s of coding.segments) {
      const start = nth(text, s.quote ?? s.from ?? '', s.occurrence);
      const endText = s.quote ? '' : (s.to ?? '');
      const endAt = s.quote ? start + s.quote.length : start < 0 ? -1 : text.indexOf(endText, start);
      const data = segmentInput.parse({ ...s, themeIds: themes(s.themes) });
      createPassage(ctx, testimony, 'segment', range(start, endAt < 0 ? -1 : endAt + endText.length, `the segment “${data.title}”`), segmentFields(data));
    }
    for (const c of coding.codes) {
      const start = nth(text, c.quote, c.occurrence);
      const data = codeInput.parse({ themeIds: themes(c.themes), note: c.note });
      createPassage(ctx, testimony, 'code', range(start, start < 0 ? -1 : start + c.quote.length, `the quote “${c.quote.slice(0, 60)}”`), codeFields(data));
    }
    for (const label of coding.themes) tagTestimony(ctx, id, themeId(label, where), '');
  });
}

export function loadSampleCoding(ctx: Ctx, dir: string, testimonyIds: ReadonlyMap<string, string>): void {
  const file = path.join(dir, 'coding.json');
  if (!existsSync(file)) return;
  const spec = sampleCoding.parse(JSON.parse(readFileSync(file, 'utf8')));
  const themeId: ThemeByLabel = (name, where) => {
    const rows = ctx.db.prepare('SELECT id FROM themes WHERE label = ? AND merged_into IS NULL').all(name) as { id: string }[];
    if (rows.length !== 1) throw new Error(`Sample coding for ${where}: ${rows.length === 0 ? 'no' : 'more than one'} theme labelled “${name}” in the thesaurus.`);
    return (rows[0] as { id: string }).id;
  };
  for (const [number, coding] of Object.entries(spec.testimonies)) {
    const id = testimonyIds.get(number);
    if (!id) throw new Error(`Sample coding refers to testimonies/${number}.txt, which is not a sample testimony.`);
    applyCoding(ctx, number, id, coding, themeId);
  }
}
