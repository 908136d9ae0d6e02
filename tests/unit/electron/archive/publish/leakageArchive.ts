import type { Database } from 'better-sqlite3';
import { testArchive } from '../../../helpers';

/**
 * An archive built through the router and full of sentinel strings: every one sits somewhere no
 * public output may show (a sealed, confidential or restricted record, an embargo, consent that
 * withholds release or was withdrawn, a withdrawn testimony, a redacted span, the name of a person
 * who did not consent to be named, an internal note). Every sentinel contains the word "SENTINEL",
 * so a public output that holds the word anywhere has leaked something; each also has its own
 * code, so the failure says which rule broke.
 *
 * Next to them are control strings that each public output MUST show, so the test cannot pass by
 * producing nothing.
 */

export const SENTINEL = {
  sealedTitle: 'SENTINEL-SEALED-7Q2 title',
  sealedSummary: 'SENTINEL-SEALED-SUMMARY-K81',
  sealedTranscript: 'SENTINEL-SEALED-TRANSCRIPT-Z90',
  sealedPlace: 'SENTINEL-SEALED-PLACE-F33',
  sealedPlaceRecorded: 'SENTINEL-SEALED-RECORDEDAT-B06',
  sealedTheme: 'SENTINEL-SEALED-THEME-H12',
  sealedTagNote: 'SENTINEL-SEALED-TAGNOTE-W55',
  sealedSegment: 'SENTINEL-SEALED-SEGMENT-J71',
  sealedSegmentSynopsis: 'SENTINEL-SEALED-SYNOPSIS-R28',
  sealedSegmentKeyword: 'SENTINEL-SEALED-KEYWORD-C47',
  sealedCodeNote: 'SENTINEL-SEALED-CODENOTE-N64',
  sealedCitationNote: 'SENTINEL-SEALED-CITENOTE-V19',
  sealedRef: 'SENTINEL-SEALED-REF-0001',
  confidentialTitle: 'SENTINEL-CONFIDENTIAL-D52 title',
  confidentialTranscript: 'SENTINEL-CONFIDENTIAL-TRANSCRIPT-U37',
  restrictedTitle: 'SENTINEL-RESTRICTED-G48 title',
  restrictedTranscript: 'SENTINEL-RESTRICTED-TRANSCRIPT-L83',
  embargoTitle: 'SENTINEL-EMBARGO-M29 title',
  embargoTranscript: 'SENTINEL-EMBARGO-TRANSCRIPT-E15',
  noConsentTitle: 'SENTINEL-NOCONSENT-S66 title',
  noConsentTranscript: 'SENTINEL-NOCONSENT-TRANSCRIPT-A40',
  consentWithdrawnTitle: 'SENTINEL-CONSENTWITHDRAWN-Y73 title',
  consentWithdrawnTranscript: 'SENTINEL-CONSENTWITHDRAWN-TRANSCRIPT-Q58',
  withdrawnTitle: 'SENTINEL-WITHDRAWN-T24 title',
  withdrawnTranscript: 'SENTINEL-WITHDRAWN-TRANSCRIPT-X91',
  /** Published at first; its consent is withdrawn before the outputs are produced. */
  lateWithdrawal: 'SENTINEL-LATEWITHDRAWAL-P05',
  redacted: 'SENTINEL-REDACT-O77',
  redactedCited: 'SENTINEL-REDACT-CITED-I32',
  redactedSummary: 'SENTINEL-REDACT-SUMMARY-F88',
  /** People without consent to be named: one with a pseudonym, one without, and an other name. */
  unnamedWithPseudonym: 'SENTINEL-NONAME-K44 Okonkwo',
  unnamedAlias: 'SENTINEL-NONAME-ALIAS-H09 Okonkwo',
  unnamedBare: 'SENTINEL-NONAME-B87 Varga',
  markerNote: 'SENTINEL-MARKERNOTE-C20',
  markerDraft: 'SENTINEL-MARKERDRAFT-N13',
  markerHistoryNote: 'SENTINEL-MARKERHISTORY-W02',
  privateHearing: 'SENTINEL-PRIVATEHEARING-A61',
} as const;

export const CONTROL = {
  publicTitle: 'CONTROL-PUBLIC-TITLE-4R7',
  publicTranscriptBefore: 'CONTROL-TRANSCRIPT-BEFORE-8K2',
  publicTranscriptAfter: 'CONTROL-TRANSCRIPT-AFTER-3M5',
  publicPlace: 'CONTROL-PLACE-6T1',
  embargoEnded: 'CONTROL-EMBARGOENDED-9D4',
  pseudonym: 'Witness CONTROL-PSEUDONYM-2W6',
  namedPerson: 'CONTROL-NAMED-5Y8 Diallo',
  findingTitle: 'CONTROL-FINDING-1F3',
  citedPublic: 'CONTROL-CITED-7C9',
  reportTitle: 'CONTROL-REPORT-2P4',
  markerTitle: 'CONTROL-MARKER-3S6',
  inscription: 'CONTROL-INSCRIPTION-8V1',
  recommendationTitle: 'CONTROL-RECOMMENDATION-4H5',
} as const;

/** Where a testimony's words are in its transcript (the words must be there). */
export function spanOf(text: string, words: string): { start: number; end: number; quote: string } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the transcript`);
  return { start, end: start + words.length, quote: words };
}

const PUBLIC_TRANSCRIPT =
  `${CONTROL.publicTranscriptBefore} The interviewer asked about the river road.\n\n` +
  `${SENTINEL.unnamedWithPseudonym.toUpperCase()}: I saw it, and ${SENTINEL.redacted} was there that night. ` +
  `Later ${SENTINEL.unnamedBare} and ${SENTINEL.unnamedAlias} came to the house. ` +
  `${CONTROL.citedPublic} the deputies said, then ${SENTINEL.redactedCited} drove away. ${CONTROL.publicTranscriptAfter}`;

const PUBLIC_SUMMARY = `${SENTINEL.unnamedBare} and ${SENTINEL.unnamedWithPseudonym} describe the river road; ${SENTINEL.redactedSummary} lived by it.`;

const SEALED_TRANSCRIPT = `Nobody else knows this. ${SENTINEL.sealedTranscript} was written in the ledger. ${SENTINEL.unnamedBare} kept it.`;

/** The cleared consent of a record the public may see. */
const RELEASED = { recording: true, quoting: true, naming: true, publicRelease: true, researchAccess: true, takenBy: 'Field team', takenOn: '2020-01-10' };

export function leakageArchive() {
  const t = testArchive();
  const db = (): Database => {
    const open = t.workspace.current();
    if (!open) throw new Error('no archive open');
    return open.db;
  };

  // People: two without consent (with and without a pseudonym, one with another name), one named.
  const pseudonymous = t.call('people.create', {
    data: { name: SENTINEL.unnamedWithPseudonym, otherNames: [SENTINEL.unnamedAlias], pseudonym: CONTROL.pseudonym, consentToBeNamed: false, notes: 'Feared for her family.' },
  });
  const bare = t.call('people.create', { data: { name: SENTINEL.unnamedBare, consentToBeNamed: false } });
  const named = t.call('people.create', { data: { name: CONTROL.namedPerson, consentToBeNamed: true } });

  const publicPlace = t.call('places.create', { data: { name: CONTROL.publicPlace, type: 'town' } });
  const sealedPlace = t.call('places.create', { data: { name: SENTINEL.sealedPlace, type: 'town' } });
  const recordedAt = t.call('places.create', { data: { name: SENTINEL.sealedPlaceRecorded, type: 'building' } });
  const sealedTheme = t.call('themes.create', { data: { label: SENTINEL.sealedTheme } });
  const policing = t.call('themes.create', { data: { label: 'Policing' } });
  const publicHearing = t.call('hearings.create', { data: { title: 'First public hearing', type: 'public_hearing', date: '2001-03-14' } });
  const privateHearing = t.call('hearings.create', { data: { title: SENTINEL.privateHearing, type: 'private_session', date: '2001-04-02' } });

  // The public record: publishable, but with redacted spans and unconsented names inside.
  const open = t.call('testimonies.create', {
    data: {
      ref: 'T-0001',
      title: `${CONTROL.publicTitle} told by ${SENTINEL.unnamedWithPseudonym}`,
      summary: PUBLIC_SUMMARY,
      type: 'audio',
      accessLevel: 'public',
      consent: RELEASED,
      transcript: PUBLIC_TRANSCRIPT,
      placesSpokenAbout: [publicPlace.id],
      hearingId: publicHearing.id,
      people: [
        { personId: pseudonymous.id, role: 'narrator', narratorRole: 'survivor' },
        { personId: bare.id, role: 'interpreter' },
        { personId: named.id, role: 'interviewer' },
      ],
    },
  });
  const redact = (field: 'transcript' | 'summary', text: string, words: string) =>
    t.call('redactions.add', { testimonyId: open.id, field, range: spanOf(text, words), reason: 'Names a witness’s address' });
  redact('transcript', PUBLIC_TRANSCRIPT, SENTINEL.redacted);
  redact('transcript', PUBLIC_TRANSCRIPT, SENTINEL.redactedCited);
  redact('summary', PUBLIC_SUMMARY, SENTINEL.redactedSummary);

  // An embargo that has ended: publishable, a control.
  t.call('testimonies.create', {
    data: { ref: 'T-0002', title: `${CONTROL.embargoEnded} statement`, type: 'audio', accessLevel: 'public', embargoUntil: '2001-01-01', consent: RELEASED, transcript: `${CONTROL.embargoEnded} spoke of the mill.` },
  });

  // The sealed record, with something secret in every field that can hold words.
  const sealed = t.call('testimonies.create', {
    data: {
      ref: SENTINEL.sealedRef,
      title: SENTINEL.sealedTitle,
      summary: SENTINEL.sealedSummary,
      type: 'written_statement',
      accessLevel: 'sealed',
      consent: RELEASED,
      transcript: SEALED_TRANSCRIPT,
      placesSpokenAbout: [sealedPlace.id],
      placeRecordedId: recordedAt.id,
      people: [{ personId: named.id, role: 'narrator', narratorRole: 'witness' }],
    },
  });
  t.call('coding.tag', { testimonyId: sealed.id, themeId: sealedTheme.id, note: SENTINEL.sealedTagNote });
  t.call('coding.addSegment', {
    testimonyId: sealed.id,
    range: spanOf(SEALED_TRANSCRIPT, 'Nobody else knows this.'),
    data: { title: SENTINEL.sealedSegment, synopsis: SENTINEL.sealedSegmentSynopsis, keywords: [SENTINEL.sealedSegmentKeyword] },
  });
  t.call('coding.code', { testimonyId: sealed.id, range: spanOf(SEALED_TRANSCRIPT, `${SENTINEL.sealedTranscript} was written`), data: { themeIds: [policing.id], note: SENTINEL.sealedCodeNote } });

  // Held back by level, embargo, consent and withdrawal; everything else about them is cleared.
  const heldBack = (ref: string, title: string, transcript: string, extra: Record<string, unknown>) =>
    t.call('testimonies.create', { data: { ref, title, type: 'audio', accessLevel: 'public', consent: RELEASED, transcript: `${transcript} spoke of the river road.`, placesSpokenAbout: [publicPlace.id], ...extra } });
  heldBack('T-0010', SENTINEL.confidentialTitle, SENTINEL.confidentialTranscript, { accessLevel: 'confidential' });
  heldBack('T-0011', SENTINEL.restrictedTitle, SENTINEL.restrictedTranscript, { accessLevel: 'restricted' });
  heldBack('T-0012', SENTINEL.embargoTitle, SENTINEL.embargoTranscript, { embargoUntil: '2999-01-01' });
  heldBack('T-0013', SENTINEL.noConsentTitle, SENTINEL.noConsentTranscript, { consent: { ...RELEASED, publicRelease: false } });
  heldBack('T-0014', SENTINEL.consentWithdrawnTitle, SENTINEL.consentWithdrawnTranscript, { consent: { ...RELEASED, withdrawnOn: '2024-02-02' } });
  const withdrawn = heldBack('T-0015', SENTINEL.withdrawnTitle, SENTINEL.withdrawnTranscript, {});
  t.call('testimonies.withdraw', { id: withdrawn.id, reason: 'The narrator asked us to.' });
  const late = heldBack('T-0016', `${SENTINEL.lateWithdrawal} title`, SENTINEL.lateWithdrawal, {});

  // A finding citing the sealed record (with a note) and the public one across a redaction.
  const finding = t.call('findings.create', { data: { title: CONTROL.findingTitle, text: `Officers looked away. ${SENTINEL.unnamedBare} said so.`, themeIds: [policing.id] } });
  t.call('findings.cite', { id: finding.id, citation: { testimonyId: sealed.id, ...spanOf(SEALED_TRANSCRIPT, SENTINEL.sealedTranscript), note: SENTINEL.sealedCitationNote } });
  t.call('findings.cite', { id: finding.id, citation: { testimonyId: open.id, ...spanOf(PUBLIC_TRANSCRIPT, `${CONTROL.citedPublic} the deputies said, then ${SENTINEL.redactedCited}`) } });
  const rec = t.call('recommendations.create', {
    data: { title: CONTROL.recommendationTitle, text: `Hear ${SENTINEL.unnamedWithPseudonym} again.`, addressee: 'Department of Justice', addresseeType: 'justice_department', findingIds: [finding.id] },
  });
  t.call('recommendations.addStatus', { id: rec.id, entry: { status: 'underway', date: '2024-01-01', assessedBy: 'Monitoring committee', note: `Spoke with ${SENTINEL.unnamedBare}.` } });

  const report = t.call('reports.create', { data: { title: CONTROL.reportTitle, subtitle: `With thanks to ${SENTINEL.unnamedBare}`, authors: ['The Commission'], date: '2027-06-30' } });
  const first = report.sections[0];
  if (!first) throw new Error('a new report has one section');
  t.call('reports.saveSection', {
    id: report.id,
    sectionId: first.id,
    expectedVersion: first.version,
    data: {
      title: 'Findings',
      body: [
        `We thank ${SENTINEL.unnamedWithPseudonym} and ${SENTINEL.unnamedAlias}.`,
        `{{finding ${finding.id}}}`,
        `{{excerpt ${SENTINEL.sealedRef} "${SENTINEL.sealedTranscript}"}}`,
        `{{excerpt T-0001 "${SENTINEL.redacted} was there"}}`,
        `{{excerpt T-0012 "${SENTINEL.embargoTranscript}"}}`,
        '{{recommendations}}',
        '{{statistics}}',
        '# Testimonies',
        '{{appendix testimonies}}',
        '# Hearings',
        '{{appendix hearings}}',
      ].join('\n\n'),
    },
  });

  // A marker relating the sealed and embargoed records, the private hearing and the unnamed people.
  const marker = t.call('markers.create', {
    proposedOn: '2002-06-03',
    data: {
      ref: 'M-001',
      title: CONTROL.markerTitle,
      subtitle: `Where ${SENTINEL.unnamedBare} stood`,
      ceremonyNotes: `${SENTINEL.unnamedWithPseudonym} laid the first flowers.`,
      honoureeIds: [pseudonymous.id, bare.id, named.id],
      testimonyIds: [open.id, sealed.id, late.id],
      hearingIds: [publicHearing.id, privateHearing.id],
      notes: SENTINEL.markerNote,
    },
  });
  t.call('markers.saveInscription', { id: marker.id, text: SENTINEL.markerDraft });
  const approved = t.call('markers.saveInscription', { id: marker.id, text: CONTROL.inscription }).inscriptions[0];
  if (!approved) throw new Error('no inscription');
  t.call('markers.approveInscription', { id: marker.id, versionId: approved.id, approvedBy: 'The Commission', approvedOn: '2003-03-21' });
  t.call('markers.setStatus', { id: marker.id, to: 'approved', date: '2003-03-21', note: SENTINEL.markerHistoryNote });

  /** Withdraws the consent of the late record (published until now): it must leave at once. */
  const withdrawLateConsent = () => {
    const c = t.call('testimonies.get', { id: late.id });
    t.call('testimonies.update', {
      id: late.id,
      expectedVersion: c.version,
      data: { ref: c.ref, title: c.title, type: c.type, accessLevel: c.accessLevel, transcript: c.transcript, placesSpokenAbout: c.placesSpokenAbout, consent: { ...c.consent, withdrawnOn: '2025-01-01' } },
    });
  };

  return { ...t, db, open, sealed, late, finding, rec, report, marker, withdrawLateConsent };
}

export type LeakageArchive = ReturnType<typeof leakageArchive>;
