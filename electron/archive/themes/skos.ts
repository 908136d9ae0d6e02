import N3 from 'n3';
import type { Quad, Term } from 'n3';
import type { AltLabel } from '../../../shared/model/themes';
import { badFile, canonicalLang, refuseUtf16, UUID, type FileTheme, type ParentRef } from './fileThemes';
import { groupBy } from './groupBy';
import { altLabelsOf, type ThemeRow } from './rows';

/**
 * The thesaurus as SKOS in Turtle. One skos:ConceptScheme; one skos:Concept per theme named
 * urn:uuid:<id>, with prefLabel, altLabel (language-tagged), scopeNote, broader/narrower,
 * topConceptOf/hasTopConcept, the colour as tessera:colour and retirement as owl:deprecated.
 * Import reads concepts with any URIs (urn:uuid:<id> keeps the id), a prefLabel in any language
 * (no tag first, then English; the others become other labels), and broader or narrower links.
 */

const namedNode = (iri: string) => N3.DataFactory.namedNode(iri);
const literal = (value: string, langOrType?: string | N3.NamedNode) => N3.DataFactory.literal(value, langOrType);
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dct: 'http://purl.org/dc/terms/',
  tessera: 'urn:tessera:ns:',
};
export const SCHEME_URI = 'urn:tessera:thesaurus';
const TYPE = `${NS.rdf}type`;
const skos = (local: string) => namedNode(`${NS.skos}${local}`);
const uri = (id: string) => namedNode(`urn:uuid:${id}`);

export function thesaurusToSkos(rows: readonly ThemeRow[], title: string): string {
  const writer = new N3.Writer({ prefixes: NS });
  const scheme = namedNode(SCHEME_URI);
  writer.addQuad(scheme, namedNode(TYPE), skos('ConceptScheme'));
  writer.addQuad(scheme, namedNode(`${NS.dct}title`), literal(title));
  for (const r of rows) if (r.parent_id === null) writer.addQuad(scheme, skos('hasTopConcept'), uri(r.id));
  const children = groupBy(rows, (r) => r.parent_id);
  for (const r of rows) {
    const s = uri(r.id);
    writer.addQuad(s, namedNode(TYPE), skos('Concept'));
    writer.addQuad(s, skos('inScheme'), scheme);
    writer.addQuad(s, skos('prefLabel'), literal(r.label));
    for (const a of altLabelsOf(r)) writer.addQuad(s, skos('altLabel'), a.lang ? literal(a.label, a.lang) : literal(a.label));
    if (r.scope_note) writer.addQuad(s, skos('scopeNote'), literal(r.scope_note));
    if (r.parent_id === null) writer.addQuad(s, skos('topConceptOf'), scheme);
    else writer.addQuad(s, skos('broader'), uri(r.parent_id));
    for (const c of children.get(r.id) ?? []) writer.addQuad(s, skos('narrower'), uri(c.id));
    writer.addQuad(s, namedNode(`${NS.tessera}colour`), literal(r.colour));
    if (r.retired === 1) writer.addQuad(s, namedNode(`${NS.owl}deprecated`), literal('true', namedNode(`${NS.xsd}boolean`)));
  }
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

function readQuads(text: string): Quad[] {
  refuseUtf16(text, 'SKOS');
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<?xml') || /<rdf:RDF[\s>]/.test(head.slice(0, 2000))) {
    badFile('This looks like SKOS in RDF/XML. Tessera reads SKOS in Turtle (.ttl): convert the file (for example with rapper or riot) and import it again.');
  }
  try {
    return new N3.Parser({ format: 'text/turtle' }).parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return badFile(`The file is not valid Turtle: ${(e as Error).message}`);
  }
}

const rank = (lang: string): number => (lang === '' ? 0 : lang.toLowerCase() === 'en' ? 1 : lang.toLowerCase().startsWith('en-') ? 2 : 3);
const byPreference = (a: Term, b: Term) => {
  const la = a.termType === 'Literal' ? a.language : '';
  const lb = b.termType === 'Literal' ? b.language : '';
  return rank(la) - rank(lb) || (la < lb ? -1 : la > lb ? 1 : 0);
};

function show(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : `<${term.value}>`;
}

/** Reads the concepts of a Turtle file as themes of a file. */
export function parseSkos(text: string): FileTheme[] {
  const quads = readQuads(text);
  const about = groupBy(quads, (q) => q.subject.value);
  const concepts = quads.filter((q) => q.predicate.value === TYPE && q.object.value === `${NS.skos}Concept`).map((q) => q.subject);
  const keys = [...new Map(concepts.map((c) => [c.value, c])).values()];
  if (keys.length === 0) badFile('The file has no skos:Concept. Each theme must be a skos:Concept with a skos:prefLabel.');
  const isConcept = new Set(keys.map((k) => k.value));

  const parents = new Map<string, Set<string>>(keys.map((k) => [k.value, new Set()]));
  for (const q of quads) {
    if (q.predicate.value === `${NS.skos}broader` && isConcept.has(q.subject.value)) parents.get(q.subject.value)?.add(q.object.value);
    if (q.predicate.value === `${NS.skos}narrower` && isConcept.has(q.object.value)) parents.get(q.object.value)?.add(q.subject.value);
  }

  return keys.map((subject) => {
    const where = show(subject);
    const values = (p: string) => (about.get(subject.value) ?? []).filter((q) => q.predicate.value === p).map((q) => q.object);
    const literals = (p: string, what: string) =>
      values(`${NS.skos}${p}`).map((o) => (o.termType === 'Literal' ? o : badFile(`${where}: its ${what} must be text, not ${show(o)}.`)));
    const prefs = literals('prefLabel', 'skos:prefLabel').sort(byPreference);
    const pref = prefs[0];
    if (!pref || pref.value.trim() === '') badFile(`${where} has no skos:prefLabel. Give every concept a label.`);
    const others: AltLabel[] = [...prefs.slice(1), ...literals('altLabel', 'skos:altLabel')].map((l) => ({ label: l.value.trim(), lang: canonicalLang(l.language) }));
    const label = pref.value.trim();
    const broader = [...(parents.get(subject.value) ?? [])];
    if (broader.length > 1) badFile(`“${label}” ${where} has ${broader.length} broader concepts. A Tessera theme has one broader theme: keep one skos:broader.`);
    const parentUri = broader[0];
    let parent: ParentRef = null;
    if (parentUri !== undefined) {
      const id = /^urn:uuid:(.+)$/i.exec(parentUri)?.[1];
      if (isConcept.has(parentUri)) parent = { key: parentUri };
      else if (id && UUID.test(id)) parent = { archiveId: id.toLowerCase() };
      else badFile(`“${label}” ${where} is narrower than <${parentUri}>, which is not a skos:Concept in the file.`);
    }
    const colour = values(`${NS.tessera}colour`)[0];
    const deprecated = values(`${NS.owl}deprecated`)[0];
    const ownId = /^urn:uuid:(.+)$/i.exec(subject.value)?.[1];
    return {
      key: subject.value,
      where,
      id: subject.termType === 'NamedNode' && ownId && UUID.test(ownId) ? ownId.toLowerCase() : null,
      label,
      altLabels: others,
      scopeNote: (literals('scopeNote', 'skos:scopeNote').sort(byPreference)[0]?.value ?? '').trim(),
      colour: colour?.value.trim(),
      retired: deprecated ? ['true', '1'].includes(deprecated.value.trim().toLowerCase()) : false,
      parent,
    };
  });
}
