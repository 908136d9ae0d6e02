import { describe, expect, it } from 'vitest';
import { EMBED_HELP, embedLine, parseEmbed, type Embed } from '../../../../shared/report/embeds';

const ID = '3f2a6c1e-8b4d-4e2f-9a1b-0c5d7e8f9a10';

describe('parseEmbed', () => {
  it.each<[string, Embed]>([
    [`{{finding ${ID}}}`, { kind: 'finding', id: ID }],
    [`{{ Finding   ${ID.toUpperCase()} }}`, { kind: 'finding', id: ID }],
    [`{{recommendation ${ID}}}`, { kind: 'recommendation', id: ID }],
    ['{{recommendations}}', { kind: 'recommendations', addressee: null }],
    ['{{recommendations addressee="Department of Justice"}}', { kind: 'recommendations', addressee: 'Department of Justice' }],
    ['{{excerpt T-0007 "the exact words"}}', { kind: 'excerpt', ref: 'T-0007', quote: 'the exact words' }],
    ['{{excerpt TRC-2026-0001 "a \\"quoted\\" word, a \\\\ and }} braces"}}', { kind: 'excerpt', ref: 'TRC-2026-0001', quote: 'a "quoted" word, a \\ and }} braces' }],
    ['{{excerpt Т-001 "кириллица"}}', { kind: 'excerpt', ref: 'Т-001', quote: 'кириллица' }],
    ['{{statistics}}', { kind: 'statistics' }],
    ['{{appendix testimonies}}', { kind: 'appendix', which: 'testimonies' }],
    ['{{appendix hearings}}', { kind: 'appendix', which: 'hearings' }],
    ['{{appendix glossary}}', { kind: 'appendix', which: 'glossary' }],
  ])('reads %s', (line, embed) => {
    expect(parseEmbed(line)).toEqual({ ok: true, embed });
  });

  it.each([
    ['statistics', 'starts with {{ and ends with }}'],
    ['{{}}', 'This embed is empty'],
    ['{{foo}}', 'Unknown embed “foo”: use finding, recommendation, recommendations, excerpt, statistics or appendix.'],
    ['{{finding}}', '{{finding}} needs the finding’s record id: choose it with Insert, then Finding.'],
    ['{{finding F-001}}', '“F-001” is not a finding’s record id; choose the finding with Insert, then Finding.'],
    [`{{finding ${ID} extra}}`, '{{finding …}} takes nothing more here: remove “extra”.'],
    ['{{recommendation 3}}', '“3” is not a recommendation’s record id; choose the recommendation with Insert, then Recommendation.'],
    ['{{recommendations to="Police"}}', '{{recommendations}} takes only addressee="…"'],
    ['{{recommendations addressee=""}}', 'The addressee is empty'],
    ['{{recommendations addressee="Police}}', 'The value of addressee is not closed'],
    ['{{excerpt}}', '{{excerpt}} needs the testimony’s reference code and the words in quotation marks'],
    ['{{excerpt "words"}}', '“"words"” is not a testimony reference code'],
    ['{{excerpt T-0007}}', '{{excerpt T-0007}} needs the words to quote, in quotation marks'],
    ['{{excerpt T-0007 words}}', '{{excerpt T-0007}} needs the words to quote'],
    ['{{excerpt T-0007 "  "}}', 'The excerpt of T-0007 is empty'],
    ['{{excerpt T-0007 "open}}', 'A quotation is not closed'],
    ['{{excerpt T-0007 "a" "b"}}', 'takes nothing more here: remove “"b"”'],
    ['{{statistics now}}', '{{statistics}} takes nothing more here: remove “now”.'],
    ['{{appendix}}', '{{appendix}} needs to say which: use {{appendix testimonies}}, {{appendix hearings}} or {{appendix glossary}}.'],
    ['{{appendix people}}', 'Unknown appendix “people”: use'],
  ])('explains what is wrong with %s', (line, problem) => {
    const r = parseEmbed(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });

  it('shortens a very long unknown word in its message', () => {
    const r = parseEmbed(`{{${'x'.repeat(5000)}}}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.length).toBeLessThan(200);
  });
});

describe('embedLine', () => {
  const embeds: Embed[] = [
    { kind: 'finding', id: ID },
    { kind: 'recommendation', id: ID },
    { kind: 'recommendations', addressee: null },
    { kind: 'recommendations', addressee: 'Harlan County "Police" \\ Department' },
    { kind: 'excerpt', ref: 'T-0007', quote: 'He said: "run", and \\ }} we ran' },
    { kind: 'statistics' },
    { kind: 'appendix', which: 'testimonies' },
    { kind: 'appendix', which: 'hearings' },
    { kind: 'appendix', which: 'glossary' },
  ];
  it.each(embeds)('round-trips %j', (embed) => {
    expect(parseEmbed(embedLine(embed))).toEqual({ ok: true, embed });
  });

  it('writes a quote across lines on one line', () => {
    expect(embedLine({ kind: 'excerpt', ref: 'T-1', quote: 'one\ntwo  three' })).toBe('{{excerpt T-1 "one two three"}}');
  });

  it('offers help for every kind, each line parsing except the placeholders', () => {
    expect(EMBED_HELP.length).toBeGreaterThanOrEqual(9);
    for (const h of EMBED_HELP.filter((e) => !e.line.includes('<id>'))) expect(parseEmbed(h.line).ok).toBe(true);
  });
});
