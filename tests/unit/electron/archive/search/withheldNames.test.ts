import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/api';
import { parseQuery } from '../../../../../shared/query/parse';
import { nameFacts } from '../../../../../electron/archive/publish/publicTestimony';
import { namesToRecheck } from '../../../../../electron/archive/search/withheldNames';
import { CONTROL, leakageArchive, SENTINEL } from '../publish/leakageArchive';

/**
 * The public scope of search answers as the public form of a testimony reads: a testimony is not
 * found (nor left out) by the name of a person who did not consent to be named, and is found by
 * the public name shown in its place. The leakage archive's T-0001 names "SENTINEL-NONAME-K44
 * Okonkwo" (pseudonym "Witness CONTROL-PSEUDONYM-2W6") and "SENTINEL-NONAME-B87 Varga" (none),
 * and has redactions (so it was re-checked already); T-0100, added here, names them with none.
 */

type Query = Omit<Input<'search.query'>, 'q'>;

function archive() {
  const a = leakageArchive();
  const consent = { recording: true, quoting: true, naming: true, publicRelease: true, researchAccess: true, takenBy: 'Field team', takenOn: '2020-01-10' };
  const transcript = `The kettle boiled when ${SENTINEL.unnamedBare} came in; ${SENTINEL.unnamedWithPseudonym} poured.`;
  a.call('testimonies.create', { data: { ref: 'T-0100', title: 'Kettle statement', type: 'audio', accessLevel: 'public', consent, transcript } });
  const refs = (q: string, more: Query = {}) => a.call('search.query', { q, limit: 200, ...more }).items.map((h) => h.ref);
  const touched = (q: string) => {
    const parsed = parseQuery(q);
    return namesToRecheck(a.db(), [...parsed.all.flat(), ...parsed.none], nameFacts(a.db())).map((p) => p.name);
  };
  return { ...a, refs, touched };
}

describe('withheld names in the public scope of search', () => {
  it('finds nothing by a withheld name in public, and the record in the full scope', () => {
    const a = archive();
    expect(a.refs('okonkwo', { scope: 'full' })).toEqual(expect.arrayContaining(['T-0001', 'T-0100']));
    expect(a.refs('okonkwo', { scope: 'public' })).toEqual([]);
    expect(a.refs('varga kettle', { scope: 'full' })).toEqual(['T-0100']);
    expect(a.refs('varga kettle', { scope: 'public' })).toEqual([]);
    expect(a.refs('Varga', { scope: 'public' })).toEqual([]);
    // Folded, prefixed or inside a phrase, the name still finds nothing.
    expect(a.refs('OKONKWÓ', { scope: 'public' })).toEqual([]);
    expect(a.refs('okonk*', { scope: 'public' })).toEqual([]);
    expect(a.refs('okonk*', { scope: 'full' })).toContain('T-0100');
    expect(a.refs('"house varga"', { scope: 'public' })).toEqual([]);
    // Words around the name still find the records, and their snippets show no withheld name.
    for (const [q, ref] of [['river', 'T-0001'], ['kettle', 'T-0100']] as const) {
      const hits = a.call('search.query', { q, scope: 'public', limit: 200 });
      expect(hits.items.map((h) => h.ref)).toContain(ref);
      expect(JSON.stringify(hits.items)).not.toMatch(/okonkwo|varga|SENTINEL-NONAME/i);
    }
  });

  it('does not leave a record out by a withheld name either', () => {
    const a = archive();
    const everything = a.refs('', { scope: 'public' });
    expect(everything).toContain('T-0001');
    expect(a.refs('-okonkwo', { scope: 'public' }).sort()).toEqual([...everything].sort());
    expect(a.refs('river -varga', { scope: 'public' })).toContain('T-0001');
    expect(a.refs('river -varga', { scope: 'full' })).not.toContain('T-0001');
    expect(a.refs('kettle -varga', { scope: 'public' })).toEqual(['T-0100']);
    expect(a.refs('kettle -varga', { scope: 'full' })).toEqual([]);
  });

  it('finds the record by the pseudonym its public form shows', () => {
    const a = archive();
    const pseudonym = CONTROL.pseudonym.split(' ')[1] as string;
    const hits = a.call('search.query', { q: `"${pseudonym}"`, scope: 'public', limit: 200 });
    expect(hits.items.map((h) => h.ref)).toEqual(expect.arrayContaining(['T-0001', 'T-0100']));
    expect(a.refs(`"${pseudonym}" kettle`, { scope: 'public' })).toEqual(['T-0100']);
    expect(a.refs(`"${pseudonym}" kettle`, { scope: 'full' })).toEqual([]);
    const hit = hits.items.find((h) => h.ref === 'T-0001');
    expect(hit?.title).toContain(CONTROL.pseudonym);
    expect(hit?.snippet.marks.length).toBeGreaterThan(0);
    expect(JSON.stringify(hit)).not.toContain('SENTINEL');
  });

  it('re-checks only when a query term could match a withheld name or the name shown for it', () => {
    const a = archive();
    // Words that touch no withheld name: nothing extra runs.
    expect(a.touched('river road')).toEqual([]);
    expect(a.touched('"the interviewer asked" -deputies')).toEqual([]);
    expect(a.touched('okonk')).toEqual([]);
    // A name, folded as FTS5 folds it, a prefix of one, a word in a phrase or a left-out word.
    expect(a.touched('Okonkwó')).toEqual([SENTINEL.unnamedWithPseudonym]);
    expect(a.touched('okonk*')).toEqual([SENTINEL.unnamedWithPseudonym]);
    expect(a.touched('"and varga came"')).toEqual([SENTINEL.unnamedBare]);
    expect(a.touched('noname')).toEqual([SENTINEL.unnamedWithPseudonym, SENTINEL.unnamedBare]);
    expect(a.touched('river -h09')).toEqual([SENTINEL.unnamedWithPseudonym]);
    // The public name that stands for a withheld one.
    expect(a.touched('2w6')).toEqual([SENTINEL.unnamedWithPseudonym]);
    // A named person's name is no secret.
    expect(a.touched('Diallo')).toEqual([]);
  });
});
