import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/api';
import { cataloguer, owner, researcher, testArchive } from '../../../helpers';
import { SAMPLE_PHOTO } from '../sampleInputs';

/** imports.applyBatch, the import job's one door for writes: each item whole or not at all. */

type Item = Input<'imports.applyBatch'>['items'][number];
const JOB = '3f1c2b7a-9d4e-4c1b-8a2f-5e6d7c8b9a03';
const sha = (c: string) => c.repeat(64);

function rowItem(ref: string, title: string, extra: Partial<Item> = {}): Item {
  return {
    ref,
    row: { key: `ref:${ref}`, sha256: sha('1'), source: 'list.csv', line: 2, data: { ref, title, type: 'audio' }, fields: ['ref', 'title', 'type', 'narrators'], people: [{ name: 'Efua Ansah', role: 'narrator' }] },
    transcripts: [],
    attachments: [],
    ...extra,
  };
}

describe('imports.applyBatch', () => {
  it('writes each item in its own savepoint, audits the batch, and refuses roles that may not catalogue', () => {
    const t = testArchive();
    const db = t.workspace.current()!.db;
    t.call('testimonies.create', { data: { ref: 'TRC-9', title: 'Already here', type: 'audio', transcript: 'Other words entirely.' } });
    const cues = [{ number: 1, id: '', start: 1, end: 2, text: 'Not in the transcript', title: 'x' }];
    const items: Item[] = [
      rowItem('TRC-1', 'One', { attachments: [{ key: 'file:photo.png', source: 'photo.png', line: null, path: SAMPLE_PHOTO, name: 'photo.png', kind: 'photo' }, { key: 'file:gone.mp3', source: 'gone.mp3', line: null, path: '/no/such/gone.mp3', name: 'gone.mp3', kind: 'recording' }] }),
      // A sealed testimony a cataloguer may not file: this item fails, the others stand.
      rowItem('TRC-2', 'Two', { row: { ...rowItem('TRC-2', 'Two').row!, data: { ref: 'TRC-2', title: 'Two', type: 'audio', accessLevel: 'sealed' }, fields: ['ref', 'title', 'accessLevel'] } }),
      rowItem('TRC-9', 'Now retitled', { transcripts: [{ key: 'file:trc-9.vtt', sha256: sha('2'), source: 'TRC-9.vtt', line: null, text: '', cues, title: 'TRC-9' }] }),
    ];
    expect(t.router.call(researcher, 'imports.applyBatch', { jobId: JOB, items })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const r = t.router.call(cataloguer, 'imports.applyBatch', { jobId: JOB, items });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows.map((x) => [x.source, x.ref, x.outcome])).toEqual([
      ['list.csv', 'TRC-1', 'added'],
      ['photo.png', 'TRC-1', 'added'],
      ['gone.mp3', 'TRC-1', 'failed'],
      ['list.csv', 'TRC-1', 'added'],
      ['list.csv', 'TRC-2', 'failed'],
      ['list.csv', 'TRC-9', 'updated'],
      ['TRC-9.vtt', 'TRC-9', 'failed'],
    ]);
    expect(r.value.rows.find((x) => x.source === 'gone.mp3')?.message).toContain('There is no file at /no/such/gone.mp3');
    expect(r.value.rows.find((x) => x.source === 'TRC-9.vtt')?.message).toContain('None of the 1 cues');
    expect(r.value.rows.filter((x) => x.message === 'New person created: Efua Ansah (narrator).')).toHaveLength(1);
    expect(db.prepare("SELECT ref FROM testimonies ORDER BY ref").pluck().all()).toEqual(['TRC-1', 'TRC-9']);
    expect(t.call('testimonies.get', { ref: 'TRC-9' })).toMatchObject({ title: 'Now retitled', transcript: 'Other words entirely.' });
    expect(db.prepare("SELECT changes FROM audit_log WHERE action = 'import' AND entity_id = ?").pluck().all(JOB)).toEqual([
      JSON.stringify([{ field: 'batch', old: null, new: { added: 2, updated: 1, skipped: 0, failed: 3 } }]),
    ]);
    // The same batch again: nothing new, nothing doubled.
    const again = t.router.call(owner, 'imports.applyBatch', { jobId: JOB, items: [items[0]!] });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.rows.map((x) => x.outcome)).toEqual(['skipped', 'skipped', 'failed']);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1);
  });
});
