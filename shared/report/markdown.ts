import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { MdBlock, MdDocument, MdFootnote, MdInline, MdRunStyle } from './ast';
import { parseEmbed } from './embeds';

/**
 * A report section's Markdown → the tree of ast.ts. markdown-it does the parsing (CommonMark,
 * tables, footnotes); this module only walks its token stream. It runs in the renderer and in
 * Node alike, so it touches no Node or DOM API.
 *
 * - Raw HTML is off: `<b>` or `<script>` stay literal text, never markup.
 * - `#` is level 1 (under the chapter, whose heading is the section title), `##` 2, deeper 3.
 * - Images print their alt text in brackets; inline code and code blocks are plain text.
 * - Footnotes are numbered in order of first reference from the text, then from notes that are
 *   referenced only by other notes; definitions nobody reaches are dropped. Each definition is
 *   converted once, so a note that refers to itself or a loop of notes cannot recurse.
 * - A top-level paragraph that is nothing but `{{…}}` is an embed line (embeds.ts). Inside lists,
 *   quotes and footnotes such a line stays text, and `embeds: false` turns embeds off altogether
 *   (finding and recommendation texts: an embed there must not pull in another record).
 */

type Token = ReturnType<MarkdownIt['parse']>[number];

// @types/markdown-it-footnote is written against an older markdown-it typing; the plugin itself fits v14.
const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false }).use(footnote as unknown as PluginSimple);

export interface ParseOptions {
  /** Recognise embed lines (default true). */
  embeds?: boolean;
}

const EMBED_RE = /^\{\{[\s\S]*\}\}$/;

export function parseMarkdown(source: string, options: ParseOptions = {}): MdDocument {
  const tokens = md.parse(source, {});
  const blockStart = tokens.findIndex((t) => t.type === 'footnote_block_open');
  const body = blockStart < 0 ? tokens : tokens.slice(0, blockStart);
  const definitions = blockStart < 0 ? new Map<number, Token[]>() : footnoteDefinitions(tokens.slice(blockStart));

  // markdown-it's footnote id → our number, assigned as references are met.
  const numbers = new Map<number, number>();
  const order: { id: number; label: string }[] = [];
  const refer = (meta: { id: number; label?: string }): { n: number; label: string } => {
    let n = numbers.get(meta.id);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(meta.id, n);
      order.push({ id: meta.id, label: meta.label ?? String(n) });
    }
    return { n, label: meta.label ?? String(n) };
  };

  const blocks = new Walker(body, refer, options.embeds !== false).blocks(0, body.length);
  const footnotes: MdFootnote[] = [];
  // `order` grows while notes are converted (a note may cite a note not met yet).
  for (let i = 0; i < order.length; i += 1) {
    const { id, label } = order[i] as { id: number; label: string };
    const def = definitions.get(id) ?? [];
    footnotes.push({ n: i + 1, label, blocks: new Walker(def, refer, false).blocks(0, def.length) });
  }
  return { blocks, footnotes };
}

/** The tokens inside each footnote_open … footnote_close of the footnote block, by markdown-it id. */
function footnoteDefinitions(tokens: Token[]): Map<number, Token[]> {
  const byId = new Map<number, Token[]>();
  let current: Token[] | null = null;
  for (const t of tokens) {
    if (t.type === 'footnote_open') {
      current = [];
      byId.set((t.meta as { id: number }).id, current);
    } else if (t.type === 'footnote_close') current = null;
    else if (current && t.type !== 'footnote_anchor') current.push(t);
  }
  return byId;
}

/** The index of the token closing the one opened at `i` (same nesting level). */
function closing(tokens: Token[], i: number): number {
  const open = tokens[i] as Token;
  const closeType = open.type.replace(/_open$/, '_close');
  for (let j = i + 1; j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    if (t.type === closeType && t.level === open.level) return j;
  }
  return tokens.length - 1;
}

const styleOf = (bold: number, italic: number): MdRunStyle => (bold > 0 ? (italic > 0 ? 'boldItalic' : 'bold') : italic > 0 ? 'italic' : 'regular');

/** The plain text of an inline token (headings, table cells). */
function plainText(inline: Token | undefined): string {
  let text = '';
  for (const c of inline?.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') text += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += ' ';
    else if (c.type === 'image') text += `[${c.content}]`;
  }
  return text;
}

class Walker {
  constructor(
    private readonly tokens: Token[],
    private readonly refer: (meta: { id: number; label?: string }) => { n: number; label: string },
    private readonly embeds: boolean,
  ) {}

  /** The blocks of tokens [from, to), all at one nesting level. */
  blocks(from: number, to: number, topLevel = true): MdBlock[] {
    const out: MdBlock[] = [];
    let i = from;
    while (i < to) {
      const t = this.tokens[i] as Token;
      const end = t.nesting === 1 ? closing(this.tokens, i) : i;
      const block = this.block(t, i, end, topLevel);
      if (block) out.push(block);
      i = end + 1;
    }
    return out;
  }

  private block(t: Token, i: number, end: number, topLevel: boolean): MdBlock | null {
    switch (t.type) {
      case 'heading_open': {
        const level = Math.min(3, Number(t.tag.slice(1)) || 3) as 1 | 2 | 3;
        return { kind: 'heading', level, text: plainText(this.tokens[i + 1]) };
      }
      case 'paragraph_open': {
        const inline = this.tokens[i + 1];
        const raw = inline?.content.trim() ?? '';
        if (this.embeds && topLevel && EMBED_RE.test(raw)) return { kind: 'embed', line: raw, embed: parseEmbed(raw) };
        return { kind: 'paragraph', content: this.inlines(inline) };
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const items: MdBlock[][] = [];
        for (let j = i + 1; j < end; j += 1) {
          const item = this.tokens[j] as Token;
          if (item.type !== 'list_item_open') continue;
          const close = closing(this.tokens, j);
          items.push(this.blocks(j + 1, close, false));
          j = close;
        }
        const start = Number(t.attrGet('start') ?? 1);
        return { kind: 'list', ordered: t.type === 'ordered_list_open', start: Number.isFinite(start) ? start : 1, items };
      }
      case 'blockquote_open':
        return { kind: 'quote', blocks: this.blocks(i + 1, end, false) };
      case 'fence':
      case 'code_block':
        return { kind: 'code', text: t.content.replace(/\n$/, '') };
      case 'hr':
        return { kind: 'rule' };
      case 'table_open':
        return this.table(i, end);
      case 'html_block':
        // Not produced with html off; kept as text should that ever change.
        return { kind: 'paragraph', content: [{ kind: 'text', text: t.content, style: 'regular' }] };
      default:
        return null;
    }
  }

  private table(from: number, to: number): MdBlock {
    const header: string[] = [];
    const align: ('left' | 'center' | 'right')[] = [];
    const rows: string[][] = [];
    let row: string[] | null = null;
    for (let j = from; j < to; j += 1) {
      const t = this.tokens[j] as Token;
      if (t.type === 'tr_open') row = [];
      else if (t.type === 'tr_close' && row) {
        if (header.length === 0) header.push(...row);
        else rows.push(row);
        row = null;
      } else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
        if (t.type === 'th_open') {
          const style = t.attrGet('style') ?? '';
          align.push(style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left');
        }
        row.push(plainText(this.tokens[j + 1]).trim());
      }
    }
    return { kind: 'table', header, align, rows };
  }

  /** Styled runs of one inline token; adjacent runs of the same style are joined. */
  private inlines(inline: Token | undefined): MdInline[] {
    const out: MdInline[] = [];
    let bold = 0;
    let italic = 0;
    let href: string | null = null;
    const text = (value: string) => {
      if (value === '') return;
      const style = styleOf(bold, italic);
      const last = out[out.length - 1];
      if (href !== null) {
        if (last?.kind === 'link' && last.href === href && last.style === style) last.text += value;
        else out.push({ kind: 'link', text: value, href, style });
      } else if (last?.kind === 'text' && last.style === style) last.text += value;
      else out.push({ kind: 'text', text: value, style });
    };
    for (const c of inline?.children ?? []) {
      switch (c.type) {
        case 'text':
        case 'code_inline':
        case 'html_inline':
          text(c.content);
          break;
        case 'softbreak':
          text(' ');
          break;
        case 'hardbreak':
          text('\n');
          break;
        case 'image':
          text(`[${c.content}]`);
          break;
        case 'strong_open':
          bold += 1;
          break;
        case 'strong_close':
          bold -= 1;
          break;
        case 'em_open':
          italic += 1;
          break;
        case 'em_close':
          italic -= 1;
          break;
        case 'link_open':
          href = c.attrGet('href') ?? '';
          break;
        case 'link_close':
          href = null;
          break;
        case 'footnote_ref':
          out.push({ kind: 'footnoteRef', ...this.refer(c.meta as { id: number; label?: string }) });
          break;
        default:
          break;
      }
    }
    return out;
  }
}
