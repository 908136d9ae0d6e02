import { describe, expect, it } from 'vitest';
import type { Embed } from '../../../../../shared/report/embeds';
import { createResolver, findQuote, PUBLIC_EXCERPT_LEFT_OUT, resolveEmbed } from '../../../../../electron/archive/reports/resolve';
import type { ResolvedEmbed, ResolveOptions } from '../../../../../electron/archive/reports/resolved';
import { OPEN_TEXT, reportArchive, SEALED_TEXT } from './setup';

const TODAY = new Date().toISOString().slice(0, 10);
const PUBLIC: ResolveOptions = { edition: 'public', day: TODAY };
const CONFIDENTIAL: ResolveOptions = { edition: 'confidential', day: TODAY };

/** The sample: a finding citing both testimonies, recommendations to two bodies, themes on both testimonies. */
function archive() {
  const a = reportArchive();
  const f = a.call('findings.create', { data: { title: 'Emeka Okafor was not believed', text: 'Emeka Okafor **timed** the wait.\n\n{{statistics}}', themeIds: [a.theme('Truth-telling')] } });
  a.call('findings.cite', { id: f.id, citation: { testimonyId: a.open.id, ...a.span('Emeka Okafor timed it on the kitchen clock.'), note: 'Told by Emeka Okafor' } });
  a.call('findings.cite', { id: f.id, citation: { testimonyId: a.sealed.id, ...a.span('The ledger was burned in the yard.', SEALED_TEXT) } });
  const r1 = a.call('recommendations.create', { data: { title: 'Open the jail records', text: 'As Emeka Okafor asked.', addressee: 'Department of Justice', addresseeType: 'justice_department', priority: 'high', findingIds: [f.id], themeIds: [a.theme('Truth-telling')] } });
  const r2 = a.call('recommendations.create', { data: { title: 'Train officers', addressee: 'Calder Police Department', addresseeType: 'police' } });
  const r3 = a.call('recommendations.create', { data: { title: 'Publish the findings', addressee: 'Department of Justice' } });
  a.call('coding.tag', { testimonyId: a.open.id, themeId: a.theme('Public testimony') });
  a.call('coding.tag', { testimonyId: a.sealed.id, themeId: a.theme('Truth-telling') });
  const resolve = (embed: Embed, opts: ResolveOptions) => resolveEmbed(a.db(), embed, opts);
  const excerpt = (quote: string, ref = a.open.ref): Embed => ({ kind: 'excerpt', ref, quote });
  return { ...a, f, r1, r2, r3, resolve, excerpt };
}

const json = (r: ResolvedEmbed) => JSON.stringify(r);

describe('resolveEmbed: excerpts', () => {
  it('quotes an excerpt with its reference, title and date; whitespace may differ', () => {
    const a = archive();
    expect(a.resolve(a.excerpt('Forty-one minutes.'), CONFIDENTIAL)).toEqual({
      kind: 'excerpt',
      excerpt: { ref: a.open.ref, title: 'Emeka Okafor on the night of the raid', dateRecorded: '1998-03-14', text: 'Forty-one minutes.', note: '' },
    });
    const spaced = a.resolve(a.excerpt('minutes. Then the sirens stopped.'), CONFIDENTIAL);
    expect(spaced).toMatchObject({ kind: 'excerpt', excerpt: { text: 'minutes.\nThen  the   sirens stopped.' } });
    expect(findQuote(OPEN_TEXT, 'not there at all')).toBeNull();
    expect(findQuote('a\n\n b  c', ' b\tc ')).toEqual({ start: 4, end: 8 });
    expect(findQuote('x  y', '   ')).toBeNull();
    // Many near-matches: found (or not) in one pass over the text.
    const repeated = 'a '.repeat(200_000);
    expect(findQuote(repeated, `${'a '.repeat(5_000)}b`)).toBeNull();
    expect(findQuote(`${repeated}a\nb`, `${'a  '.repeat(3)}b`)).toEqual({ start: 399_996, end: 400_003 });
  });

  it('leaves a sealed testimony’s excerpt out of the public edition without naming or quoting it', () => {
    const a = archive();
    const quote = 'The ledger was burned in the yard.';
    const pub = a.resolve(a.excerpt(quote, a.sealed.ref), PUBLIC);
    expect(pub).toEqual({ kind: 'placeholder', message: PUBLIC_EXCERPT_LEFT_OUT });
    for (const leaked of ['ledger', a.sealed.ref, 'sealed statement']) expect(json(pub)).not.toContain(leaked);
    // The same message when the testimony does not exist, so the message tells nothing.
    expect(a.resolve(a.excerpt('words', 'T-0099'), PUBLIC)).toEqual(pub);
    expect(a.resolve(a.excerpt(quote, a.sealed.ref), CONFIDENTIAL)).toMatchObject({ kind: 'excerpt', excerpt: { ref: a.sealed.ref, text: quote } });
  });

  it('replaces redacted words in the public edition only', () => {
    const a = archive();
    const clock = a.span('kitchen clock');
    a.redact(a.open.id, clock.start, clock.end);
    a.redact(a.open.id, clock.start + 3, clock.end + 1);
    const embed = a.excerpt('Emeka Okafor timed it on the kitchen clock. Forty-one');
    expect(a.resolve(embed, PUBLIC)).toMatchObject({ kind: 'excerpt', excerpt: { text: 'E. O. timed it on the [redacted] Forty-one' } });
    expect(a.resolve(embed, CONFIDENTIAL)).toMatchObject({ kind: 'excerpt', excerpt: { text: 'Emeka Okafor timed it on the kitchen clock. Forty-one' } });
  });

  it('replaces the names of people without consent by their pseudonym in the public edition', () => {
    const a = archive();
    const pub = a.resolve(a.excerpt('Emeka Okafor timed it'), PUBLIC);
    expect(pub).toMatchObject({ kind: 'excerpt', excerpt: { title: 'E. O. on the night of the raid', text: 'E. O. timed it' } });
    expect(json(pub)).not.toContain('Okafor');
  });

  it('prints a placeholder for words edited away, a withdrawn testimony and an unknown reference', () => {
    const a = archive();
    a.db().prepare('UPDATE testimony_texts SET transcript = ? WHERE testimony_id = ?').run('The trucks came later.', a.open.id);
    const gone = a.excerpt('Forty-one minutes.');
    expect(a.resolve(gone, CONFIDENTIAL)).toEqual({ kind: 'placeholder', message: `[Excerpt from ${a.open.ref} no longer in the transcript: the words were edited away]` });
    expect(a.resolve(gone, PUBLIC)).toEqual({ kind: 'placeholder', message: PUBLIC_EXCERPT_LEFT_OUT });
    expect(a.resolve(a.excerpt('words', 'T-0099'), CONFIDENTIAL)).toEqual({ kind: 'placeholder', message: '[Testimony T-0099 not found]' });
    a.call('testimonies.withdraw', { id: a.sealed.id, reason: 'At the narrator’s request' });
    expect(a.resolve(a.excerpt('Nobody came', a.sealed.ref), CONFIDENTIAL)).toEqual({ kind: 'placeholder', message: `[Excerpt from ${a.sealed.ref} left out: the testimony was withdrawn]` });
  });
});

describe('resolveEmbed: findings and recommendations', () => {
  it('prints a finding with its evidence; the public edition leaves out the sealed evidence, redacts and withholds names', () => {
    const a = archive();
    const clock = a.span('kitchen clock');
    a.redact(a.open.id, clock.start, clock.end);
    const conf = a.resolve({ kind: 'finding', id: a.f.id }, CONFIDENTIAL);
    expect(conf).toMatchObject({
      kind: 'finding',
      finding: {
        ref: 'F-001',
        title: 'Emeka Okafor was not believed',
        themes: ['Truth-telling'],
        withheld: 0,
        evidence: [
          { ref: a.open.ref, text: 'Emeka Okafor timed it on the kitchen clock.', note: 'Told by Emeka Okafor', dateRecorded: '1998-03-14' },
          { ref: a.sealed.ref, text: 'The ledger was burned in the yard.' },
        ],
      },
    });
    const pub = a.resolve({ kind: 'finding', id: a.f.id }, PUBLIC);
    if (pub.kind !== 'finding') throw new Error('not a finding');
    expect(pub.finding).toMatchObject({ title: 'E. O. was not believed', withheld: 1, evidence: [{ ref: a.open.ref, text: 'E. O. timed it on the [redacted].', note: 'Told by E. O.' }] });
    // The Markdown is parsed after withholding, and an embed line inside a finding stays text.
    expect(pub.finding.text.blocks[0]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'E. O. ', style: 'regular' },
        { kind: 'text', text: 'timed', style: 'bold' },
        { kind: 'text', text: ' the wait.', style: 'regular' },
      ],
    });
    expect(pub.finding.text.blocks[1]?.kind).toBe('paragraph');
    for (const leaked of ['ledger', a.sealed.ref, 'Okafor', 'kitchen']) expect(json(pub)).not.toContain(leaked);
  });

  it('counts evidence edited away as withheld in both editions', () => {
    const a = archive();
    a.db().prepare('UPDATE testimony_texts SET transcript = ? WHERE testimony_id = ?').run('Nothing of it is left.', a.sealed.id);
    expect(a.resolve({ kind: 'finding', id: a.f.id }, CONFIDENTIAL)).toMatchObject({ finding: { withheld: 1, evidence: [{ ref: a.open.ref }] } });
  });

  it('prints a placeholder for a deleted finding or recommendation', () => {
    const a = archive();
    a.call('findings.remove', { id: a.f.id });
    expect(a.resolve({ kind: 'finding', id: a.f.id }, CONFIDENTIAL)).toEqual({ kind: 'placeholder', message: '[Finding not found: it may have been deleted]' });
    expect(a.resolve({ kind: 'finding', id: a.f.id }, PUBLIC)).toMatchObject({ kind: 'placeholder' });
    a.call('recommendations.remove', { id: a.r2.id });
    expect(a.resolve({ kind: 'recommendation', id: a.r2.id }, CONFIDENTIAL)).toEqual({ kind: 'placeholder', message: '[Recommendation not found: it may have been deleted]' });
  });

  it('prints a recommendation with its labels, findings and themes', () => {
    const a = archive();
    expect(a.resolve({ kind: 'recommendation', id: a.r1.id }, PUBLIC)).toMatchObject({
      kind: 'recommendation',
      recommendation: { number: 1, title: 'Open the jail records', addressee: 'Department of Justice', addresseeType: 'Department of justice', priority: 'High', status: 'not_started', statusDate: TODAY, findings: ['F-001'], themes: ['Truth-telling'] },
    });
    expect(JSON.stringify(a.resolve({ kind: 'recommendation', id: a.r1.id }, PUBLIC))).toContain('As E. O. asked.');
  });

  it('groups recommendations by addressee in order of first number, or lists one addressee’s', () => {
    const a = archive();
    const all = a.resolve({ kind: 'recommendations', addressee: null }, CONFIDENTIAL);
    if (all.kind !== 'recommendations') throw new Error('not recommendations');
    expect(all.groups.map((g) => [g.addressee, g.items.map((i) => i.number)])).toEqual([
      ['Department of Justice', [1, 3]],
      ['Calder Police Department', [2]],
    ]);
    const one = a.resolve({ kind: 'recommendations', addressee: 'calder police department' }, CONFIDENTIAL);
    expect(one).toMatchObject({ kind: 'recommendations', groups: [{ addressee: 'Calder Police Department', items: [{ number: 2 }] }] });
    expect(a.resolve({ kind: 'recommendations', addressee: 'Nobody' }, CONFIDENTIAL)).toEqual({ kind: 'placeholder', message: '[No recommendation is addressed to “Nobody”]' });
  });
});

describe('resolveEmbed: generated parts', () => {
  it('counts publishable testimonies only in the public edition, by top-level theme, type, year and narrator role', () => {
    const a = archive();
    expect(a.resolve({ kind: 'statistics' }, PUBLIC)).toEqual({
      kind: 'statistics',
      statistics: {
        total: 1,
        basis: 'testimonies open to the public',
        byTheme: [{ label: 'Restorative justice', count: 1 }],
        byType: [{ label: 'Audio recording', count: 1 }],
        byYear: [{ label: '1998', count: 1 }],
        byNarratorRole: [{ label: 'Survivor / victim', count: 1 }],
      },
    });
    const conf = a.resolve({ kind: 'statistics' }, CONFIDENTIAL);
    expect(conf).toMatchObject({
      statistics: {
        total: 2,
        byTheme: [{ label: 'Restorative justice', count: 2 }],
        byType: [
          { label: 'Audio recording', count: 1 },
          { label: 'Written statement', count: 1 },
        ],
        byYear: [
          { label: '1998', count: 1 },
          { label: '1999', count: 1 },
        ],
        byNarratorRole: [
          { label: 'Survivor / victim', count: 1 },
          { label: 'Witness', count: 1 },
        ],
      },
    });
  });

  it('lists publishable testimonies, public hearings and the glossary in the public edition', () => {
    const a = archive();
    expect(a.resolve({ kind: 'appendix', which: 'testimonies' }, PUBLIC)).toEqual({
      kind: 'appendix',
      which: 'testimonies',
      rows: [{ ref: a.open.ref, title: 'E. O. on the night of the raid', date: '1998-03-14', type: 'Audio recording' }],
    });
    expect(a.resolve({ kind: 'appendix', which: 'testimonies' }, CONFIDENTIAL)).toMatchObject({ rows: [{ ref: a.open.ref }, { ref: a.sealed.ref }] });
    expect(a.resolve({ kind: 'appendix', which: 'hearings' }, PUBLIC)).toEqual({ kind: 'appendix', which: 'hearings', rows: [{ title: 'First public hearing', date: '2001-03-14', type: 'Public hearing', place: '' }] });
    expect(a.resolve({ kind: 'appendix', which: 'hearings' }, CONFIDENTIAL)).toMatchObject({ rows: [{ title: 'First public hearing' }, { title: 'Statement of Emeka Okafor', type: 'Private statement session' }] });
    const glossary = a.resolve({ kind: 'appendix', which: 'glossary' }, PUBLIC);
    if (glossary.kind !== 'appendix' || glossary.which !== 'glossary') throw new Error('not the glossary');
    expect(glossary.rows).toContainEqual(expect.objectContaining({ label: 'Public testimony', broader: 'Truth-telling' }));
    expect(glossary.rows.find((r) => r.label === 'Restorative justice')).toMatchObject({ broader: '' });
  });

  it('shares one resolver across embeds and gives the same answers as one at a time', () => {
    const a = archive();
    const embeds: Embed[] = [{ kind: 'finding', id: a.f.id }, a.excerpt('Forty-one minutes.'), { kind: 'statistics' }, { kind: 'statistics' }, { kind: 'appendix', which: 'glossary' }];
    const resolve = createResolver(a.db(), PUBLIC);
    expect(a.db().transaction(() => embeds.map(resolve))()).toEqual(embeds.map((e) => a.resolve(e, PUBLIC)));
  });

  it('never lets the sealed testimony’s words into any public embed', () => {
    const a = archive();
    const embeds: Embed[] = [
      { kind: 'finding', id: a.f.id },
      { kind: 'recommendations', addressee: null },
      a.excerpt('The ledger was burned in the yard.', a.sealed.ref),
      a.excerpt('Nobody came to Sawyer Road', a.sealed.ref),
      { kind: 'statistics' },
      { kind: 'appendix', which: 'testimonies' },
      { kind: 'appendix', which: 'hearings' },
      { kind: 'appendix', which: 'glossary' },
    ];
    const all = JSON.stringify(embeds.map((e) => a.resolve(e, PUBLIC)));
    for (const leaked of ['ledger', 'Sawyer Road', a.sealed.ref, 'A sealed statement', 'Okafor', 'Written statement', 'Witness']) expect(all).not.toContain(leaked);
  });
});

describe('reports.previewEmbeds', () => {
  it('labels each line and says what goes wrong in either edition', () => {
    const a = archive();
    const preview = a.call('reports.previewEmbeds', {
      lines: [`{{finding ${a.f.id}}}`, `{{excerpt ${a.sealed.ref} "The ledger was burned"}}`, `{{excerpt ${a.open.ref} "not in it"}}`, '{{recommendations}}', '{{statistics}}', '{{appendix glossary}}', '{{bogus}}'],
    });
    expect(preview[0]).toMatchObject({ label: 'Finding F-001 — Emeka Okafor was not believed', text: 'Emeka Okafor timed the wait. {{statistics}}', problem: null, publicProblem: 'Public edition: 1 piece of evidence from testimonies not open to the public is left out.' });
    expect(preview[1]).toMatchObject({ label: `Excerpt from ${a.sealed.ref} — A sealed statement`, text: 'The ledger was burned', problem: null, publicProblem: `Public edition: ${PUBLIC_EXCERPT_LEFT_OUT}` });
    expect(preview[2]).toMatchObject({ label: `Excerpt from ${a.open.ref}`, problem: `[Excerpt from ${a.open.ref} no longer in the transcript: the words were edited away]` });
    expect(preview[3]).toMatchObject({ label: 'Recommendations (3 recommendations, 2 addressees)', problem: null, publicProblem: null });
    expect(preview[4]?.label).toBe('Statistics (2 testimonies: testimonies in the archive (withdrawn testimonies are not counted))');
    expect(preview[5]?.label).toMatch(/^Appendix: glossary of themes \(\d+ entries\)$/);
    expect(preview[6]).toMatchObject({ label: 'Embed', problem: expect.stringContaining('Unknown embed “bogus”') as string });
    expect(preview.every((p) => p.text.length <= 300)).toBe(true);
  });
});
