import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExportScope } from '../../../shared/api/exports';
import { label } from '../../../shared/model/enums';
import { parseFlexDate } from '../../../shared/model/flexDate';
import type { TestimonyType } from '../../../shared/model/enums';
import { xmlText } from '../preservation/premisXml';
import { readSettings } from '../settings/settings';
import type { ExportWriter } from './formats';
import { recordReader, selectTestimonies, testimoniesInWords, type ExportRecord } from './records';
import { withTextFile } from './textFile';

/**
 * The Dublin Core export: one XML file, a `<records>` wrapper in Tessera's own namespace holding
 * one `oai_dc:dc` record per testimony (the OAI-PMH shape AtoM and Omeka import). It validates
 * against resources/schemas/tessera-dc-records.xsd, which imports the OAI and DCMI schemas from
 * the same folder. Every value passes through `xmlText` (markup escaped, characters XML 1.0
 * cannot hold left out). Public scope: the public form of each publishable record (see
 * records.ts), people by their public names, no provenance.
 */

export const DC_RECORDS_NS = 'urn:tessera:dc-records';
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** The DCMI Type Vocabulary term for each kind of testimony. */
const DCMI_TYPE: Record<TestimonyType, string> = {
  written_statement: 'Text',
  audio: 'Sound',
  video: 'MovingImage',
  hearing_transcript: 'Text',
};

/** A flexible date as an ISO 8601 day or range ("1998-03-01/1998-03-31"), or the words as written when it has none. */
export function isoDateOf(text: string): string {
  const d = parseFlexDate(text);
  if (!d.ok || d.value.start === null) return text.trim();
  const end = d.value.end ?? d.value.start;
  return end === d.value.start ? d.value.start : `${d.value.start}/${end}`;
}

/** "1:23:45" as an ISO 8601 duration ("PT1H23M45S"). */
export function isoDuration(text: string): string {
  const parts = text.split(':').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return text;
  const [s = 0, m = 0, h = 0] = parts.reverse();
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

const CONSENT_WORDS: readonly [keyof NonNullable<ExportRecord['consent']>, string][] = [
  ['recording', 'recording'],
  ['quoting', 'quoting'],
  ['naming', 'naming the narrator'],
  ['publicRelease', 'public release'],
  ['researchAccess', 'research access'],
  ['archiveTransfer', 'transfer to an archive'],
];

/** The access level and consent, in words. */
function rights(r: ExportRecord, scope: ExportScope): string {
  if (scope === 'public') return 'Public. Released with the consent of the people who gave this testimony; redacted passages and names withheld at their request are not included.';
  const parts = [`Access level: ${label(r.accessLevel)}.`];
  if (r.embargoUntil) parts.push(`Embargoed until ${r.embargoUntil}.`);
  const c = r.consent;
  if (c) {
    const given = CONSENT_WORDS.filter(([k]) => c[k] === true).map(([, w]) => w);
    parts.push(given.length ? `Consent given for ${given.join(', ')}.` : 'No consent recorded.');
    if (c.withdrawnOn) parts.push(`Consent withdrawn on ${c.withdrawnOn}.`);
  }
  if (r.withdrawn) parts.push(`Withdrawn from the archive${r.withdrawn.at ? ` on ${r.withdrawn.at.slice(0, 10)}` : ''}.`);
  return parts.join(' ');
}

/** One oai_dc record: the elements in the order the DCMI lists them, each value escaped. */
export function dcRecord(r: ExportRecord, scope: ExportScope, publisher: string): string {
  const out: string[] = [];
  const el = (name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value.trim() !== '') out.push(`    <dc:${name}>${xmlText(value)}</dc:${name}>\n`);
  };
  el('title', r.title);
  for (const p of r.people.filter((x) => x.role === 'narrator')) el('creator', p.name);
  for (const t of r.themes) el('subject', t.label);
  el('description', r.summary);
  el('publisher', publisher);
  for (const p of r.people.filter((x) => x.role !== 'narrator')) el('contributor', p.name);
  el('date', isoDateOf(r.dateRecorded));
  el('type', DCMI_TYPE[r.type]);
  el('type', label(r.type));
  el('format', r.extent);
  if (r.duration) el('format', isoDuration(r.duration));
  for (const mediaType of new Set((r.attachments ?? []).map((a) => a.mediaType))) el('format', mediaType);
  el('identifier', r.ref);
  el('identifier', `urn:uuid:${r.id}`);
  if (scope === 'full') el('source', r.provenance);
  for (const lang of r.languages) el('language', lang);
  el('relation', r.hearing);
  el('relation', r.collection && `Collection: ${r.collection}`);
  el('relation', r.series && `Series: ${r.series}`);
  for (const place of [...new Set([r.placeRecorded, ...r.placesSpokenAbout])]) el('coverage', place);
  for (const date of r.datesSpokenAbout) el('coverage', isoDateOf(date));
  el('rights', rights(r, scope));
  return `  <oai_dc:dc>\n${out.join('')}  </oai_dc:dc>\n`;
}

export function dcHeader(scope: ExportScope, generatedAt: string, source: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<records xmlns="${DC_RECORDS_NS}" xmlns:oai_dc="${OAI_DC_NS}" xmlns:dc="${DC_NS}" scope="${scope}" generated="${xmlText(generatedAt)}" source="${xmlText(source)}">\n`
  );
}

export const DC_FOOTER = '</records>\n';

export const writeDcFile: ExportWriter = ({ db, out, scope, testimonyIds, generatedAt, io }) => {
  const sel = selectTestimonies(db, scope, testimonyIds, generatedAt);
  const read = recordReader(db, sel);
  const { archiveName } = readSettings(db);
  const step = 'Writing the Dublin Core records';
  mkdirSync(path.dirname(out), { recursive: true });
  io.progress(step, 0, sel.ids.length);
  withTextFile(out, (f) => {
    f.write(dcHeader(scope, generatedAt, archiveName));
    sel.ids.forEach((id, i) => {
      f.write(dcRecord(read(id), scope, archiveName));
      io.progress(step, i + 1, sel.ids.length);
    });
    f.write(DC_FOOTER);
  });
  return `${testimoniesInWords(sel)} as Dublin Core records (oai_dc) in one XML file.`;
};
