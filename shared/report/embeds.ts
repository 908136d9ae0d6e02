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

const KINDS = ['finding', 'recommendation', 'recommendations', 'excerpt', 'statistics', 'appendix'] as const;
const APPENDICES = ['testimonies', 'hearings', 'glossary'] as const;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A testimony's reference code (as shared/model/refCode.ts allows). */
const REF_RE = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,39}$/u;
const KIND_LIST = 'finding, recommendation, recommendations, excerpt, statistics or appendix';

/** The embed lines, one line each with what it prints: the editor's help and Insert menu. */
export const EMBED_HELP: readonly { line: string; help: string }[] = [
  { line: '{{finding <id>}}', help: 'A finding with its text and its evidence quoted (Insert, then Finding picks the id).' },
  { line: '{{recommendation <id>}}', help: 'One recommendation with its addressee, status and the findings it rests on.' },
  { line: '{{recommendations}}', help: 'Every recommendation, grouped by addressee.' },
  { line: '{{recommendations addressee="Department of Justice"}}', help: 'The recommendations to one addressee.' },
  { line: '{{excerpt T-0007 "the exact words"}}', help: 'A quoted excerpt of a testimony with its reference code (write \\" for a quotation mark).' },
  { line: '{{statistics}}', help: 'Counts by theme, type, year recorded and narrator role, with charts.' },
  { line: '{{appendix testimonies}}', help: 'An index of the testimonies.' },
  { line: '{{appendix hearings}}', help: 'A list of the hearings and forums.' },
  { line: '{{appendix glossary}}', help: 'A glossary of the themes with their scope notes.' },
];

type Arg = { type: 'word'; text: string } | { type: 'string'; text: string } | { type: 'option'; key: string; value: string };

const fail = (problem: string): EmbedParse => ({ ok: false, problem });
const ok = (embed: Embed): EmbedParse => ({ ok: true, embed });
const shown = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

/** Reads a "…" string starting at `i` (the opening quote); \" and \\ are the only escapes. */
function readString(s: string, i: number): { text: string; end: number } | null {
  let text = '';
  for (let j = i + 1; j < s.length; j += 1) {
    const c = s[j] as string;
    if (c === '\\' && (s[j + 1] === '"' || s[j + 1] === '\\')) {
      text += s[j + 1];
      j += 1;
    } else if (c === '"') return { text, end: j + 1 };
    else text += c;
  }
  return null;
}

/** Splits the inside of an embed into words, "strings" and key="value" options. */
function tokenize(inner: string): Arg[] | string {
  const args: Arg[] = [];
  let i = 0;
  while (i < inner.length) {
    const c = inner[i] as string;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '"') {
      const str = readString(inner, i);
      if (!str) return 'A quotation is not closed: end it with " (write \\" for a quotation mark inside it).';
      args.push({ type: 'string', text: str.text });
      i = str.end;
      continue;
    }
    let j = i;
    while (j < inner.length && !/\s/.test(inner[j] as string) && inner[j] !== '"') j += 1;
    const word = inner.slice(i, j);
    if (word.endsWith('=') && inner[j] === '"') {
      const str = readString(inner, j);
      if (!str) return `The value of ${word.slice(0, -1)} is not closed: end it with ".`;
      args.push({ type: 'option', key: word.slice(0, -1), value: str.text });
      i = str.end;
      continue;
    }
    args.push({ type: 'word', text: word });
    i = j;
  }
  return args;
}

const argText = (a: Arg) => (a.type === 'option' ? `${a.key}="${a.value}"` : a.type === 'string' ? `"${a.text}"` : a.text);

/** Nothing may follow the arguments an embed takes. */
function noMore(kind: string, rest: Arg[], embed: Embed): EmbedParse {
  const extra = rest[0];
  return extra ? fail(`{{${kind}}} takes nothing more here: remove ${shown(argText(extra))}.`) : ok(embed);
}

function recordId(kind: 'finding' | 'recommendation', args: Arg[]): EmbedParse {
  const [first, ...rest] = args;
  const pick = kind === 'finding' ? 'Insert, then Finding' : 'Insert, then Recommendation';
  if (!first) return fail(`{{${kind}}} needs the ${kind}’s record id: choose it with ${pick}.`);
  if (first.type !== 'word' || !UUID_RE.test(first.text)) return fail(`${shown(argText(first))} is not a ${kind}’s record id; choose the ${kind} with ${pick}.`);
  return noMore(`${kind} …`, rest, { kind, id: first.text.toLowerCase() });
}

/**
 * Parses one embed line. The answer is the embed, or a problem a person can act on: shown in the
 * editor's preview and, in the confidential edition, printed where the embed would have been.
 */
export function parseEmbed(line: string): EmbedParse {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{{') || !trimmed.endsWith('}}') || trimmed.length < 4) return fail('An embed is a line of its own that starts with {{ and ends with }}, e.g. {{statistics}}.');
  const args = tokenize(trimmed.slice(2, -2));
  if (typeof args === 'string') return fail(args);
  const [head, ...rest] = args;
  if (!head) return fail(`This embed is empty: write what to print, one of ${KIND_LIST}.`);
  const kind = head.type === 'word' ? head.text.toLowerCase() : '';
  if (!(KINDS as readonly string[]).includes(kind)) return fail(`Unknown embed ${shown(argText(head))}: use ${KIND_LIST}.`);
  switch (kind as (typeof KINDS)[number]) {
    case 'finding':
      return recordId('finding', rest);
    case 'recommendation':
      return recordId('recommendation', rest);
    case 'recommendations': {
      const [option, ...more] = rest;
      if (!option) return ok({ kind: 'recommendations', addressee: null });
      if (option.type !== 'option' || option.key.toLowerCase() !== 'addressee') return fail(`{{recommendations}} takes only addressee="…": write {{recommendations}} for all, or {{recommendations addressee="Department of Justice"}}.`);
      if (option.value.trim() === '') return fail('The addressee is empty: write its name between the quotation marks, or leave addressee="…" out to list every recommendation.');
      return noMore('recommendations addressee="…"', more, { kind: 'recommendations', addressee: option.value.trim() });
    }
    case 'excerpt': {
      const [ref, quote, ...more] = rest;
      const example = '{{excerpt T-0007 "the exact words"}}';
      if (!ref) return fail(`{{excerpt}} needs the testimony’s reference code and the words in quotation marks: ${example}.`);
      if (ref.type !== 'word' || !REF_RE.test(ref.text)) return fail(`${shown(argText(ref))} is not a testimony reference code; write ${example}.`);
      if (!quote || quote.type !== 'string') return fail(`{{excerpt ${ref.text}}} needs the words to quote, in quotation marks: ${example}.`);
      if (quote.text.trim() === '') return fail(`The excerpt of ${ref.text} is empty: copy the words to quote between the quotation marks.`);
      return noMore('excerpt …', more, { kind: 'excerpt', ref: ref.text, quote: quote.text });
    }
    case 'statistics':
      return noMore('statistics', rest, { kind: 'statistics' });
    case 'appendix': {
      const [which, ...more] = rest;
      const w = which?.type === 'word' ? which.text.toLowerCase() : '';
      if (!(APPENDICES as readonly string[]).includes(w)) {
        return fail(`${which ? `Unknown appendix ${shown(argText(which))}` : '{{appendix}} needs to say which'}: use {{appendix testimonies}}, {{appendix hearings}} or {{appendix glossary}}.`);
      }
      return noMore(`appendix ${w}`, more, { kind: 'appendix', which: w as (typeof APPENDICES)[number] });
    }
  }
}

const quoted = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The line that embeds `embed` (the inverse of parseEmbed). Line breaks in a quote become spaces:
 * an embed is one line, and the excerpt is matched with whitespace normalised.
 */
export function embedLine(embed: Embed): string {
  switch (embed.kind) {
    case 'finding':
    case 'recommendation':
      return `{{${embed.kind} ${embed.id}}}`;
    case 'recommendations':
      return embed.addressee === null ? '{{recommendations}}' : `{{recommendations addressee=${quoted(embed.addressee.replace(/\s+/g, ' '))}}}`;
    case 'excerpt':
      return `{{excerpt ${embed.ref} ${quoted(embed.quote.replace(/\s+/g, ' '))}}}`;
    case 'statistics':
      return '{{statistics}}';
    case 'appendix':
      return `{{appendix ${embed.which}}}`;
  }
}
