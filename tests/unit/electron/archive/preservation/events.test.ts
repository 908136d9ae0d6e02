import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../../../electron/archive/db/migrate';
import { archiveTools, cataloguer, commissioner, researcher, testArchive } from '../../../helpers';
import { settled } from './setup';

describe('preservation events (PREMIS)', () => {
  it('derives ingestion, policy assignment, deaccession, accession and dissemination from the audit log, newest first', async () => {
    const a = testArchive();
    const t = a.call('testimonies.create', { data: { title: 'The river crossing', type: 'audio', accessLevel: 'restricted' } });
    const u = a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { title: t.title, type: t.type, accessLevel: 'sealed', embargoUntil: '2040-01-01', consent: { researchAccess: true } } });
    a.call('testimonies.update', { id: u.id, expectedVersion: u.version, data: { title: 'The river crossing, revised', type: t.type, accessLevel: 'sealed', embargoUntil: '2040-01-01', consent: { researchAccess: true } } });
    a.call('testimonies.withdraw', { id: t.id, reason: 'Asked for by the narrator' });
    a.call('testimonies.restore', { id: t.id });
    await settled(a, a.call('exports.readingRoom', { out: '' }));

    const all = a.call('preservation.events', {});
    const audited = all.items.filter((e) => e.seq !== null);
    expect(audited.map((e) => e.type)).toEqual(['dissemination', 'accession', 'deaccession', 'policy assignment', 'ingestion']);
    const [exported, restored, withdrawn, policy, ingested] = audited;
    expect(ingested).toMatchObject({
      typeUri: 'http://id.loc.gov/vocabulary/preservation/eventType/ing',
      agent: { name: 'Test Owner', kind: 'person' },
      object: { type: 'testimony', id: t.id, ref: t.ref },
      outcome: 'success',
      detail: `Testimony ${t.ref} “The river crossing” added at access level Restricted`,
    });
    expect(policy?.detail).toBe(`Testimony ${t.ref}: access level Restricted → Sealed; embargo none → 2040-01-01; consent to research access given`);
    expect(withdrawn?.detail).toBe(`Testimony ${t.ref} withdrawn: Asked for by the narrator`);
    expect(restored?.type).toBe('accession');
    expect(exported?.detail).toMatch(/^Export reading-room \(public\) to .*reading-room-/);
    // Each event names the audit entry that records it.
    const seqs = audited.map((e) => e.seq ?? 0);
    const rows = archiveTools(a).db().prepare(`SELECT seq, method FROM audit_log WHERE seq IN (${seqs.map(() => '?').join(',')}) ORDER BY seq DESC`).all(...seqs);
    expect(rows.map((r) => (r as { method: string }).method)).toEqual(['exports.readingRoom', 'testimonies.restore', 'testimonies.withdraw', 'testimonies.update', 'testimonies.create']);
    // The title-only edit is not an access change; every schema step is a migration by Tessera.
    const migrations = all.items.filter((e) => e.type === 'migration');
    expect(migrations).toHaveLength(SCHEMA_VERSION);
    expect(migrations[0]).toMatchObject({ agent: { name: 'Tessera', kind: 'software' }, object: { type: 'database' }, seq: null });
    expect(all.total).toBe(audited.length + SCHEMA_VERSION);
  });

  it('filters by type and by day, and pages', () => {
    const a = testArchive();
    for (let i = 1; i <= 7; i++) a.call('testimonies.create', { data: { title: `Statement ${i}`, type: 'written_statement' } });
    const page1 = a.call('preservation.events', { type: 'ingestion', limit: 3, offset: 0 });
    const page3 = a.call('preservation.events', { type: 'ingestion', limit: 3, offset: 6 });
    expect(page1.total).toBe(7);
    expect(page1.items.map((e) => /Statement \d/.exec(e.detail)?.[0])).toEqual(['Statement 7', 'Statement 6', 'Statement 5']);
    expect(page3.items).toHaveLength(1);
    expect(page3.items[0]?.detail).toContain('Statement 1');
    const today = new Date().toISOString().slice(0, 10);
    expect(a.call('preservation.events', { type: 'ingestion', from: today, to: today }).total).toBe(7);
    expect(a.call('preservation.events', { type: 'ingestion', to: '2000-01-01' }).total).toBe(0);
    expect(a.call('preservation.events', { type: 'fixity check' })).toEqual({ total: 0, items: [] });
  });

  it.each([
    ['an unknown type', { type: 'deletion' }],
    ['a day that is not a date', { from: '2026-13-45' }],
    ['a page too long', { limit: 10_000 }],
    ['a negative offset', { offset: -1 }],
  ])('refuses %s', (_, input) => {
    const a = testArchive();
    expect(archiveTools(a).refused('preservation.events', input as never).code).toBe('invalid_input');
  });

  it('is for administrators and archivists only', () => {
    const a = testArchive();
    const { refused } = archiveTools(a);
    for (const session of [researcher, cataloguer, commissioner]) {
      for (const m of ['preservation.events', 'preservation.chain', 'preservation.verify', 'preservation.lastVerification', 'preservation.exportPremis'] as const) {
        expect(refused(m, {}, session).code).toBe('forbidden');
      }
    }
    expect(a.router.call({ user: { name: 'Ada Archivist', role: 'archivist' } }, 'preservation.chain', {}).ok).toBe(true);
  });
});
