import { ADDRESSEE_TYPE_LABELS } from '../../../../shared/model/findings';
import type { Block, PdfDocumentSpec } from '../../pdf/blocks';
import { generatedLine, plural } from '../../markers/print/words';
import { byAddressee, type AddresseeGroup, type StatusReportData } from './data';
import { recommendationBlocks } from './entry';
import { countByStatus, countsInWords, summaryTable } from './summary';

/**
 * The recommendation status report: a cover, the contents, the summary table, then the
 * recommendations grouped by addressee (addressees in the order of their first number), each
 * addressee starting on a new page as a chapter of the contents and the outline.
 */

export const STATUS_REPORT_TITLE = 'Recommendations: implementation status';
/** Recommendations are public work; the footer says which edition a reader holds, as on every Tessera PDF. */
const EDITION = 'Public edition';

function coverBlocks(data: StatusReportData, groups: readonly AddresseeGroup[]): Block[] {
  const count = `${plural(data.recommendations.length, 'recommendation')} to ${plural(groups.length, 'addressee')}`;
  return [
    { kind: 'space', height: 150 },
    { kind: 'paragraph', style: 'label', text: data.archiveName, source: 'The archive name' },
    { kind: 'rule', space: 6 },
    { kind: 'paragraph', style: 'coverTitle', text: STATUS_REPORT_TITLE },
    { kind: 'paragraph', style: 'coverSubtitle', text: `${count}${data.selection ? ` — ${data.selection}` : ''}`, source: 'The report’s selection' },
    { kind: 'space', height: 24 },
    { kind: 'paragraph', style: 'coverLine', text: EDITION },
    { kind: 'paragraph', style: 'coverLine', text: generatedLine(data.generatedAt) },
    { kind: 'space', height: 40 },
    {
      kind: 'paragraph',
      style: 'muted',
      text: 'A recommendation’s current status is its latest dated assessment. Its history lists every assessment recorded, oldest first, with who assessed it, on what source, and any note.',
    },
    { kind: 'pageBreak' },
  ];
}

/**
 * "Police department · 5 recommendations: 2 underway, 3 complete." The kind of body is left out
 * where it only repeats the name ("Department of Justice").
 */
function groupLead(g: AddresseeGroup): string {
  const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
  const types = [...new Set(g.recommendations.map((r) => ADDRESSEE_TYPE_LABELS[r.addresseeType]))].filter((t) => !same(t, g.addressee));
  const counts = countByStatus(g.recommendations);
  return `${types.length ? `${types.join(', ')} · ` : ''}${plural(counts.total, 'recommendation')}: ${countsInWords(counts)}.`;
}

/** The document, and the index of the block where each recommendation starts (for progress). */
export function statusReportDocument(data: StatusReportData): { spec: PdfDocumentSpec; entryStarts: number[] } {
  const groups = byAddressee(data.recommendations);
  const all = countByStatus(data.recommendations);
  const blocks: Block[] = [
    ...coverBlocks(data, groups),
    { kind: 'toc', title: 'Contents' },
    { kind: 'heading', level: 1, text: 'Summary', anchor: 'summary', newPage: true },
    { kind: 'paragraph', text: `${plural(all.total, 'recommendation')} to ${plural(groups.length, 'addressee')}: ${countsInWords(all)}. Each is counted under its current status.` },
    summaryTable(groups),
  ];
  const entryStarts: number[] = [];
  groups.forEach((g, i) => {
    blocks.push(
      { kind: 'heading', level: 1, text: g.addressee, anchor: `addressee-${i + 1}`, newPage: true, source: `The addressee of recommendation ${g.recommendations[0]?.number ?? ''}` },
      { kind: 'paragraph', style: 'muted', text: groupLead(g), source: `The recommendations to ${g.addressee}` },
    );
    g.recommendations.forEach((r, j) => {
      entryStarts.push(blocks.length);
      if (j > 0) blocks.push({ kind: 'rule', space: 10 });
      // Kept on one page where it fits, so that a history is not read across a page turn.
      blocks.push({ kind: 'together', blocks: recommendationBlocks(r), source: `Recommendation ${r.number}` });
    });
  });
  const spec: PdfDocumentSpec = {
    meta: {
      title: STATUS_REPORT_TITLE,
      author: data.archiveName,
      subject: `Implementation status of ${plural(all.total, 'recommendation')}, grouped by addressee`,
      keywords: ['recommendations', 'implementation status', ...groups.map((g) => g.addressee)],
      created: data.generatedAt,
    },
    furniture: { header: STATUS_REPORT_TITLE, edition: EDITION, generated: generatedLine(data.generatedAt), coverPages: 1 },
    blocks,
  };
  return { spec, entryStarts };
}
