import { describe, expect, it } from 'vitest';
import { owner } from '../../../helpers';
import { cataloguer, commissioner, findingArchive, matching, researcher, TRANSCRIPT } from './setup';

describe('findings: records', () => {
  it('creates a finding numbered F-001 with its themes, reads it back and lists it', () => {
    const a = findingArchive();
    const custody = a.theme('Death in custody');
    const f = a.call('findings.create', { data: { title: 'Deaths in the county jail were explained away', text: 'The **county** said he fell.', themeIds: [custody, a.theme('Torture')] } });
    expect(f).toMatchObject({ ref: 'F-001', title: 'Deaths in the county jail were explained away', text: 'The **county** said he fell.', citations: [], recommendations: [], version: 1 });
    expect(f.themes.map((t) => t.label)).toEqual(['Death in custody', 'Torture']);
    expect(a.call('findings.get', { id: f.id })).toEqual(f);
    expect(a.call('findings.list', {}).items).toEqual([
      { id: f.id, ref: 'F-001', title: f.title, themes: f.themes, citationCount: 0, recommendationCount: 0, updatedAt: f.updatedAt },
    ]);
  });

  it('numbers F-001, F-002 … after codes typed by hand, and refuses a code in use whatever its case', () => {
    const a = findingArchive();
    expect(a.call('findings.create', { data: { title: 'One' } }).ref).toBe('F-001');
    expect(a.call('findings.create', { data: { title: 'Typed', ref: 'F-007' } }).ref).toBe('F-007');
    expect(a.call('findings.create', { data: { title: 'Next' } }).ref).toBe('F-008');
    expect(a.call('findings.create', { data: { title: 'Own code', ref: 'JAIL-1' } }).ref).toBe('JAIL-1');
    const e = a.refused('findings.create', { data: { title: 'Again', ref: 'f-001' } });
    expect(e).toMatchObject({ code: 'conflict', field: 'ref' });
    expect(e.message).toBe('Reference code f-001 is already used by finding F-001 (One). Choose another, or leave it empty to number it F-009.');
    expect(a.refused('findings.create', { data: { title: 'Bad code', ref: 'F 1' } })).toMatchObject({ code: 'invalid_input', field: 'ref' });
    expect(a.refused('findings.create', { data: { title: '  ' } })).toMatchObject({ code: 'invalid_input', field: 'title' });
  });

  it('refuses themes that do not exist, are retired or merged, on the field themeIds; keeps one already carried', () => {
    const a = findingArchive();
    const torture = a.theme('Torture');
    const assault = a.theme('Assault');
    const f = a.call('findings.create', { data: { title: 'X', themeIds: [torture] } });
    expect(a.refused('findings.create', { data: { title: 'X', themeIds: [crypto.randomUUID()] } })).toMatchObject({ code: 'invalid_input', field: 'themeIds' });
    a.call('themes.retire', { id: torture, retired: true });
    expect(a.refused('findings.create', { data: { title: 'X', themeIds: [torture] } })).toMatchObject({ field: 'themeIds', message: matching(/“Torture” is retired/) });
    // Saving the finding again keeps its retired theme.
    expect(a.call('findings.update', { id: f.id, expectedVersion: 1, data: { title: 'X again', themeIds: [torture] } }).themes.map((t) => t.id)).toEqual([torture]);
    const trc = a.call('themes.create', { data: { label: 'Beatings' } });
    a.call('themes.merge', { sourceId: trc.id, targetId: assault });
    expect(a.refused('findings.create', { data: { title: 'X', themeIds: [trc.id] } })).toMatchObject({ field: 'themeIds', message: matching(/merged into “Assault”/) });
  });

  it('saves an edit only over the version it was made from; an empty code keeps the code', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'First words' } });
    const edited = a.call('findings.update', { id: f.id, expectedVersion: 1, data: { ref: '', title: 'Better words', text: 'More.' } });
    expect(edited).toMatchObject({ ref: 'F-001', title: 'Better words', text: 'More.', version: 2 });
    expect(a.refused('findings.update', { id: f.id, expectedVersion: 1, data: { title: 'Stale' } })).toMatchObject({ code: 'conflict', message: matching(/Finding F-001 was changed by someone else.*version 2/) });
    expect(a.refused('findings.get', { id: crypto.randomUUID() }).code).toBe('not_found');
  });

  it('filters the list by folded text of code, title and body', () => {
    const a = findingArchive();
    a.call('findings.create', { data: { title: 'The death of Aurelio Ñandú' } });
    a.call('findings.create', { data: { title: 'The basement', text: 'Held off the books, 100% of them' } });
    a.call('findings.create', { data: { title: 'Something else', ref: 'JAIL-1' } });
    const titles = (text: string) => a.call('findings.list', { text }).items.map((f) => f.title);
    expect(titles('nandu')).toEqual(['The death of Aurelio Ñandú']);
    expect(titles('OFF THE BOOKS')).toEqual(['The basement']);
    expect(titles('jail-1')).toEqual(['Something else']);
    expect(titles('100%')).toEqual(['The basement']);
    expect(titles('_')).toEqual([]);
    expect(titles('')).toHaveLength(3);
  });
});

describe('findings: who may do what', () => {
  it('lets commission staff read, and only the commission and archivists write', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'A finding' } });
    expect(a.as(commissioner, 'findings.create', { data: { title: 'By a commissioner' } }).ref).toBe('F-002');
    expect(a.as(cataloguer, 'findings.get', { id: f.id }).title).toBe('A finding');
    for (const session of [cataloguer, researcher]) {
      expect(a.refused('findings.create', { data: { title: 'No' } }, session).code).toBe('forbidden');
      expect(a.refused('findings.update', { id: f.id, expectedVersion: 1, data: { title: 'No' } }, session).code).toBe('forbidden');
      expect(a.refused('findings.cite', { id: f.id, citation: { testimonyId: a.testimony.id, ...a.span('Forty-one') } }, session).code).toBe('forbidden');
      expect(a.refused('findings.remove', { id: f.id }, session).code).toBe('forbidden');
    }
    expect(a.refused('findings.list', {}, researcher).code).toBe('forbidden');
    expect(a.call('findings.list', {}).items).toHaveLength(2);
  });
});

describe('findings: evidence', () => {
  it('cites spans of transcripts in order, with the words quoted and the publish policy’s answer', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'The fire was left to burn' } });
    const one = a.call('findings.cite', { id: f.id, citation: { testimonyId: a.testimony.id, ...a.span('The trucks came forty-one minutes later.'), note: 'Her mother timed it.' } });
    const two = a.call('findings.cite', { id: f.id, citation: { testimonyId: a.sealed.id, start: 0, end: 12 } });
    expect(one.version).toBe(2);
    expect(two.citations.map((c) => [c.position, c.testimonyTitle, c.accessLevel, c.publishable, c.quote, c.state, c.note])).toEqual([
      [0, 'A public statement', 'public', true, 'The trucks came forty-one minutes later.', 'ok', 'Her mother timed it.'],
      [1, 'A sealed statement', 'sealed', false, 'Nobody came.', 'ok', ''],
    ]);
    expect(two.citations[0]?.testimonyRef).toBe(a.testimony.ref);
    expect(a.call('findings.list', {}).items[0]?.citationCount).toBe(2);
  });

  it('refuses a citation of nothing, past the end, of white space, across a character, of a withdrawn or unknown testimony, or twice', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'F' } });
    const citing = (citation: { testimonyId: string; start: number; end: number }) => a.refused('findings.cite', { id: f.id, citation });
    expect(citing({ testimonyId: a.testimony.id, start: 5, end: 5 })).toMatchObject({ code: 'invalid_input', field: 'citation.end' });
    expect(citing({ testimonyId: a.testimony.id, start: 5, end: TRANSCRIPT.length + 1 })).toMatchObject({ code: 'invalid_input', field: 'citation.end', message: matching(/runs past the end/) });
    const gap = TRANSCRIPT.indexOf(' ');
    expect(citing({ testimonyId: a.testimony.id, start: gap, end: gap + 1 })).toMatchObject({ code: 'invalid_input', field: 'citation.end', message: matching(/only white space/) });
    expect(citing({ testimonyId: crypto.randomUUID(), start: 0, end: 3 })).toMatchObject({ code: 'invalid_input', field: 'citation.testimonyId' });
    const emoji = a.call('testimonies.create', { data: { title: 'Emoji', type: 'audio', transcript: 'A 🔥 fire' } });
    expect(citing({ testimonyId: emoji.id, start: 0, end: 3 })).toMatchObject({ code: 'invalid_input', field: 'citation.start', message: matching(/middle of a character/) });
    a.call('findings.cite', { id: f.id, citation: { testimonyId: a.testimony.id, start: 0, end: 3 } });
    expect(citing({ testimonyId: a.testimony.id, start: 0, end: 3 })).toMatchObject({ code: 'conflict', message: matching(/already cited in this finding \(citation 1\)/) });
    a.call('testimonies.withdraw', { id: a.sealed.id, reason: 'At the narrator’s request' });
    expect(citing({ testimonyId: a.sealed.id, start: 0, end: 6 })).toMatchObject({ code: 'conflict', field: 'citation.testimonyId', message: matching(/is withdrawn and cannot be cited/) });
    expect(a.call('findings.get', { id: f.id }).citations).toHaveLength(1);
  });

  it('tells on read whether each citation is where it was, moved, missing or withdrawn', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'F' } });
    const cite = (words: string) => a.call('findings.cite', { id: f.id, citation: { testimonyId: a.testimony.id, ...a.span(words) } });
    cite('The trucks came');
    cite('timed it on the kitchen clock');
    cite('Forty-one minutes.');
    const t = a.call('testimonies.get', { id: a.testimony.id });
    const edited = `Yes. ${TRANSCRIPT.replace('timed it on the kitchen clock', 'looked at the clock')}`;
    a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, transcript: edited } });
    const states = () => a.call('findings.get', { id: f.id }).citations.map((c) => [c.quote, c.state, edited.slice(c.start, c.end)]);
    expect(states()).toEqual([
      ['The trucks came', 'moved', 'The trucks came'],
      ['timed it on the kitchen clock', 'missing', expect.any(String)],
      ['Forty-one minutes.', 'moved', 'Forty-one minutes.'],
    ]);
    a.call('testimonies.withdraw', { id: a.testimony.id, reason: 'Consent withdrawn' });
    const withdrawn = a.call('findings.get', { id: f.id }).citations;
    expect(withdrawn.map((c) => [c.state, c.publishable])).toEqual([
      ['withdrawn', false],
      ['withdrawn', false],
      ['withdrawn', false],
    ]);
  });

  it('moves a citation to another place and takes one off, keeping positions 0 … n−1', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'F' } });
    for (const words of ['The trucks', 'My mother', 'Forty-one minutes.']) a.call('findings.cite', { id: f.id, citation: { testimonyId: a.testimony.id, ...a.span(words) } });
    const ids = a.call('findings.get', { id: f.id }).citations.map((c) => c.id);
    const order = (r: { citations: { quote: string; position: number }[] }) => r.citations.map((c) => `${c.position}:${c.quote}`);
    expect(order(a.call('findings.moveCitation', { id: f.id, citationId: ids[2]!, to: 0 }))).toEqual(['0:Forty-one minutes.', '1:The trucks', '2:My mother']);
    expect(order(a.call('findings.moveCitation', { id: f.id, citationId: ids[2]!, to: 99 }))).toEqual(['0:The trucks', '1:My mother', '2:Forty-one minutes.']);
    expect(order(a.call('findings.uncite', { id: f.id, citationId: ids[0]! }))).toEqual(['0:My mother', '1:Forty-one minutes.']);
    expect(a.refused('findings.uncite', { id: f.id, citationId: ids[0]! }).code).toBe('not_found');
    const other = a.call('findings.create', { data: { title: 'Other' } });
    expect(a.refused('findings.moveCitation', { id: other.id, citationId: ids[1]!, to: 0 }).code).toBe('not_found');
  });
});

describe('findings: removal and audit', () => {
  it('audits every write, and a removed finding’s history keeps what it said and cited', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'Said', text: 'What it said.', themeIds: [a.theme('Arson')] } });
    const cited = a.call('findings.cite', { id: f.id, citation: { testimonyId: a.testimony.id, ...a.span('The trucks came') } });
    a.call('findings.update', { id: f.id, expectedVersion: cited.version, data: { title: 'Said better', text: 'What it said.', themeIds: [a.theme('Arson')] } });
    a.call('findings.moveCitation', { id: f.id, citationId: cited.citations[0]!.id, to: 0 });
    const r = a.call('recommendations.create', { data: { title: 'Act', addressee: 'City of Calder', findingIds: [f.id] } });
    expect(a.call('findings.get', { id: f.id }).recommendations).toEqual([{ id: r.id, number: 1, title: 'Act' }]);

    expect(a.call('findings.remove', { id: f.id })).toEqual({ id: f.id });
    expect(a.refused('findings.get', { id: f.id }).code).toBe('not_found');
    expect(a.call('findings.list', {}).items).toEqual([]);
    const after = a.call('recommendations.get', { id: r.id });
    expect(after.findings).toEqual([]);
    expect(after.version).toBe(2);
    expect(a.audit('recommendation', r.id)[0]).toMatchObject({ action: 'finding-removed', changes: [{ field: 'findingIds', old: [f.id], new: [] }] });

    const history = a.audit('finding', f.id);
    expect(history.map((e) => e.action)).toEqual(['remove', 'move-citation', 'update', 'cite', 'create']);
    expect(history.every((e) => e.user === owner.user.name)).toBe(true);
    const removed = Object.fromEntries(history[0]!.changes.map((c) => [c.field, c.old]));
    expect(removed).toMatchObject({ ref: 'F-001', title: 'Said better', text: 'What it said.', citations: [{ quote: 'The trucks came', testimonyRef: a.testimony.ref }], recommendationIds: [r.id] });
    expect(history[2]!.changes).toEqual([{ field: 'title', old: 'Said', new: 'Said better' }]);
    for (const table of ['finding_citations', 'finding_themes', 'recommendation_findings']) {
      expect(a.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});
