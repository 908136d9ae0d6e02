import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { reportInput, sectionInput } from '../../../shared/model/reports';
import { parseMarkdown } from '../../../shared/report/markdown';
import type { Ctx } from '../context';
import { createReport } from '../reports/mutations';
import { findQuote } from '../reports/resolve';
import { addSection, saveSection } from '../reports/sections';

/**
 * The sample archive's report (resources/sample/report.json), created through the same services as
 * the router's handlers: the report, its first section saved over the empty "Introduction", the
 * others added after it. A body may be written as an array of lines. Embed lines name records the
 * way the sample files do, and are rewritten to the lines the editor writes:
 *   {{finding F-001}}            → {{finding <its id>}}
 *   {{recommendation 3}}         → {{recommendation <its id>}}
 *   {{excerpt 001 "words"}}      → {{excerpt <reference code of testimonies/001> "words"}}
 * A line that names a record not loaded, quotes words not in the transcript or does not parse stops
 * the load with a message naming the section.
 */

const body = z.union([z.string(), z.array(z.string()).transform((lines) => lines.join('\n'))]);
const sampleReport = reportInput.extend({ sections: z.array(z.object({ title: z.string(), body })).min(1) });

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

/** The body with the sample's embed names turned into record ids and reference codes. */
function rewrite(ctx: Ctx, text: string, testimonyIds: ReadonlyMap<string, string>, where: string): string {
  const one = (sql: string, key: string | number, what: string): string => {
    const value = ctx.db.prepare(sql).pluck().get(key) as string | undefined;
    if (value === undefined) throw new Error(`${where} embeds ${what}, which the sample does not have`);
    return value;
  };
  return text
    .replace(/^(\s*)\{\{finding ([^\s}]+)\}\}/gm, (_, indent: string, ref: string) => `${indent}{{finding ${one('SELECT id FROM findings WHERE ref = ?', ref, `finding ${ref}`)}}}`)
    .replace(/^(\s*)\{\{recommendation (\d+)\}\}/gm, (_, indent: string, n: string) => `${indent}{{recommendation ${one('SELECT id FROM recommendations WHERE number = ?', Number(n), `recommendation ${n}`)}}}`)
    .replace(/^(\s*)\{\{excerpt (\d{3}) /gm, (_, indent: string, file: string) => {
      const id = testimonyIds.get(file);
      if (!id) throw new Error(`${where} quotes testimony ${file}, which the sample does not have`);
      return `${indent}{{excerpt ${one('SELECT ref FROM testimonies WHERE id = ?', id, `testimony ${file}`)} `;
    });
}

/** Every embed of the body parses, and every excerpt's words are in its transcript. */
function check(ctx: Ctx, text: string, where: string): void {
  for (const block of parseMarkdown(text).blocks) {
    if (block.kind !== 'embed') continue;
    if (!block.embed.ok) throw new Error(`${where}: ${block.line}: ${block.embed.problem}`);
    const embed = block.embed.embed;
    if (embed.kind !== 'excerpt') continue;
    const transcript = ctx.db.prepare('SELECT x.transcript FROM testimonies t JOIN testimony_texts x ON x.testimony_id = t.id WHERE t.ref = ?').pluck().get(embed.ref) as string | undefined;
    if (transcript === undefined || !findQuote(transcript, embed.quote)) throw new Error(`${where}: the words “${embed.quote}” are not in the transcript of ${embed.ref}`);
  }
}

export function loadSampleReport(ctx: Ctx, dir: string, testimonyIds: ReadonlyMap<string, string>): number {
  const file = path.join(dir, 'report.json');
  if (!existsSync(file)) return 0;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`The sample archive file ${file} cannot be read: ${(e as Error).message}`);
  }
  const parsed = sampleReport.safeParse(json);
  if (!parsed.success) throw new Error(`The sample archive file ${file} is not valid: ${issues(parsed.error)}`);
  const { sections, ...data } = parsed.data;
  const report = createReport(ctx, data);
  let after = report.sections[0];
  for (const [i, raw] of sections.entries()) {
    const where = `Sample report section ${i + 1} (${raw.title})`;
    const section = sectionInput.safeParse({ title: raw.title, body: rewrite(ctx, raw.body, testimonyIds, where) });
    if (!section.success) throw new Error(`${where} is not valid: ${issues(section.error)}`);
    check(ctx, section.data.body, where);
    if (!after) throw new Error('A new report has no first section');
    const saved = i === 0 ? saveSection(ctx, report.id, after.id, after.version, section.data) : addSection(ctx, report.id, after.id, section.data);
    after = saved.sections[i];
  }
  return 1;
}
