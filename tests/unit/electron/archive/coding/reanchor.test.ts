import { describe, expect, it } from 'vitest';
import { testimonyInput } from '../../../../../shared/model/testimony';
import { codingArchive } from './helpers';

const transcript = 'They came at night. My brother was taken from the house.\n\nAt the station the officers laughed at us.\n\nThat was the start of healing.';

function setup() {
  const a = codingArchive();
  const t = a.testimony(transcript);
  const code = (quote: string) => a.call('coding.code', { testimonyId: t.id, range: a.range(transcript, quote), data: { themeIds: [a.themes.fear.id] } });
  const taken = code('My brother was taken');
  const laughed = code('the officers laughed');
  const healing = a.call('coding.addSegment', { testimonyId: t.id, range: a.range(transcript, 'That was the start of healing.'), data: { title: 'Healing' } });
  const edit = (next: string) => {
    const current = a.call('testimonies.get', { id: t.id });
    return a.call('testimonies.update', { id: t.id, expectedVersion: current.version, data: { ...testimonyInput.parse(current), transcript: next } });
  };
  const byId = () => new Map(a.call('coding.get', { testimonyId: t.id }).passages.map((p) => [p.id, p]));
  return { a, t, taken, laughed, healing, edit, byId };
}

describe('codes follow their text when a transcript is edited', () => {
  it('moves codes whose text moved, flags those whose text was deleted, and keeps the index exact', () => {
    const { a, taken, laughed, healing, edit, byId } = setup();
    const next = `Statement read aloud. ${transcript}`.replace('At the station the officers laughed at us.\n\n', '');
    edit(next);
    const p = byId();
    expect(p.get(taken.id)).toMatchObject({ quote: 'My brother was taken', start: next.indexOf('My brother'), review: '', version: 2 });
    expect(p.get(laughed.id)).toMatchObject({ quote: 'the officers laughed', review: 'deleted', version: 2 });
    expect(p.get(laughed.id)?.start).toBe(p.get(laughed.id)?.end);
    expect(p.get(healing.id)).toMatchObject({ quote: 'That was the start of healing.', start: next.indexOf('That was'), review: '' });
    a.indexInStep();
    const events = a.call('archive.history', { entityType: 'passage', entityId: laughed.id });
    expect(events[0]?.action).toBe('reanchor');
    expect(events[0]?.changes).toContainEqual({ field: 'review', old: '', new: 'deleted' });
  });

  it('flags a partly rewritten code as changed, and a person confirms it', () => {
    const { a, taken, edit, byId } = setup();
    edit(transcript.replace('was taken', 'was dragged'));
    const changed = byId().get(taken.id);
    expect(changed).toMatchObject({ quote: 'My brother was dragged', review: 'changed' });
    const confirmed = a.call('coding.confirm', { id: taken.id, expectedVersion: changed?.version ?? 0 });
    expect(confirmed).toMatchObject({ review: '', quote: 'My brother was dragged' });
    expect(a.fail('coding.confirm', { id: taken.id, expectedVersion: confirmed.version }).message).toMatch(/nothing to review/);
  });

  it('asks for a deleted code to be placed again rather than confirmed, and placing it clears the flag', () => {
    const { a, t, laughed, edit, byId } = setup();
    const next = transcript.replace('At the station the officers laughed at us.', 'At the station nobody spoke to us.');
    edit(next);
    const gone = byId().get(laughed.id);
    expect(gone?.review).toBe('deleted');
    expect(a.fail('coding.confirm', { id: laughed.id, expectedVersion: gone?.version ?? 0 }).message).toMatch(/was deleted.*Place it on other text, or remove it/);
    const placed = a.call('coding.updateCode', { id: laughed.id, expectedVersion: gone?.version ?? 0, data: { themeIds: [a.themes.police.id] }, range: a.range(next, 'nobody spoke to us') });
    expect(placed).toMatchObject({ review: '', quote: 'nobody spoke to us' });
    expect(a.call('coding.get', { testimonyId: t.id }).passages.filter((p) => p.review !== '')).toEqual([]);
  });

  it('does nothing to the codes when only other fields change', () => {
    const { a, t, taken } = setup();
    const current = a.call('testimonies.get', { id: t.id });
    a.call('testimonies.update', { id: t.id, expectedVersion: current.version, data: { ...testimonyInput.parse(current), title: 'Renamed' } });
    expect(a.call('coding.get', { testimonyId: t.id }).passages.find((p) => p.id === taken.id)?.version).toBe(1);
  });
});
