import { describe, expect, it } from 'vitest';
import { ACCESS_LEVELS } from '../../../../../shared/model/enums';
import { owner, testArchive } from '../../../helpers';

describe('the sample archive', () => {
  it('loads into an empty archive with everything the issue promises', () => {
    const { call, router } = testArchive();
    const counts = call('archive.loadSample', {});
    expect(counts.testimonies).toBeGreaterThanOrEqual(40);
    expect(counts.hearings).toBeGreaterThanOrEqual(2);
    expect(counts.people).toBeGreaterThan(20);
    expect(counts.places).toBeGreaterThan(5);
    expect(counts.findings).toBeGreaterThanOrEqual(4);
    expect(counts.recommendations).toBeGreaterThanOrEqual(8);

    const rows = call('testimonies.list', { includeWithdrawn: true, limit: 500 }).items;
    expect(rows).toHaveLength(counts.testimonies);
    for (const level of ACCESS_LEVELS) expect(rows.filter((r) => r.accessLevel === level).length).toBeGreaterThan(0);
    expect(rows.some((r) => r.embargoUntil !== null && r.embargoUntil > new Date().toISOString())).toBe(true);
    expect(rows.some((r) => r.withdrawn)).toBe(true);

    const full = rows.map((r) => call('testimonies.get', { id: r.id }));
    expect(full.filter((t) => t.wordCount >= 5000).length).toBeGreaterThanOrEqual(3);
    const transcripts = full.map((t) => t.transcript).join('\n');
    for (const name of ['Nieuwoudt', 'Ñandú', 'Мирошниченко', 'Ngcobo']) expect(transcripts).toContain(name);
    const people = call('people.list', { limit: 500 }).items.map((p) => p.name).join('\n');
    for (const script of [/\p{Script=Cyrillic}/u, /\p{Script=Arabic}/u, /\p{Script=Greek}/u, /[ñéöç]/u]) expect(people).toMatch(script);
    expect(new Set(full.map((t) => t.type)).size).toBe(4);
    expect(full.some((t) => t.dateRecorded.startsWith('circa') || t.datesSpokenAbout.some((d) => d.startsWith('circa')))).toBe(true);

    expect(router.call(owner, 'archive.loadSample', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('testimonies.list', { includeWithdrawn: true }).total).toBe(counts.testimonies);
  });
});
