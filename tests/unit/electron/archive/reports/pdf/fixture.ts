import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Job } from '../../../../../../shared/api/jobs';
import { jobsFor } from '../../../../../../electron/archive/jobs/registry';
import { tempDir, testArchive } from '../../../../helpers';

/** Words and names that must never reach the public edition: if one does, a test fails on it. */
export const SECRET = {
  /** A person in the archive without consent to be named (pseudonym "Witness Q"). */
  unconsented: 'Mirela Zamfirescu',
  /** The words of an excerpt of a sealed testimony. */
  sealedWords: 'the quillwort ledger was burned in the ditch',
  sealedTitle: 'Quillwort sealed statement',
  /** Words of an open testimony covered by a redaction span. */
  redacted: 'Fennimore paid the deputies',
};

const OPEN_TRANSCRIPT = `We went to the station twice, and the sergeant told us to go home. ${SECRET.redacted} to look away. ${SECRET.unconsented} saw the fire from the road. Nobody came until the morning.`;
const SEALED_TRANSCRIPT = `I was there when ${SECRET.sealedWords}, and I have told no one else.`;

const span = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the transcript`);
  return { start, end: start + words.length };
};

/**
 * An archive with an open and a sealed testimony, a redaction over words of the open one, a finding
 * citing both, a recommendation resting on it, and a report that uses every embed, names the
 * unconsented person in its own text, and embeds a finding that is then deleted.
 */
export function reportArchive() {
  const t = testArchive();
  const db = t.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  t.call('people.create', { data: { name: 'Greta Söderström', consentToBeNamed: true } });
  t.call('people.create', { data: { name: SECRET.unconsented, pseudonym: 'Witness Q', consentToBeNamed: false } });
  const theme = t.call('themes.create', { data: { label: 'Policing' } });
  const open = t.call('testimonies.create', {
    data: { ref: 'T-0001', title: 'Statement on the Sawyer Road fire', type: 'audio', dateRecorded: '2019-05-03', accessLevel: 'public', consent: { publicRelease: true }, transcript: OPEN_TRANSCRIPT },
  });
  const sealed = t.call('testimonies.create', { data: { ref: 'T-0002', title: SECRET.sealedTitle, type: 'written_statement', accessLevel: 'sealed', transcript: SEALED_TRANSCRIPT } });

  // Issue 8 will give redactions their own methods; until then the span is written as the table holds it.
  const r = span(OPEN_TRANSCRIPT, SECRET.redacted);
  db.prepare(`INSERT INTO passages (id, testimony_id, kind, start, "end", quote, created_by, created_at, updated_at) VALUES (?, ?, 'redaction', ?, ?, ?, 'Test Owner', ?, ?)`).run(
    crypto.randomUUID(), open.id, r.start, r.end, SECRET.redacted, '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z',
  );

  const finding = t.call('findings.create', { data: { title: 'The police did not come', text: `Officers were told **three times**. ${SECRET.unconsented} saw it.`, themeIds: [theme.id] } });
  t.call('findings.cite', { id: finding.id, citation: { testimonyId: open.id, ...span(OPEN_TRANSCRIPT, `go home. ${SECRET.redacted} to look away`) } });
  t.call('findings.cite', { id: finding.id, citation: { testimonyId: open.id, ...span(OPEN_TRANSCRIPT, 'Nobody came until the morning') } });
  t.call('findings.cite', { id: finding.id, citation: { testimonyId: sealed.id, ...span(SEALED_TRANSCRIPT, SECRET.sealedWords) } });
  const doomed = t.call('findings.create', { data: { title: 'A finding withdrawn before print', text: 'Text of the withdrawn finding.' } });
  const rec = t.call('recommendations.create', {
    data: { title: 'Open the Sawyer Road files to the families', text: 'Within one year.', addressee: 'Department of Justice', addresseeType: 'justice_department', priority: 'high', findingIds: [finding.id] },
  });

  const report = t.call('reports.create', { data: { title: 'Sawyer Road: the final report', subtitle: 'What happened and what must change', authors: ['Ifeoma Abara', 'Greta Söderström'], date: '2027-06-30' } });
  const first = report.sections[0];
  if (!first) throw new Error('a new report has one section');
  t.call('reports.saveSection', {
    id: report.id,
    sectionId: first.id,
    expectedVersion: first.version,
    data: { title: 'Introduction', body: `We thank ${SECRET.unconsented} and everyone who spoke.[^1]\n\n<script>alert(1)</script>\n\n[^1]: See [^1].` },
  });
  const sections: [string, string][] = [
    ['Findings', `{{finding ${finding.id}}}\n\n{{excerpt T-0002 "${SECRET.sealedWords}"}}\n\n{{finding ${doomed.id}}}`],
    ['Recommendations', `{{recommendations}}\n\n{{recommendation ${rec.id}}}`],
    ['Statistics', '{{statistics}}'],
    ['Appendices', '# Testimonies\n\n{{appendix testimonies}}\n\n# Hearings\n\n{{appendix hearings}}\n\n# Glossary\n\n{{appendix glossary}}'],
  ];
  let current = report;
  for (const [title, body] of sections) current = t.call('reports.addSection', { id: report.id, data: { title, body } });
  t.call('findings.remove', { id: doomed.id });
  return { ...t, report: current, finding, doomed, rec, open, sealed };
}

export type ReportArchive = ReturnType<typeof reportArchive>;

/** The open archive's database, for what no method reads or writes yet. */
export function archiveDb(t: ReportArchive): Database {
  const db = t.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  return db;
}

export function settle(t: ReportArchive, job: Job): Promise<Job> {
  return jobsFor(archiveDb(t)).settled(job.id);
}

export async function exportReport(t: ReportArchive, edition: 'public' | 'confidential', out = path.join(tempDir(), `${edition}.pdf`)) {
  const job = await settle(t, t.call('reports.export', { id: t.report.id, edition, out }));
  return { job, out };
}
