import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCtx } from '../../../../../electron/archive/context';
import { resourcesDir } from '../../../../../electron/archive/resources';
import { loadSample } from '../../../../../electron/archive/sample/load';
import { owner, tempDir, testArchive } from '../../../helpers';

describe('the sample archive’s coding', () => {
  it('loads 57 coded passages and 18 segments over 16 testimonies, each on its quoted text', () => {
    const a = testArchive();
    a.call('archive.loadSample', {});
    const rows = a.call('testimonies.list', { includeWithdrawn: true, limit: 500 }).items;
    const coding = rows.map((r) => ({ t: a.call('testimonies.get', { id: r.id }), c: a.call('coding.get', { testimonyId: r.id }) }));
    const all = coding.flatMap((x) => x.c.passages.map((p) => ({ p, text: x.t.transcript, type: x.t.type })));
    expect(all.filter((x) => x.p.kind === 'code')).toHaveLength(57);
    expect(all.filter((x) => x.p.kind === 'segment')).toHaveLength(18);
    expect(coding.filter((x) => x.c.passages.length > 0)).toHaveLength(16);
    expect(coding.filter((x) => x.c.passages.some((p) => p.kind === 'segment'))).toHaveLength(5);
    const timed = all.filter((x) => x.p.timeStart !== null);
    expect(new Set(timed.map((x) => x.p.testimonyId)).size).toBe(2);
    expect(timed.every((x) => x.type === 'audio' || x.type === 'video')).toBe(true);
    for (const { p, text } of all) expect(text.slice(p.start, p.end)).toBe(p.quote);
    expect(all.every((x) => x.p.review === '' && (x.p.kind === 'segment' || x.p.themes.length > 0))).toBe(true);
    // Some passages overlap, as real coding does.
    const codes = all.filter((x) => x.p.kind === 'code').map((x) => x.p);
    const overlapping = codes.filter((p) => codes.some((q) => q !== p && q.testimonyId === p.testimonyId && q.start < p.end && p.start < q.end));
    expect(overlapping.length).toBeGreaterThanOrEqual(6);
    expect(coding.filter((x) => x.c.themes.length > 0).length).toBeGreaterThanOrEqual(8);
    // Found by theme in search.
    expect(a.call('search.query', { q: 'falanga', limit: 5 }).total).toBeGreaterThan(0);
    expect(a.call('search.query', { q: '"Rebuilding in brick"', limit: 5 }).total).toBe(1);
  });

  it('stops loudly, naming the file, when a quote has drifted from its transcript', () => {
    const dir = path.join(tempDir(), 'sample');
    cpSync(path.join(resourcesDir(), 'sample'), dir, { recursive: true });
    const spec = JSON.parse(readFileSync(path.join(dir, 'coding.json'), 'utf8')) as { testimonies: Record<string, { codes: { quote: string }[] }> };
    const first = spec.testimonies['005']?.codes[0];
    if (!first) throw new Error('sample coding changed shape');
    first.quote = 'A sentence nobody said.';
    writeFileSync(path.join(dir, 'coding.json'), JSON.stringify(spec));
    const a = testArchive();
    const archive = a.workspace.current();
    if (!archive) throw new Error('no archive');
    const ctx = createCtx(archive, owner, 'archive.loadSample');
    expect(() => archive.db.transaction(() => loadSample(ctx, dir))()).toThrow(/testimonies\/005\.txt: the quote “A sentence nobody said\.” is not in the transcript/);
    expect(a.call('testimonies.list', {}).total).toBe(0);
  });
});
