/**
 * A report section's Markdown, parsed into a small tree both hosts draw: the engine turns it into
 * PDF blocks (electron/archive/reports/pdf/), the editor's preview into React elements. Parsing is
 * markdown-it's (markdown.ts), with raw HTML off: tags are text, never markup.
 *
 * Only what a report needs is kept: headings (levels below the chapter), paragraphs of styled
 * runs, lists, block quotes, code as plain text, tables, rules, footnote references and
 * definitions, and embed lines ({{finding …}}, see shared/model/reports.ts and embeds.ts).
 */

import type { EmbedParse } from './embeds';

export type MdRunStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export type MdInline =
  | { kind: 'text'; text: string; style: MdRunStyle }
  /** A link: its text is set, its address shown after it in the PDF. */
  | { kind: 'link'; text: string; href: string; style: MdRunStyle }
  /** A footnote reference: `n` is its number in the section, in order of first reference. */
  | { kind: 'footnoteRef'; n: number; label: string };

export type MdBlock =
  /** `#` in a section is level 1 under the chapter (the section title is the chapter heading). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: MdInline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: MdBlock[][] }
  | { kind: 'quote'; blocks: MdBlock[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; header: string[]; align: ('left' | 'center' | 'right')[]; rows: string[][] }
  | { kind: 'rule' }
  /** A paragraph that is an embed line; `embed` is its parse (or the reason it does not parse). */
  | { kind: 'embed'; line: string; embed: EmbedParse };

export interface MdFootnote {
  n: number;
  label: string;
  blocks: MdBlock[];
}

export interface MdDocument {
  blocks: MdBlock[];
  /** Footnote definitions that are referenced, in number order (set as the section's notes). */
  footnotes: MdFootnote[];
}
