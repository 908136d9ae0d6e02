import type Database from 'better-sqlite3';
import type { MdBlock } from '../../../../shared/report/ast';
import type { Embed } from '../../../../shared/report/embeds';
import { parseMarkdown } from '../../../../shared/report/markdown';
import { openReadOnly } from '../../db/readOnly';
import type { JobIO, JobKinds } from '../../jobs/protocol';
import { renderPdf } from '../../pdf/render';
import { today } from '../../publish/policy';
import { readSettings } from '../../settings/settings';
import { getReport } from '../queries';
import { createResolveCache, resolveEmbed } from '../resolve';
import type { ResolvedEmbed } from '../resolved';
import { EDITION_LABELS, reportDocument, type ReportPrintData } from './document';
import type { EmbedBlock } from './markdownBlocks';

/**
 * The report PDF job, run in a worker thread: read the report and resolve every embed for the
 * edition in one read transaction (one consistent moment of the archive), describe the document,
 * check every glyph, set the pages and write the work file. The runner renames the file into place
 * only when this returns, and removes it on failure or cancel (it terminates the worker).
 */

export const STEPS = {
  read: 'Reading the report',
  resolve: 'Resolving embeds',
  layout: 'Setting the pages',
} as const;

/** Every embed block of a section, top-level or nested, in order. */
function embedsOf(blocks: readonly MdBlock[], out: EmbedBlock[] = []): EmbedBlock[] {
  for (const b of blocks) {
    if (b.kind === 'embed') out.push(b);
    else if (b.kind === 'quote') embedsOf(b.blocks, out);
    else if (b.kind === 'list') for (const item of b.items) embedsOf(item, out);
  }
  return out;
}

export function gatherReport(db: Database.Database, p: JobKinds['report-pdf'], io: JobIO): ReportPrintData {
  const generatedAt = new Date(p.generatedAt);
  const day = today(generatedAt);
  return db.transaction(() => {
    io.progress(STEPS.read, 0, 1);
    const report = getReport(db, p.reportId);
    const sections = report.sections.map((s) => ({ title: s.title, doc: parseMarkdown(s.body) }));
    const embeds = sections.flatMap((s) => [...embedsOf(s.doc.blocks), ...s.doc.footnotes.flatMap((f) => embedsOf(f.blocks))]);
    io.progress(STEPS.read, 1, 1);
    // One resolver for the whole report; its name withholder (the identity in the confidential
    // edition) is the one the report's own words go through too.
    const opts = { edition: p.edition, day };
    const cache = createResolveCache(db, opts);
    const text = cache.text;
    const resolve = (e: Embed) => resolveEmbed(db, e, opts, cache);
    const resolved = new Map<EmbedBlock, ResolvedEmbed>();
    io.progress(STEPS.resolve, 0, embeds.length);
    embeds.forEach((b, i) => {
      if (b.embed.ok) resolved.set(b, resolve(b.embed.embed));
      io.progress(STEPS.resolve, i + 1, embeds.length);
    });
    return {
      archiveName: readSettings(db).archiveName,
      edition: p.edition,
      generatedAt,
      report: { title: report.title, subtitle: report.subtitle, authors: report.authors, date: report.date },
      sections,
      resolved,
      text,
    };
  })();
}

export async function printReport(p: JobKinds['report-pdf'], io: JobIO): Promise<{ summary: string }> {
  const db = openReadOnly(p.dbFile);
  let data: ReportPrintData;
  try {
    data = gatherReport(db, p, io);
  } finally {
    db.close();
  }
  const { spec, chapterStarts } = reportDocument(data);
  const chapters = chapterStarts.length;
  io.progress(STEPS.layout, 0, chapters);
  const { pages } = await renderPdf(spec, p.workFile, {
    progress: (done) => io.progress(STEPS.layout, chapterStarts.filter((s) => s < done).length, chapters),
  });
  return { summary: `Report “${spec.meta.title}” (${EDITION_LABELS[p.edition].split(' —')[0]?.toLowerCase()}), ${pages} page${pages === 1 ? '' : 's'}` };
}
