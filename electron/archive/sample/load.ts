import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { hearingInput, personInput, placeInput } from '../../../shared/model/people';
import { testimonyInput } from '../../../shared/model/testimony';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { createHearing } from '../hearings/hearings';
import { createPerson } from '../people/people';
import { createPlace } from '../places/places';
import { resourcesDir } from '../resources';
import { readSettings, writeSettings } from '../settings/settings';
import { createTestimony, setWithdrawn } from '../testimonies/mutations';
import { loadSampleCoding } from './coding';
import { loadSampleMarkers } from './markers';
import { loadSampleFindings } from './findings';
import { loadSampleReport } from './report';

const keyed = { key: z.string().min(1) };
const samplePerson = personInput.and(z.object(keyed));
const samplePlace = z.object({ ...keyed, parentKey: z.string().nullable().default(null) }).passthrough();
const sampleHearing = z.object({ ...keyed, placeKey: z.string().nullable().default(null), participantKeys: z.array(z.string()).default([]) }).passthrough();
const sampleTestimony = z
  .object({
    placeRecordedKey: z.string().nullable().default(null),
    placesSpokenAboutKeys: z.array(z.string()).default([]),
    hearingKey: z.string().nullable().default(null),
    withdrawn: z.boolean().default(false),
    people: z.array(z.object({ personKey: z.string(), role: z.string(), narratorRole: z.string().nullable().optional() })).default([]),
  })
  .passthrough();

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`The sample archive file ${file} cannot be read: ${(e as Error).message}`);
  }
}

function resolver(kind: string, map: Map<string, string>) {
  return (key: string | null): string | null => {
    if (key === null) return null;
    const id = map.get(key);
    if (!id) throw new Error(`The sample archive refers to an unknown ${kind} "${key}"`);
    return id;
  };
}

/** Loads the fictional sample from resources/sample into an empty archive, audited like any write. */
export function loadSample(ctx: Ctx, dir = path.join(resourcesDir(), 'sample')) {
  const count = (ctx.db.prepare('SELECT count(*) AS n FROM testimonies').get() as { n: number }).n;
  if (count > 0) throw new ArchiveError('conflict', 'The sample can only be loaded into an empty archive. Create a new archive first (File → New archive).');
  if (!existsSync(dir)) throw new ArchiveError('not_found', `The sample archive is missing from this installation (${dir}).`);

  const meta = readJson(path.join(dir, 'archive.json')) as { name?: string; refPattern?: string };
  writeSettings(ctx, { ...readSettings(ctx.db), archiveName: meta.name ?? 'Sample archive', refPattern: meta.refPattern ?? readSettings(ctx.db).refPattern });

  const places = new Map<string, string>();
  for (const raw of z.array(samplePlace).parse(readJson(path.join(dir, 'places.json')))) {
    const data = placeInput.parse({ ...raw, parentId: resolver('place', places)(raw.parentKey) });
    places.set(raw.key, createPlace(ctx, data).id);
  }
  const people = new Map<string, string>();
  for (const raw of z.array(samplePerson).parse(readJson(path.join(dir, 'people.json')))) {
    people.set(raw.key, createPerson(ctx, personInput.parse(raw)).id);
  }
  const place = resolver('place', places);
  const person = resolver('person', people);
  const hearings = new Map<string, string>();
  for (const raw of z.array(sampleHearing).parse(readJson(path.join(dir, 'hearings.json')))) {
    const data = hearingInput.parse({ ...raw, placeId: place(raw.placeKey), participantIds: raw.participantKeys.map(person) });
    hearings.set(raw.key, createHearing(ctx, data).id);
  }
  const hearing = resolver('hearing', hearings);

  const files = readdirSync(path.join(dir, 'testimonies')).filter((f) => f.endsWith('.json')).sort();
  const testimonyIds = new Map<string, string>();
  for (const file of files) {
    const full = path.join(dir, 'testimonies', file);
    const raw = sampleTestimony.parse(readJson(full));
    const transcriptFile = full.replace(/\.json$/, '.txt');
    const parsed = testimonyInput.safeParse({
      ...raw,
      placeRecordedId: place(raw.placeRecordedKey),
      placesSpokenAbout: raw.placesSpokenAboutKeys.map((k) => place(k) as string),
      hearingId: hearing(raw.hearingKey),
      people: raw.people.map((l) => ({ ...l, personId: person(l.personKey), narratorRole: l.narratorRole ?? null })),
      transcript: existsSync(transcriptFile) ? readFileSync(transcriptFile, 'utf8') : '',
    });
    if (!parsed.success) throw new Error(`Sample testimony ${file} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const created = createTestimony(ctx, parsed.data);
    testimonyIds.set(file.replace(/\.json$/, ''), created.id);
    if (raw.withdrawn) setWithdrawn(ctx, created.id, true, 'Withdrawn at the narrator’s request (sample data).');
  }
  // Themes, coded passages and segments (coding.json), through the coding services.
  loadSampleCoding(ctx, dir, testimonyIds);
  // Memorials and markers (markers.json), linked to the records above by their keys.
  const markers = loadSampleMarkers(ctx, dir, { places, people, hearings, testimonies: testimonyIds });
  // Findings citing the transcripts, and recommendations resting on them (findings.json).
  const { findings, recommendations } = loadSampleFindings(ctx, dir, testimonyIds);
  // The sample report (report.json), embedding the findings and recommendations above.
  const reports = loadSampleReport(ctx, dir, testimonyIds);
  return { testimonies: files.length, people: people.size, places: places.size, hearings: hearings.size, markers, findings, recommendations, reports };
}
