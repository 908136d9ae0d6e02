import type { Database } from 'better-sqlite3';
import type { EmbedPreview } from '../../../shared/model/reports';
import type { MdBlock, MdDocument } from '../../../shared/report/ast';
import { parseEmbed, type Embed } from '../../../shared/report/embeds';
import { today } from '../publish/policy';
import type { Role } from '../../../shared/model/enums';
import { readsEverything } from '../access/readable';
import { createResolver } from './resolve';
import type { ResolvedEmbed } from './resolved';

/**
 * reports.previewEmbeds: for the editor, what each embed line will print — a label, the start of
 * its text and, when it cannot print as written, the problem in the confidential edition and what
 * the public edition does instead. Both editions are resolved as they would be exported today.
 */

const SHORT = 300;
const short = (s: string) => {
  const flat = s.replace(/\s+/gu, ' ').trim();
  return flat.length > SHORT ? `${flat.slice(0, SHORT - 1).trimEnd()}…` : flat;
};

function blockText(b: MdBlock): string {
  switch (b.kind) {
    case 'heading':
    case 'code':
      return b.text;
    case 'paragraph':
      return b.content.map((c) => (c.kind === 'footnoteRef' ? '' : c.text)).join('');
    case 'list':
      return b.items.map((item) => item.map(blockText).join(' ')).join(' · ');
    case 'quote':
      return b.blocks.map(blockText).join(' ');
    case 'table':
      return [b.header, ...b.rows].map((r) => r.join(', ')).join('; ');
    case 'embed':
      return b.line;
    case 'rule':
      return '';
  }
}
const docText = (d: MdDocument) => d.blocks.map(blockText).join(' ');

const APPENDIX_LABELS = { testimonies: 'Appendix: index of testimonies', hearings: 'Appendix: hearings and forums', glossary: 'Appendix: glossary of themes' } as const;

/** A label for an embed that did not resolve, from the line alone. */
function bareLabel(embed: Embed): string {
  switch (embed.kind) {
    case 'finding':
      return 'Finding';
    case 'recommendation':
      return 'Recommendation';
    case 'recommendations':
      return embed.addressee === null ? 'Recommendations' : `Recommendations to ${embed.addressee}`;
    case 'excerpt':
      return `Excerpt from ${embed.ref}`;
    case 'statistics':
      return 'Statistics';
    case 'appendix':
      return APPENDIX_LABELS[embed.which];
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describe(embed: Embed, r: ResolvedEmbed): { label: string; text: string } {
  switch (r.kind) {
    case 'finding':
      return { label: `Finding ${r.finding.ref} — ${r.finding.title}`, text: short(docText(r.finding.text)) };
    case 'recommendation':
      return { label: `Recommendation ${r.recommendation.number} — ${r.recommendation.title}`, text: short(docText(r.recommendation.text)) };
    case 'recommendations': {
      const n = r.groups.reduce((sum, g) => sum + g.items.length, 0);
      const text = r.groups.map((g) => `${g.addressee}: ${g.items.map((i) => `${i.number}. ${i.title}`).join('; ')}`).join(' · ');
      return { label: `${bareLabel(embed)} (${plural(n, 'recommendation')}${embed.kind === 'recommendations' && embed.addressee === null ? `, ${plural(r.groups.length, 'addressee')}` : ''})`, text: short(text) };
    }
    case 'excerpt':
      return { label: `Excerpt from ${r.excerpt.ref} — ${r.excerpt.title}`, text: short(r.excerpt.text) };
    case 'statistics': {
      const s = r.statistics;
      const parts = [s.byTheme, s.byType, s.byYear, s.byNarratorRole].map((list) => list.slice(0, 3).map((c) => `${c.label} ${c.count}`).join(', '));
      return { label: `Statistics (${plural(s.total, 'testimony', 'testimonies')}: ${s.basis})`, text: short(`By theme: ${parts[0]}. By type: ${parts[1]}. By year: ${parts[2]}. By narrator role: ${parts[3]}.`) };
    }
    case 'appendix': {
      const rows: string[] =
        r.which === 'testimonies' ? r.rows.map((t) => `${t.ref} ${t.title}`) : r.which === 'hearings' ? r.rows.map((h) => `${h.title} (${h.date})`) : r.rows.map((g) => g.label);
      return { label: `${APPENDIX_LABELS[r.which]} (${plural(rows.length, 'entry', 'entries')})`, text: short(rows.join('; ')) };
    }
    case 'placeholder':
      return { label: bareLabel(embed), text: '' };
  }
}

/** What the public edition does differently, in a sentence, or null when it prints the same. */
function publicDifference(confidential: ResolvedEmbed, pub: ResolvedEmbed): string | null {
  if (pub.kind === 'placeholder') return `Public edition: ${pub.message}`;
  if (pub.kind === 'finding' && confidential.kind === 'finding') {
    const kept = pub.finding.withheld - confidential.finding.withheld;
    if (kept > 0) return `Public edition: ${plural(kept, 'piece')} of evidence from testimonies not open to the public ${kept === 1 ? 'is' : 'are'} left out.`;
  }
  return null;
}

export function previewEmbeds(db: Database, lines: readonly string[], role: Role, day: string = today()): EmbedPreview[] {
  return db.transaction(() => {
    // A role that may not read every testimony (a cataloguer) sees what the public edition prints,
    // the only edition it may export: the confidential one quotes sealed testimonies.
    const confidential = createResolver(db, { edition: readsEverything(role) ? 'confidential' : 'public', day });
    const pub = createResolver(db, { edition: 'public', day });
    return lines.map((line) => {
      const parsed = parseEmbed(line);
      if (!parsed.ok) return { line, label: 'Embed', text: '', problem: parsed.problem, publicProblem: 'Left out of both editions until the line is corrected.' };
      const c = confidential(parsed.embed);
      const p = pub(parsed.embed);
      let problem = c.kind === 'placeholder' ? c.message : null;
      if (c.kind === 'finding' && c.finding.withheld > 0) {
        problem = `${plural(c.finding.withheld, 'piece')} of its evidence can no longer be found in the transcript (edited away or withdrawn) and ${c.finding.withheld === 1 ? 'is' : 'are'} left out.`;
      }
      return { line, ...describe(parsed.embed, c), problem, publicProblem: publicDifference(c, p) };
    });
  })();
}
