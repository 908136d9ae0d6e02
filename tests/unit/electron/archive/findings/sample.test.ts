import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCtx } from '../../../../../electron/archive/context';
import { loadSampleFindings } from '../../../../../electron/archive/sample/findings';
import { RECOMMENDATION_STATUSES } from '../../../../../shared/model/findings';
import { owner, tempDir, testArchive } from '../../../helpers';
import { findingArchive } from './setup';

/** A sample folder of our own, so these tests do not follow edits to the shipped sample. */
function fixture(content: unknown): string {
  const dir = tempDir('tessera-sample-');
  if (content !== undefined) writeFileSync(path.join(dir, 'findings.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

function loader(a: ReturnType<typeof findingArchive>) {
  const open = a.workspace.current();
  if (!open) throw new Error('no archive');
  const keys = new Map([['001', a.testimony.id], ['002', a.sealed.id]]);
  return (dir: string) => open.db.transaction(() => loadSampleFindings(createCtx(open, owner, 'archive.loadSample'), dir, keys))();
}

const FINDING = {
  ref: 'F-010',
  title: 'The fire was left to burn',
  themes: ['Arson'],
  citations: [
    { testimony: '001', quote: 'Forty-one minutes.', note: 'Timed.' },
    { testimony: '002', quote: 'Nobody', occurrence: 1 },
  ],
};
const RECOMMENDATION = {
  title: 'Acknowledge the delay',
  addressee: 'City of Calder',
  addresseeType: 'local_government',
  themes: ['Official apology'],
  findings: ['F-010'],
  history: [
    { status: 'not_started', date: '2003-12-10', assessedBy: 'The Commission' },
    { status: 'proposed', date: '2013-04-10', assessedBy: 'City Council', note: 'Tabled.' },
  ],
};

describe('the sample loader for findings and recommendations', () => {
  it('creates findings with their citations found by quote, and recommendations with their dated history', () => {
    const a = findingArchive();
    expect(loader(a)(fixture({ findings: [FINDING], recommendations: [RECOMMENDATION] }))).toEqual({ findings: 1, recommendations: 1 });
    const [row] = a.call('findings.list', {}).items;
    const f = a.call('findings.get', { id: row!.id });
    expect(f).toMatchObject({ ref: 'F-010', themes: [{ label: 'Arson' }] });
    expect(f.citations.map((c) => [c.quote, c.state, c.start, c.note])).toEqual([
      ['Forty-one minutes.', 'ok', a.span('Forty-one minutes.').start, 'Timed.'],
      ['Nobody', 'ok', 13, ''],
    ]);
    const [r] = a.call('recommendations.list', {}).items;
    expect(a.call('recommendations.get', { id: r!.id })).toMatchObject({
      number: 1,
      status: 'proposed',
      statusDate: '2013-04-10',
      findings: [{ ref: 'F-010' }],
      history: [{ status: 'not_started', date: '2003-12-10', assessedBy: 'The Commission' }, { status: 'proposed', note: 'Tabled.' }],
    });
  });

  it('does nothing when there is no findings.json', () => {
    expect(loader(findingArchive())(fixture(undefined))).toEqual({ findings: 0, recommendations: 0 });
  });

  it.each([
    ['not JSON', '{', /findings\.json cannot be read/],
    ['a quote not in the transcript', { findings: [{ ...FINDING, citations: [{ testimony: '001', quote: 'A sentence nobody said.' }] }] }, /Sample finding F-010: the quote “A sentence nobody said\.” is not in testimonies\/001\.txt/],
    ['an occurrence too far', { findings: [{ ...FINDING, citations: [{ testimony: '002', quote: 'Nobody', occurrence: 2 }] }] }, /the quote “Nobody” is not in testimonies\/002\.txt/],
    ['an unknown testimony', { findings: [{ ...FINDING, citations: [{ testimony: '999', quote: 'x' }] }] }, /Sample finding F-010 cites an unknown testimony "999"/],
    ['an unknown theme', { findings: [{ ...FINDING, themes: ['Nothing like it'] }] }, /Sample finding 1: no theme labelled “Nothing like it”/],
    ['an unknown finding', { findings: [], recommendations: [RECOMMENDATION] }, /Sample recommendation 1 rests on an unknown finding "F-010"/],
    ['a history that does not start "not started"', { findings: [FINDING], recommendations: [{ ...RECOMMENDATION, history: RECOMMENDATION.history.slice(1) }] }, /its history must start with "not_started"/],
    ['a status in the future', { findings: [FINDING], recommendations: [{ ...RECOMMENDATION, history: [...RECOMMENDATION.history, { status: 'complete', date: '2999-01-01', assessedBy: 'X' }] }] }, /Sample recommendation 1 \(complete on 2999-01-01\): An assessment cannot be dated in the future/],
  ])('stops with a message for %s', (_, content, message) => {
    const a = findingArchive();
    expect(() => loader(a)(fixture(content))).toThrow(message);
    expect(a.call('findings.list', {}).items).toEqual([]);
  });
});

describe('the shipped sample archive', () => {
  it('loads findings whose quotes are all found, and recommendations to several bodies in every status', () => {
    const { call } = testArchive();
    const counts = call('archive.loadSample', {});
    expect(counts).toMatchObject({ findings: 5, recommendations: 10 });
    const findings = call('findings.list', {}).items.map((f) => call('findings.get', { id: f.id }));
    expect(findings.map((f) => f.ref)).toEqual(['F-001', 'F-002', 'F-003', 'F-004', 'F-005']);
    const citations = findings.flatMap((f) => f.citations);
    for (const f of findings) expect(f.citations.length, f.ref).toBeGreaterThanOrEqual(2);
    expect(citations.every((c) => c.state === 'ok')).toBe(true);
    expect(citations.some((c) => !c.publishable && c.accessLevel === 'sealed')).toBe(true);
    expect(citations.some((c) => c.publishable)).toBe(true);
    for (const c of citations) {
      const t = call('testimonies.get', { id: c.testimonyId });
      expect(t.transcript.slice(c.start, c.end)).toBe(c.quote);
    }

    const tracker = call('recommendations.list', {});
    expect(tracker.items.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const s of RECOMMENDATION_STATUSES) expect(tracker.counts.byStatus[s], s).toBeGreaterThan(0);
    expect(tracker.counts.byAddressee.length).toBeGreaterThanOrEqual(5);
    expect(new Set(tracker.items.map((r) => r.addresseeType)).size).toBeGreaterThanOrEqual(4);
    const full = tracker.items.map((r) => call('recommendations.get', { id: r.id }));
    for (const r of full) {
      expect(r.history.length, r.title).toBeGreaterThanOrEqual(2);
      expect(r.findings.length, r.title).toBeGreaterThan(0);
      expect(r.status).toBe(r.history.at(-1)?.status);
    }
  });
});
