import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { findingInput, recommendationInput, statusEntryInput } from '../../../shared/model/findings';
import type { Ctx } from '../context';
import { cite } from '../findings/citations';
import { createFinding } from '../findings/mutations';
import { createRecommendation } from '../recommendations/mutations';
import { addStatus } from '../recommendations/status';

/**
 * The sample archive's findings and recommendations (resources/sample/findings.json), created
 * through the same services as the router's handlers. Citations name a testimony by its file
 * number and quote its transcript exactly; the span is found here, so a transcript edited without
 * updating this file stops the load with a message naming the finding. Themes are named by their
 * preferred label, findings of a recommendation by reference code. A recommendation's history
 * starts with "not started" (its first entry); the others are added in order.
 */

const labels = z.array(z.string().min(1)).default([]);
const sampleFile = z.object({
  findings: z
    .array(
      z
        .object({
          themes: labels,
          citations: z.array(z.object({ testimony: z.string().regex(/^\d{3}$/), quote: z.string().min(1), occurrence: z.number().int().min(0).default(0), note: z.string().default('') })).default([]),
        })
        .passthrough(),
    )
    .default([]),
  recommendations: z
    .array(z.object({ themes: labels, findings: labels, history: z.array(statusEntryInput).min(1) }).passthrough())
    .default([]),
});

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

/** Runs one step; a refusal becomes an error that names what was being loaded. */
function step<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new Error(`Sample ${what}: ${(e as Error).message}`);
  }
}

/** Where the `occurrence`-th (0-based) copy of `quote` starts; -1 if absent. */
function nth(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function loadSampleFindings(ctx: Ctx, dir: string, testimonyIds: ReadonlyMap<string, string>): { findings: number; recommendations: number } {
  const file = path.join(dir, 'findings.json');
  if (!existsSync(file)) return { findings: 0, recommendations: 0 };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`The sample archive file ${file} cannot be read: ${(e as Error).message}`);
  }
  const spec = sampleFile.safeParse(json);
  if (!spec.success) throw new Error(`The sample archive file ${file} is not valid: ${issues(spec.error)}`);

  const themeId = (label: string, where: string): string => {
    const rows = ctx.db.prepare('SELECT id FROM themes WHERE label = ? AND merged_into IS NULL').pluck().all(label) as string[];
    if (rows.length !== 1) throw new Error(`Sample ${where}: ${rows.length === 0 ? 'no' : 'more than one'} theme labelled “${label}” in the thesaurus.`);
    return rows[0] as string;
  };
  const transcript = ctx.db.prepare('SELECT transcript FROM testimony_texts WHERE testimony_id = ?').pluck();

  const findingIds = new Map<string, string>();
  spec.data.findings.forEach((raw, i) => {
    const data = findingInput.safeParse({ ...raw, themeIds: raw.themes.map((l) => themeId(l, `finding ${i + 1}`)) });
    if (!data.success) throw new Error(`Sample finding ${i + 1} is not valid: ${issues(data.error)}`);
    const finding = step(`finding ${i + 1}`, () => createFinding(ctx, data.data));
    findingIds.set(finding.ref, finding.id);
    for (const c of raw.citations) {
      const testimonyId = testimonyIds.get(c.testimony);
      if (!testimonyId) throw new Error(`Sample finding ${finding.ref} cites an unknown testimony "${c.testimony}"`);
      const text = (transcript.get(testimonyId) as string | undefined) ?? '';
      const start = nth(text, c.quote, c.occurrence);
      if (start < 0) throw new Error(`Sample finding ${finding.ref}: the quote “${c.quote.slice(0, 60)}” is not in testimonies/${c.testimony}.txt`);
      step(`finding ${finding.ref}`, () => cite(ctx, finding.id, { testimonyId, start, end: start + c.quote.length, note: c.note }));
    }
  });

  spec.data.recommendations.forEach((raw, i) => {
    const where = `recommendation ${i + 1}`;
    const data = recommendationInput.safeParse({
      ...raw,
      themeIds: raw.themes.map((l) => themeId(l, where)),
      findingIds: raw.findings.map((ref) => {
        const id = findingIds.get(ref);
        if (!id) throw new Error(`Sample ${where} rests on an unknown finding "${ref}"`);
        return id;
      }),
    });
    if (!data.success) throw new Error(`Sample ${where} is not valid: ${issues(data.error)}`);
    const [first, ...rest] = raw.history;
    if (first?.status !== 'not_started') throw new Error(`Sample ${where}: its history must start with "not_started"`);
    const created = step(where, () => createRecommendation(ctx, data.data, first.assessedBy, first.date));
    for (const entry of rest) step(`${where} (${entry.status} on ${entry.date})`, () => addStatus(ctx, created.id, entry));
  });
  return { findings: spec.data.findings.length, recommendations: spec.data.recommendations.length };
}
