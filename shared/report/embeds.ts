/**
 * The embed lines of a report section (see shared/model/reports.ts for the list). An embed is a
 * paragraph that is nothing but `{{kind arguments}}`. This module is the grammar; what an embed
 * prints is decided in the engine (electron/archive/reports/resolve.ts).
 */

export type Embed =
  | { kind: 'finding'; id: string }
  | { kind: 'recommendation'; id: string }
  | { kind: 'recommendations'; addressee: string | null }
  | { kind: 'excerpt'; ref: string; quote: string }
  | { kind: 'statistics' }
  | { kind: 'appendix'; which: 'testimonies' | 'hearings' | 'glossary' };

/** An embed, or why the line is not one a report can print (shown in the preview and the confidential edition). */
export type EmbedParse = { ok: true; embed: Embed } | { ok: false; problem: string };
