import { describe, expect, it } from 'vitest';
import { emptyThesaurus } from './themeHelpers';

const PREFIXES = `@prefix skos: <http://www.w3.org/2004/02/skos/core#>.
@prefix ex: <http://vocab.example.org/hr/>.
`;

describe('thesaurus import from SKOS (Turtle)', () => {
  it('reads concepts with any URIs, the preferred label in any language, and broader or narrower links', () => {
    const a = emptyThesaurus();
    const id = '6a0f5c1e-2b7d-4c8e-9f10-1a2b3c4d5e6f';
    const ttl = `${PREFIXES}
ex:violations a skos:Concept; skos:prefLabel "Violations des droits"@fr, "Violations"@en; skos:narrower ex:torture.
ex:torture a skos:Concept; skos:prefLabel "Tortura"@es; skos:altLabel "Marteling"@af; skos:scopeNote "Nota"@es.
<urn:uuid:${id}> a skos:Concept; skos:prefLabel "Électrochocs"; skos:broader ex:torture; <urn:tessera:ns:colour> "#0E7490".
_:x a skos:Concept; skos:prefLabel "Blank node theme"@pt-br.
`;
    expect(a.call('themes.import', { format: 'skos', text: ttl })).toEqual({ added: 4, updated: 0, unchanged: 0, dryRun: false });
    expect(a.labels()).toEqual(['Blank node theme', 'Violations', '  Tortura', '    Électrochocs']);
    const violations = a.tree().find((n) => n.label === 'Violations');
    expect(violations?.altLabels).toEqual([{ label: 'Violations des droits', lang: 'fr' }]);
    const shocks = a.call('themes.get', { id });
    expect(shocks).toMatchObject({ colour: '#0e7490', ancestors: [{ label: 'Violations' }, { label: 'Tortura' }] });
    expect(a.tree().find((n) => n.label === 'Tortura')?.colour).toBe(violations?.colour);
    // Concepts without an id are matched by label under the same broader theme next time.
    expect(a.call('themes.import', { format: 'skos', text: ttl })).toEqual({ added: 0, updated: 0, unchanged: 4, dryRun: false });
  });

  it('marks a deprecated concept retired', () => {
    const a = emptyThesaurus();
    const ttl = `${PREFIXES}@prefix owl: <http://www.w3.org/2002/07/owl#>.
ex:old a skos:Concept; skos:prefLabel "Old usage"; owl:deprecated true.`;
    a.call('themes.import', { format: 'skos', text: ttl });
    expect(a.labels()).toEqual([]);
    expect(a.tree(true)).toMatchObject([{ label: 'Old usage', retired: true }]);
  });

  const bad: [string, string, RegExp][] = [
    ['text that is not Turtle', 'this is not turtle at all', /not valid Turtle/],
    ['an unterminated string', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "Torture.`, /not valid Turtle/],
    ['N3 formulas', `${PREFIXES}ex:a ex:b { ex:c ex:d ex:e }.`, /not valid Turtle/],
    ['RDF/XML', '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', /RDF\/XML.*Turtle/],
    ['no concepts', `${PREFIXES}ex:a skos:prefLabel "Lonely".`, /no skos:Concept/],
    ['a concept without prefLabel', `${PREFIXES}ex:a a skos:Concept; skos:altLabel "Only other".`, /<http:\/\/vocab.example.org\/hr\/a> has no skos:prefLabel/],
    ['an empty prefLabel', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "  ".`, /has no skos:prefLabel/],
    ['a prefLabel that is a URI', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel ex:b.`, /prefLabel must be text/],
    ['two broader concepts', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "A". ex:b a skos:Concept; skos:prefLabel "B". ex:c a skos:Concept; skos:prefLabel "C"; skos:broader ex:a, ex:b.`, /“C” .* has 2 broader concepts/],
    ['broader and narrower that disagree', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "A"; skos:narrower ex:c. ex:b a skos:Concept; skos:prefLabel "B". ex:c a skos:Concept; skos:prefLabel "C"; skos:broader ex:b.`, /has 2 broader concepts/],
    ['a cycle', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "A"; skos:broader ex:b. ex:b a skos:Concept; skos:prefLabel "B"; skos:broader ex:a.`, /loop: “.” → “.” → “.”/],
    ['a broader concept missing from the file', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "A"; skos:broader ex:nowhere.`, /not a skos:Concept in the file/],
    ['duplicate labels under one parent', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "Torture". ex:b a skos:Concept; skos:prefLabel "TORTURE"@en.`, /two themes “TORTURE” at the top/],
    ['a colour in another format', `${PREFIXES}ex:a a skos:Concept; skos:prefLabel "A"; <urn:tessera:ns:colour> "rgb(1,2,3)".`, /colour: A colour is written #rrggbb/],
    ['UTF-16 text read as UTF-8', '@\u0000p\u0000r\u0000e\u0000f\u0000', /looks like UTF-16/],
  ];
  it.each(bad)('refuses %s with a clear message and changes nothing', (_, text, message) => {
    const a = emptyThesaurus();
    a.create('Existing');
    const before = a.snapshot();
    const e = a.error('themes.import', { format: 'skos', text });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(e.message).toMatch(message);
    expect(a.snapshot()).toEqual(before);
  });
});
