import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCtx } from '../../../../../electron/archive/context';
import { nameFacts, nameWithholder } from '../../../../../electron/archive/publish/publicTestimony';
import { createResolver, PUBLIC_EXCERPT_LEFT_OUT } from '../../../../../electron/archive/reports/resolve';
import { loadSampleReport } from '../../../../../electron/archive/sample/report';
import { parseMarkdown } from '../../../../../shared/report/markdown';
import type { Embed } from '../../../../../shared/report/embeds';
import { owner, tempDir, testArchive } from '../../../helpers';
import { reportArchive } from './setup';

const TODAY = new Date().toISOString().slice(0, 10);

describe('the sample report', () => {
  it('loads with the sample archive and uses every feature; the public edition leaves the sealed excerpt out', () => {
    const a = testArchive();
    const counts = a.call('archive.loadSample', {});
    expect(counts.reports).toBe(1);
    const [row] = a.call('reports.list', {});
    if (!row) throw new Error('no report');
    const report = a.call('reports.get', { id: row.id });
    expect(report.sections.length).toBeGreaterThanOrEqual(4);
    expect(report.sections.length).toBeLessThanOrEqual(6);
    expect(report.authors.length).toBeGreaterThan(0);
    expect(report.subtitle).not.toBe('');

    const docs = report.sections.map((s) => parseMarkdown(s.body));
    const blocks = JSON.stringify(docs);
    for (const kind of ['"heading"', '"list"', '"quote"', '"table"', '"link"', '"footnoteRef"', '"bold"', '"italic"']) expect(blocks).toContain(kind);
    expect(blocks).toContain('"level":3');
    const embeds = docs.flatMap((d) => d.blocks.flatMap((b) => (b.kind === 'embed' ? [b.embed] : [])));
    expect(embeds.every((e) => e.ok)).toBe(true);
    const list = embeds.flatMap((e) => (e.ok ? [e.embed] : []));
    const kinds = new Set(list.map((e) => (e.kind === 'appendix' ? `appendix ${e.which}` : e.kind === 'recommendations' && e.addressee ? 'recommendations to one' : e.kind)));
    expect([...kinds].sort()).toEqual(['appendix glossary', 'appendix hearings', 'appendix testimonies', 'excerpt', 'finding', 'recommendation', 'recommendations', 'recommendations to one', 'statistics']);

    const open = a.workspace.current();
    if (!open) throw new Error('no archive');
    const resolveAll = (edition: 'public' | 'confidential') => open.db.transaction(() => list.map(createResolver(open.db, { edition, day: TODAY })))();
    const confidential = resolveAll('confidential');
    expect(confidential.filter((r) => r.kind === 'placeholder')).toEqual([]);
    const pub = resolveAll('public');
    expect(pub.filter((r) => r.kind === 'placeholder')).toEqual([{ kind: 'placeholder', message: PUBLIC_EXCERPT_LEFT_OUT }]);
    const sealedExcerpt = list.find((e): e is Extract<Embed, { kind: 'excerpt' }> => e.kind === 'excerpt' && e.quote.startsWith('Concrete bench'));
    if (!sealedExcerpt) throw new Error('the sample has no sealed excerpt');
    expect(JSON.stringify(confidential)).toContain(sealedExcerpt.quote);
    expect(JSON.stringify(pub)).not.toContain(sealedExcerpt.quote);
    // The section text names a witness without consent: the public edition's withholder hides him.
    const withhold = nameWithholder(nameFacts(open.db));
    expect(report.sections[0]?.body).toContain('Calvin Rudd');
    expect(withhold(report.sections[0]?.body ?? '')).not.toContain('Calvin Rudd');
  });

  it('stops the load with a message naming the section when a line names what the sample does not have', () => {
    const a = reportArchive();
    const open = a.workspace.current();
    if (!open) throw new Error('no archive');
    const load = (sections: unknown) => {
      const dir = tempDir('tessera-sample-');
      writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ title: 'R', sections }));
      return open.db.transaction(() => loadSampleReport(createCtx(open, owner, 'archive.loadSample'), dir, new Map([['001', a.open.id]])))();
    };
    expect(() => load([{ title: 'One', body: '{{finding F-404}}' }])).toThrow('Sample report section 1 (One) embeds finding F-404, which the sample does not have');
    expect(() => load([{ title: 'One', body: 'x' }, { title: 'Two', body: '{{excerpt 001 "not in it"}}' }])).toThrow(`Sample report section 2 (Two): the words “not in it” are not in the transcript of ${a.open.ref}`);
    expect(() => load([{ title: 'One', body: '{{excerpt 002 "x"}}' }])).toThrow('quotes testimony 002');
    expect(() => load([{ title: 'One', body: '{{nonsense}}' }])).toThrow('Unknown embed');
    expect(a.call('reports.list', {})).toEqual([]);
    expect(load([{ title: 'One', body: ['Line one', '', '{{excerpt 001 "Forty-one minutes."}}'] }, { title: 'Two', body: '' }])).toBe(1);
    const [row] = a.call('reports.list', {});
    expect(a.call('reports.get', { id: row?.id as string }).sections.map((s) => [s.title, s.body])).toEqual([
      ['One', `Line one\n\n{{excerpt ${a.open.ref} "Forty-one minutes."}}`],
      ['Two', ''],
    ]);
  });
});
