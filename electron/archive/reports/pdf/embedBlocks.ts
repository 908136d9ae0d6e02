import { label } from '../../../../shared/model/enums';
import { ADDRESSEE_TYPE_LABELS, PRIORITY_LABELS, RECOMMENDATION_STATUS_LABELS, type AddresseeType, type Priority } from '../../../../shared/model/findings';
import type { ReportEdition } from '../../../../shared/model/reports';
import type { MdDocument } from '../../../../shared/report/ast';
import { inlineText, type Block, type TableBlock } from '../../pdf/blocks';
import { findMissingGlyphs } from '../../pdf/fonts';
import { formatDay, plural } from '../../markers/print/words';
import type { Count, ResolvedEmbed, ResolvedExcerpt, ResolvedFinding, ResolvedRecommendation, Statistics } from '../resolved';
import { barChart } from './charts';
import { markdownBlocks } from './markdownBlocks';

/**
 * What each resolved embed prints: a finding with its evidence quoted, a recommendation, the
 * recommendations by addressee, an excerpt, the statistics chapter (charts and tables) and the
 * appendices (tables). The resolver has already made everything fit for the edition; `text` is the
 * same name withholder the authored text goes through, applied once more to what is printed here.
 */

export interface EmbedContext {
  edition: ReportEdition;
  source: string;
  text: (s: string) => string;
}

const addresseeType = (t: string) => ADDRESSEE_TYPE_LABELS[t as AddresseeType] ?? t;
const priority = (p: string) => PRIORITY_LABELS[p as Priority] ?? p;

/** A record's own Markdown (a finding's or recommendation's text), with its notes right after it. */
function bodyBlocks(doc: MdDocument, ctx: EmbedContext, source: string): Block[] {
  const { blocks, notes } = markdownBlocks(doc, {
    source,
    text: ctx.text,
    // A record's text does not embed other records: that could loop (a finding embedding itself).
    embed: (b) => (ctx.edition === 'confidential' ? [placeholder(`Embedded line not printed inside a record’s text: ${b.line}`, source)] : []),
  });
  return [...blocks, ...notes];
}

/**
 * A visible "[…]" line where an embed could not be printed (confidential edition). The message is
 * Tessera's own words, not the report's, so a sign the fonts lack (an arrow in "Insert → Finding")
 * is shown as a plain one rather than stopping the export.
 */
export function placeholder(message: string, source?: string): Block {
  let text = message.replace(/→/g, '>');
  for (const m of findMissingGlyphs(text, ['serif-italic'])) text = text.split(m.char).join('?');
  return { kind: 'paragraph', text: [{ text: `[${text}]`, style: 'italic' }], style: 'muted', ...(source ? { source } : {}) };
}

/** "— T-0007, Statement on the oak, recorded 3 May 2019" */
export function citationLine(e: ResolvedExcerpt, t: (s: string) => string): string {
  const parts = [e.ref, t(e.title)].filter((p) => p.trim() !== '');
  if (e.dateRecorded) parts.push(`recorded ${formatDay(e.dateRecorded)}`);
  return `— ${parts.join(', ')}${e.note ? ` · ${t(e.note)}` : ''}`;
}

/** A testimony excerpt as a block quote with its citation line, kept together when it is short. */
export function excerptBlocks(e: ResolvedExcerpt, ctx: EmbedContext): Block[] {
  const source = `${ctx.source}, excerpt of ${e.ref}`;
  const quote: Block[] = [
    { kind: 'paragraph', text: ctx.text(e.text), style: 'quote', source },
    { kind: 'paragraph', text: citationLine(e, ctx.text), style: 'citation', source },
  ];
  // A long excerpt flows over pages like any text; a short one is never parted from its source.
  return e.text.length < 1500 ? [{ kind: 'together', blocks: quote }] : quote;
}

export function findingBlocks(f: ResolvedFinding, ctx: EmbedContext): Block[] {
  const source = `${ctx.source}, finding ${f.ref}`;
  const t = ctx.text;
  const out: Block[] = [{ kind: 'heading', level: 2, text: `${f.ref}  ${t(f.title)}`, source }];
  if (f.themes.length) out.push({ kind: 'paragraph', text: [{ text: 'Themes: ', style: 'bold' }, { text: f.themes.map(t).join(' · ') }], style: 'note', source });
  out.push(...bodyBlocks(f.text, ctx, source));
  if (f.evidence.length || f.withheld) out.push({ kind: 'heading', level: 3, text: 'Evidence', toc: false, source });
  for (const e of f.evidence) out.push(...excerptBlocks(e, ctx));
  if (f.withheld > 0) {
    const why = ctx.edition === 'public' ? 'not open to the public' : 'no longer in the transcripts as quoted';
    out.push({ kind: 'paragraph', text: `${plural(f.withheld, 'further excerpt is', 'further excerpts are')} ${why}.`, style: 'muted', source });
  }
  return out;
}

export function recommendationBlocks(r: ResolvedRecommendation, ctx: EmbedContext, showAddressee = true): Block[] {
  const source = `${ctx.source}, recommendation ${r.number}`;
  const t = ctx.text;
  const status = `${RECOMMENDATION_STATUS_LABELS[r.status] ?? r.status}${r.statusDate ? ` since ${formatDay(r.statusDate)}` : ''}`;
  const rows: [string, string][] = [];
  if (showAddressee) {
    // "Calder Police Department (police department)", but not "Courts (courts)".
    const type = addresseeType(r.addresseeType);
    const same = type.toLocaleLowerCase('en') === r.addressee.trim().toLocaleLowerCase('en');
    rows.push(['Addressed to', same ? t(r.addressee) : `${t(r.addressee)} (${type.toLocaleLowerCase('en')})`]);
  }
  rows.push(['Priority', priority(r.priority)], ['Status', status]);
  if (r.themes.length) rows.push(['Themes', r.themes.map(t).join(' · ')]);
  const head: Block[] = [
    { kind: 'paragraph', text: `Recommendation ${r.number}`, style: 'label', source },
    { kind: 'paragraph', text: [{ text: t(r.title), style: 'bold' }], style: 'lead', source },
    { kind: 'facts', rows, source },
  ];
  const body = bodyBlocks(r.text, ctx, source);
  const rests: Block[] = r.findings.length ? [{ kind: 'paragraph', text: `Rests on ${r.findings.length === 1 ? 'finding' : 'findings'} ${r.findings.join(', ')}.`, style: 'muted', source }] : [];
  const space: Block = { kind: 'space', height: 6 };
  // A short recommendation is set whole on one page; a long one keeps its heading with its start.
  const length = body.reduce((n, b) => n + (b.kind === 'paragraph' ? inlineText(b.text).length : 200), 0);
  if (length < 1200) return [{ kind: 'together', blocks: [...head, ...body, ...rests] }, space];
  return [{ kind: 'together', blocks: head }, ...body, ...rests, space];
}

function recommendationGroups(groups: { addressee: string; items: ResolvedRecommendation[] }[], ctx: EmbedContext): Block[] {
  if (groups.length === 0) return [{ kind: 'paragraph', text: 'There are no recommendations to list.', style: 'muted', source: ctx.source }];
  return groups.flatMap((g) => [
    { kind: 'heading', level: 2, text: ctx.text(g.addressee), source: ctx.source },
    ...g.items.flatMap((r) => recommendationBlocks(r, ctx, false)),
  ]);
}

/** The counts with each one's share of the testimonies counted (shares may add up to more than 100%). */
function countTable(dimension: string, counts: readonly Count[], total: number, source: string): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: dimension, width: 6 },
      { header: 'Testimonies', width: 1.6, align: 'right' },
      { header: 'Of all', width: 1.4, align: 'right' },
    ],
    rows: counts.map((c) => [c.label, c.count.toLocaleString('en'), total ? `${((100 * c.count) / total).toFixed(1)}%` : '—']),
    empty: 'None recorded.',
    source,
  };
}

/** Largest first, then by name; years stay in order. */
const byCount = (counts: readonly Count[]) => [...counts].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));

function statisticsBlocks(s: Statistics, ctx: EmbedContext): Block[] {
  const source = `${ctx.source}, statistics`;
  const dims: [string, string, Count[]][] = [
    ['By theme', 'Theme', byCount(s.byTheme)],
    ['By type of testimony', 'Type', byCount(s.byType)],
    ['By year recorded', 'Year', s.byYear],
    ['By narrator role', 'Narrator role', byCount(s.byNarratorRole)],
  ];
  const out: Block[] = [
    { kind: 'paragraph', text: `These figures are drawn from the ${ctx.text(s.basis)}: ${s.total.toLocaleString('en')} in all. A testimony is counted once under each theme, role or other value it carries, so the counts in a chart may add up to more than the total.`, style: 'body', source },
  ];
  for (const [title, dimension, counts] of dims) {
    out.push({ kind: 'heading', level: 3, text: title, toc: false, source });
    const chart = barChart(`Testimonies ${title.charAt(0).toLowerCase()}${title.slice(1)}`, counts);
    if (chart) out.push({ ...chart, source });
    out.push(countTable(dimension, counts, s.total, source));
  }
  return out;
}

function appendixBlocks(e: Extract<ResolvedEmbed, { kind: 'appendix' }>, ctx: EmbedContext): Block[] {
  const t = ctx.text;
  const source = `${ctx.source}, appendix of ${e.which}`;
  switch (e.which) {
    case 'testimonies': {
      // Reference codes are never broken: their column is as wide as the longest (in characters).
      const refChars = Math.max(9, ...e.rows.map((r) => r.ref.length)) + 2;
      return [
        {
          kind: 'table',
          columns: [
            { header: 'Reference', width: refChars },
            { header: 'Title', width: 38 },
            { header: 'Recorded', width: 17 },
            { header: 'Type', width: 15 },
          ],
          rows: e.rows.map((r) => [r.ref, t(r.title), formatDay(r.date), label(r.type)]),
          empty: 'No testimonies to list.',
          source,
        },
      ];
    }
    case 'hearings':
      return [
        {
          kind: 'table',
          columns: [
            { header: 'Hearing or forum', width: 4 },
            { header: 'Date', width: 1.8 },
            { header: 'Type', width: 2 },
            { header: 'Place', width: 2 },
          ],
          rows: e.rows.map((r) => [t(r.title), formatDay(r.date), label(r.type), t(r.place)]),
          empty: 'No hearings or forums to list.',
          source,
        },
      ];
    case 'glossary':
      return [
        {
          kind: 'table',
          columns: [
            { header: 'Theme', width: 2.2 },
            { header: 'Broader theme', width: 2 },
            { header: 'Scope note', width: 5 },
          ],
          rows: e.rows.map((r) => [t(r.label), t(r.broader), t(r.scopeNote)]),
          empty: 'No themes to list.',
          source,
        },
      ];
  }
}

export function embedBlocks(e: ResolvedEmbed, ctx: EmbedContext): Block[] {
  switch (e.kind) {
    case 'finding':
      return findingBlocks(e.finding, ctx);
    case 'recommendation':
      return recommendationBlocks(e.recommendation, ctx);
    case 'recommendations':
      return recommendationGroups(e.groups, ctx);
    case 'excerpt':
      return excerptBlocks(e.excerpt, ctx);
    case 'statistics':
      return statisticsBlocks(e.statistics, ctx);
    case 'appendix':
      return appendixBlocks(e, ctx);
    case 'placeholder':
      // A published report carries no editing marks: the public edition leaves the line out; the
      // confidential edition shows why it could not be printed, for the commission to mend.
      return ctx.edition === 'confidential' ? [placeholder(e.message, ctx.source)] : [];
  }
}
