import type { ReportEdition } from '../../../../shared/model/reports';
import type { MdDocument } from '../../../../shared/report/ast';
import type { Block, PdfDocumentSpec } from '../../pdf/blocks';
import { formatDay, generatedLine } from '../../markers/print/words';
import type { ResolvedEmbed } from '../resolved';
import { embedBlocks, placeholder } from './embedBlocks';
import { markdownBlocks, notesSection, type EmbedBlock } from './markdownBlocks';

/**
 * The final report as a document: a cover (title, subtitle, authors, date, edition), the contents,
 * then each section as a chapter on a new page (a level-1 heading that is listed in the contents,
 * bookmarked in the outline and sets the running header), its notes at its end. In the public
 * edition every authored string goes through the name withholder (`text`), the title and metadata
 * included; the confidential edition carries "CONFIDENTIAL" on every page.
 */

export const EDITION_LABELS: Record<ReportEdition, string> = {
  public: 'Public edition',
  confidential: 'Confidential edition — not for publication',
};

export interface ReportPrintData {
  archiveName: string;
  edition: ReportEdition;
  generatedAt: Date;
  report: { title: string; subtitle: string; authors: string[]; date: string };
  sections: { title: string; doc: MdDocument }[];
  /** Each embed block of the sections, resolved for the edition (see job.ts). */
  resolved: ReadonlyMap<EmbedBlock, ResolvedEmbed>;
  /** The public edition's name withholder; the identity in the confidential edition. */
  text: (s: string) => string;
}

/** "A, B and C" */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function coverBlocks(d: ReportPrintData): Block[] {
  const t = d.text;
  const r = d.report;
  const blocks: Block[] = [
    { kind: 'space', height: 120 },
    { kind: 'paragraph', style: 'label', text: t(d.archiveName), source: 'The archive name' },
    { kind: 'rule', space: 6 },
    { kind: 'paragraph', style: 'coverTitle', text: t(r.title), source: 'The report’s title' },
  ];
  if (r.subtitle) blocks.push({ kind: 'paragraph', style: 'coverSubtitle', text: t(r.subtitle), source: 'The report’s subtitle' });
  blocks.push({ kind: 'space', height: 28 });
  if (r.authors.length) blocks.push({ kind: 'paragraph', style: 'lead', text: joinNames(r.authors.map(t)), source: 'The report’s authors' });
  if (r.date) blocks.push({ kind: 'paragraph', style: 'coverLine', text: formatDay(r.date), source: 'The report’s date' });
  blocks.push(
    { kind: 'space', height: 40 },
    { kind: 'paragraph', style: 'coverLine', text: EDITION_LABELS[d.edition] },
    { kind: 'paragraph', style: 'coverLine', text: generatedLine(d.generatedAt) },
    { kind: 'space', height: 24 },
    {
      kind: 'paragraph',
      style: 'muted',
      text:
        d.edition === 'public'
          ? 'This public edition quotes only testimonies open to the public, with redacted passages removed; people who have not consented to be named appear under their pseudonym.'
          : 'This confidential edition quotes every testimony on file, including restricted and sealed ones, and names everyone as recorded. It is for the commission only and not for publication.',
    },
    { kind: 'pageBreak' },
  );
  return blocks;
}

/** The blocks an embed line prints: its resolution, or (confidential only) why the line is not an embed. */
function embedFor(d: ReportPrintData, source: string) {
  const ctx = { edition: d.edition, source, text: d.text };
  return (b: EmbedBlock): Block[] => {
    const resolved = d.resolved.get(b);
    if (resolved) return embedBlocks(resolved, ctx);
    if (d.edition === 'public') return [];
    return [placeholder(b.embed.ok ? `Not printed: ${b.line}` : `${b.embed.problem}: ${b.line}`, source)];
  };
}

function chapterBlocks(d: ReportPrintData, section: ReportPrintData['sections'][number], i: number): Block[] {
  const title = d.text(section.title);
  const source = `Report section ${i + 1}, “${section.title}”`;
  const { blocks, notes } = markdownBlocks(section.doc, { source, text: d.text, embed: embedFor(d, source) });
  return [{ kind: 'heading', level: 1, text: title, anchor: `chapter-${i + 1}`, newPage: true, source }, ...blocks, ...notesSection(notes)];
}

/** The document, and the index of the block where each chapter starts (for progress by chapter). */
export function reportDocument(d: ReportPrintData): { spec: PdfDocumentSpec; chapterStarts: number[] } {
  const t = d.text;
  const blocks: Block[] = [...coverBlocks(d), { kind: 'toc', title: 'Contents' }];
  const chapterStarts: number[] = [];
  d.sections.forEach((s, i) => {
    chapterStarts.push(blocks.length);
    blocks.push(...chapterBlocks(d, s, i));
  });
  const title = t(d.report.title);
  const authors = d.report.authors.map(t);
  const spec: PdfDocumentSpec = {
    meta: {
      title,
      author: authors.length ? joinNames(authors) : t(d.archiveName),
      subject: `${d.report.subtitle ? t(d.report.subtitle) : 'Final report'} (${EDITION_LABELS[d.edition].toLowerCase()})`,
      keywords: ['final report', EDITION_LABELS[d.edition].toLowerCase(), ...d.sections.map((s) => t(s.title))],
      created: d.generatedAt,
    },
    furniture: {
      header: title,
      edition: d.edition === 'confidential' ? 'Confidential — not for publication' : EDITION_LABELS.public,
      generated: generatedLine(d.generatedAt),
      ...(d.edition === 'confidential' ? { band: 'CONFIDENTIAL' } : {}),
      coverPages: 1,
    },
    blocks,
  };
  return { spec, chapterStarts };
}
