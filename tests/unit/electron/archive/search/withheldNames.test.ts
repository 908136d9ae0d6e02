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
 * Okonkwo" (pseudonym "Witness CONTROL-PSEUDONYM-2W6") and "SENTINEL-NONAME-B87 Varga" (none).
 */

type Query = Omit<Input<'search.query'>, 'q'>;

function archive() {
  const a = leakageArchive();
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
    expect(a.refs('okonkwo', { scope: 'full' })).toContain('T-0001');
    expect(a.refs('okonkwo', { scope: 'public' })).toEqual([]);
    expect(a.refs('Varga', { scope: 'public' })).toEqual([]);
    // Folded, prefixed or inside a phrase, the name still finds nothing.
    expect(a.refs('OKONKWÓ', { scope: 'public' })).toEqual([]);
    expect(a.refs('okonk*', { scope: 'public' })).toEqual([]);
    expect(a.refs('okonk*', { scope: 'full' })).toContain('T-0001');
    expect(a.refs('"house varga"', { scope: 'public' })).toEqual([]);
    // Words around the name still find the record, and its snippet shows no withheld name.
    const river = a.call('search.query', { q: 'river', scope: 'public', limit: 200 });
    expect(river.items.map((h) => h.ref)).toContain('T-0001');
    expect(JSON.stringify(river.items)).not.toMatch(/okonkwo|varga|SENTINEL-NONAME/i);
  });

  it('does not leave a record out by a withheld name either', () => {
    const a = archive();
    const everything = a.refs('', { scope: 'public' });
    expect(everything).toContain('T-0001');
    expect(a.refs('-okonkwo', { scope: 'public' }).sort()).toEqual([...everything].sort());
    expect(a.refs('river -varga', { scope: 'public' })).toContain('T-0001');
    expect(a.refs('river -varga', { scope: 'full' })).not.toContain('T-0001');
  });

  it('finds the record by the pseudonym its public form shows', () => {
    const a = archive();
    const pseudonym = CONTROL.pseudonym.split(' ')[1] as string;
    const hits = a.call('search.query', { q: `"${pseudonym}"`, scope: 'public', limit: 200 });
    expect(hits.items.map((h) => h.ref)).toContain('T-0001');
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
