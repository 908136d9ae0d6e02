import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PreservationEvent } from '../../../../../shared/api/preservation';
import { premisDocument } from '../../../../../electron/archive/preservation/premisXml';
import { archiveTools, tempDir, testArchive } from '../../../helpers';
import { settled, xmlProblems } from './setup';

const hostile: PreservationEvent = {
  id: 'audit-9',
  seq: 9,
  type: 'ingestion',
  typeUri: 'http://id.loc.gov/vocabulary/preservation/eventType/ing',
  at: '2026-05-01T10:00:00.000Z',
  agent: { name: 'O\'Brien & <Sons> "Ltd"', kind: 'person' },
  object: { type: 'testimony', id: 't-1', ref: 'T-0001' },
  outcome: 'success',
  detail: 'Testimony “]]> <script>alert(1)</script>” \u0000\u0007 with Пам’ять and مرحبا and 🌊',
};

describe('PREMIS 3 XML', () => {
  it('escapes markup and leaves out characters XML cannot hold', () => {
    const xml = premisDocument([hostile]);
    expect(xmlProblems(xml)).toBe('');
    expect(xml).toContain("O'Brien &amp; &lt;Sons&gt; &quot;Ltd&quot;");
    expect(xml).not.toContain('\u0000');
    expect(xml).toContain('Пам’ять and مرحبا and 🌊');
  });

  it('exports every event of the archive as a well-formed PREMIS file, itself recorded as a dissemination', async () => {
    const a = testArchive();
    a.call('testimonies.create', { data: { title: 'A & B <statement>', type: 'audio', accessLevel: 'public' } });
    await settled(a, a.call('preservation.verify', {}));
    const out = path.join(tempDir(), 'Events.xml');
    const job = await settled(a, a.call('preservation.exportPremis', { out }));
    expect(job).toMatchObject({ state: 'done', result: { path: out } });
    const xml = readFileSync(out, 'utf8');
    expect(xmlProblems(xml)).toBe('');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<premis:premis xmlns:premis="http:\/\/www.loc.gov\/premis\/v3"/);
    const count = (tag: string) => xml.split(`<premis:${tag}>`).length - 1;
    const events = a.call('preservation.events', { limit: 500 });
    // The export counts itself: it was recorded before the job read the log.
    expect(events.items[0]?.type).toBe('dissemination');
    expect(count('event')).toBe(events.total);
    expect(xml).toContain('valueURI="http://id.loc.gov/vocabulary/preservation/eventType/fix">fixity check</premis:eventType>');
    expect(xml).toContain('<premis:eventOutcome>success</premis:eventOutcome>');
    expect(xml).toContain('A &amp; B &lt;statement&gt;');
    expect(xml).toContain('<premis:agentName>Test Owner</premis:agentName><premis:agentType>person</premis:agentType>');
    const seqs = archiveTools(a).db().prepare("SELECT seq FROM audit_log WHERE action IN ('create', 'fixity-check', 'export')").pluck().all() as number[];
    for (const seq of seqs) expect(xml).toContain(`<premis:eventIdentifierType>tessera:audit-seq</premis:eventIdentifierType><premis:eventIdentifierValue>${seq}</premis:eventIdentifierValue>`);
    // Objects first, then events, then agents, as the schema orders them.
    expect(xml.indexOf('<premis:object ')).toBeLessThan(xml.indexOf('<premis:event>'));
    expect(xml.lastIndexOf('<premis:event>')).toBeLessThan(xml.indexOf('<premis:agent>'));
  });

  it('refuses a destination that exists or is not an .xml file', () => {
    const a = testArchive();
    const { refused } = archiveTools(a);
    expect(refused('preservation.exportPremis', { out: path.join(tempDir(), 'events.txt') })).toMatchObject({ code: 'invalid_input', field: 'out' });
    const there = path.join(tempDir(), 'there.xml');
    writeFileSync(there, 'kept');
    expect(refused('preservation.exportPremis', { out: there })).toMatchObject({ code: 'conflict', field: 'out' });
    expect(readFileSync(there, 'utf8')).toBe('kept');
  });
});
