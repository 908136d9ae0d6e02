import type { Block, ListBlock, Run, TableColumn } from '../../pdf/blocks';
import type { MdBlock, MdDocument, MdInline } from '../../../../shared/report/ast';

/**
 * A section's parsed Markdown (shared/report/ast.ts) as PDF blocks. The section title is the
 * chapter's level-1 heading, so Markdown `#` becomes a level-2 heading (listed in the contents and
 * the outline) and `##`/`###` level 3. Footnotes are numbered in the text as "[n]" and set as the
 * chapter's "Notes" at its end. Raw HTML never reaches here as markup (the parser keeps it as
 * text), and nothing in a section can make the PDF run code or fetch anything: links are set as
 * text with their address, and only web and mail addresses are made clickable.
 */

export type EmbedBlock = Extract<MdBlock, { kind: 'embed' }>;

export interface MdContext {
  /** Names the section in any error about its text ("Report section “Findings”"). */
  source: string;
  /** Every authored string passes through this (the public edition's name withholder). */
  text: (s: string) => string;
  /** What an embed line prints. */
  embed: (b: EmbedBlock) => Block[];
}

/** Addresses a reader's PDF viewer may open; anything else (javascript:, file:, …) is text only. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * A paragraph's runs, every text passed through `t`. The name withholder sees one run at a time,
 * so a name split by emphasis or a link ("*Maria* Lopez") would pass it piece by piece: when the
 * paragraph read whole withholds more than its runs do, the paragraph is set as one plain run of
 * the whole text withheld (its emphasis and links lost: the name matters more than the styling).
 */
export function runsOf(inline: readonly MdInline[], t: (s: string) => string): Run[] {
  const runs = styledRuns(inline, t);
  const whole = t(styledRuns(inline, (s) => s).map((r) => r.text).join(''));
  return whole === runs.map((r) => r.text).join('') || whole === '' ? runs : [{ text: whole, style: 'regular' }];
}

function styledRuns(inline: readonly MdInline[], t: (s: string) => string): Run[] {
  const runs: Run[] = [];
  for (const i of inline) {
    if (i.kind === 'text') runs.push({ text: t(i.text), style: i.style });
    else if (i.kind === 'footnoteRef') runs.push({ text: `[${i.n}]`, style: 'regular' });
    else {
      const text = t(i.text);
      const href = t(i.href);
      const safe = SAFE_LINK.test(href.trim());
      runs.push(safe ? { text, style: i.style, link: href.trim() } : { text, style: i.style });
      // The address is printed after its text, so a printed copy keeps it too.
      const bare = href.replace(/^mailto:/i, '');
      if (href && bare !== text) runs.push({ text: ` (${bare})`, style: 'regular' });
    }
  }
  return runs.filter((r) => r.text !== '');
}

/** Column shares from the length of what each column holds (header and cells), within bounds. */
function columnShares(header: readonly string[], rows: readonly string[][]): number[] {
  return header.map((h, i) => {
    const lengths = [h.length, ...rows.map((r) => (r[i] ?? '').length)];
    const longest = Math.max(...lengths);
    const mean = lengths.reduce((a, n) => a + n, 0) / lengths.length;
    return Math.min(Math.max((longest + mean) / 2, 6), 60);
  });
}

interface Where {
  /** Paragraphs are set as quotation. */
  quote: boolean;
  /** Paragraphs are set small (in the notes). */
  small: boolean;
  /** The nesting depth of lists. */
  level: number;
}

class Converter {
  constructor(private readonly ctx: MdContext) {}

  blocks(list: readonly MdBlock[], where: Where): Block[] {
    return list.flatMap((b) => this.block(b, where));
  }

  private block(b: MdBlock, where: Where): Block[] {
    const { source, text: t } = this.ctx;
    switch (b.kind) {
      case 'heading':
        return [{ kind: 'heading', level: b.level === 1 ? 2 : 3, text: t(b.text), toc: b.level === 1, source }];
      case 'paragraph': {
        const runs = runsOf(b.content, t);
        if (runs.length === 0) return [];
        return [{ kind: 'paragraph', text: runs, style: where.quote ? 'quote' : where.small ? 'small' : 'body', source }];
      }
      case 'list':
        return this.list(b, where);
      case 'quote':
        return this.blocks(b.blocks, { ...where, quote: true });
      case 'code': {
        const code = t(b.text.replace(/\n+$/, ''));
        return code ? [{ kind: 'paragraph', text: code, style: 'small', source }] : [];
      }
      case 'table': {
        const header = b.header.map(t);
        const rows = b.rows.map((r) => header.map((_, i) => t(r[i] ?? '')));
        const shares = columnShares(header, rows);
        const columns: TableColumn[] = header.map((h, i) => ({ header: h, width: shares[i] ?? 1, align: b.align[i] ?? 'left' }));
        return columns.length ? [{ kind: 'table', columns, rows, source }] : [];
      }
      case 'rule':
        return [{ kind: 'rule', space: 10 }];
      case 'embed':
        return this.ctx.embed(b);
    }
  }

  /**
   * A list's items are set as one list block while they are plain text; an item holding a nested
   * list (or a quote, a table…) ends the block, the nested part is set indented one level more,
   * and a numbered list then goes on from the next number.
   */
  private list(b: Extract<MdBlock, { kind: 'list' }>, where: Where): Block[] {
    const out: Block[] = [];
    const level = where.level;
    let current: ListBlock | null = null;
    let number = b.start;
    const flush = () => {
      if (current && current.items.length) out.push(current);
      current = null;
    };
    const add = (runs: Run[]) => {
      current ??= { kind: 'list', items: [], numbered: b.ordered, start: number, level, source: this.ctx.source };
      current.items.push(runs);
      number += 1;
    };
    for (const item of b.items) {
      const [first, ...rest] = item;
      const lead: Run[] = [];
      let after: readonly MdBlock[] = item;
      if (first?.kind === 'paragraph') {
        lead.push(...runsOf(first.content, this.ctx.text));
        after = rest;
      }
      // Further paragraphs of a loose item join its text on new lines.
      while (after[0]?.kind === 'paragraph') {
        const more = runsOf(after[0].content, this.ctx.text);
        if (more.length) lead.push({ text: '\n' }, ...more);
        after = after.slice(1);
      }
      add(lead.length ? lead : [{ text: ' ' }]);
      if (after.length) {
        flush();
        out.push(...this.blocks(after, { ...where, level: level + 1 }));
      }
    }
    flush();
    return out;
  }
}

export interface SectionBlocks {
  blocks: Block[];
  /** The section's numbered notes, to set at the end of its chapter (empty when it has none). */
  notes: Block[];
}

/** A section's (or a finding's) Markdown as blocks, and its footnotes as numbered notes. */
export function markdownBlocks(doc: MdDocument, ctx: MdContext): SectionBlocks {
  const c = new Converter(ctx);
  const blocks = c.blocks(doc.blocks, { quote: false, small: false, level: 0 });
  const notes: Block[] = [];
  for (const f of doc.footnotes) {
    const [first, ...rest] = f.blocks;
    const lead = first?.kind === 'paragraph' ? runsOf(first.content, ctx.text) : [];
    notes.push({ kind: 'paragraph', text: [{ text: `${f.n}. `, style: 'bold' }, ...lead], style: 'small', source: `${ctx.source}, note ${f.n}` });
    const more = first?.kind === 'paragraph' ? rest : f.blocks;
    notes.push(...c.blocks(more, { quote: false, small: true, level: 1 }));
  }
  return { blocks, notes };
}

/** The notes set under their heading, for the end of a chapter. */
export function notesSection(notes: readonly Block[]): Block[] {
  if (notes.length === 0) return [];
  return [{ kind: 'heading', level: 3, text: 'Notes', toc: false }, ...notes];
}

