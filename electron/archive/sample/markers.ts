import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { inscriptionApproval, inscriptionText, markerInput, statusChange } from '../../../shared/model/markers';
import { isoDate } from '../../../shared/model/fields';
import type { Ctx } from '../context';
import { approveInscription, saveInscription } from '../markers/inscriptions';
import { createMarker } from '../markers/mutations';
import { addPhoto } from '../markers/photos';
import { setStatus } from '../markers/status';

/**
 * The sample archive's memorials and markers (resources/sample/markers.json), created through the
 * same services as the router's handlers: the record, then each inscription version in order
 * (approved ones approved right after saving), then each status change in order, then the photos
 * (files relative to the sample folder). No file, no markers; a file that is there but wrong stops
 * the load with a message naming the marker.
 */

const keys = z.array(z.string().min(1)).default([]);
const sampleMarker = z
  .object({
    key: z.string().min(1),
    placeKey: z.string().nullable().default(null),
    honoureeKeys: keys,
    testimonyKeys: keys,
    hearingKeys: keys,
    proposedOn: isoDate.optional(),
    inscriptions: z.array(z.object({ text: inscriptionText }).and(inscriptionApproval.partial())).default([]),
    history: z.array(statusChange).default([]),
    photos: z.array(z.object({ file: z.string().min(1), fileName: z.string().default(''), caption: z.string().default(''), credit: z.string().default('') })).default([]),
  })
  .passthrough();

export interface SampleKeys {
  places: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  hearings: ReadonlyMap<string, string>;
  /** By testimony file number: "001" … */
  testimonies: ReadonlyMap<string, string>;
}

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

/** Runs one step; a refusal becomes an error that names the sample marker. */
function step<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new Error(`Sample marker ${what}: ${(e as Error).message}`);
  }
}

export function loadSampleMarkers(ctx: Ctx, dir: string, ids: SampleKeys): number {
  const file = path.join(dir, 'markers.json');
  if (!existsSync(file)) return 0;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`The sample archive file ${file} cannot be read: ${(e as Error).message}`);
  }
  const list = z.array(sampleMarker).safeParse(json);
  if (!list.success) throw new Error(`The sample archive file ${file} is not valid: ${issues(list.error)}`);

  for (const raw of list.data) {
    const id = (kind: keyof SampleKeys, key: string) => {
      const found = ids[kind].get(key);
      if (!found) throw new Error(`Sample marker ${raw.key} refers to an unknown ${kind === 'people' ? 'person' : kind.replace(/s$/, '')} "${key}"`);
      return found;
    };
    const data = markerInput.safeParse({
      ...raw,
      placeId: raw.placeKey === null ? null : id('places', raw.placeKey),
      honoureeIds: raw.honoureeKeys.map((k) => id('people', k)),
      testimonyIds: raw.testimonyKeys.map((k) => id('testimonies', k)),
      hearingIds: raw.hearingKeys.map((k) => id('hearings', k)),
    });
    if (!data.success) throw new Error(`Sample marker ${raw.key} is not valid: ${issues(data.error)}`);
    const marker = step(raw.key, () => createMarker(ctx, data.data, raw.proposedOn));
    for (const [i, v] of raw.inscriptions.entries()) {
      const saved = step(`${marker.ref} inscription ${i + 1}`, () => saveInscription(ctx, marker.id, v.text));
      const version = saved.inscriptions[0];
      if (version && (v.approvedBy || v.approvedOn)) {
        if (!v.approvedBy || !v.approvedOn) throw new Error(`Sample marker ${marker.ref} inscription ${i + 1} needs both approvedBy and approvedOn`);
        const { approvedBy, approvedOn } = v;
        step(`${marker.ref} inscription ${i + 1}`, () => approveInscription(ctx, marker.id, version.id, approvedBy, approvedOn));
      }
    }
    for (const change of raw.history) step(`${marker.ref} (${change.to} on ${change.date})`, () => setStatus(ctx, marker.id, change.to, change.date, change.note));
    for (const photo of raw.photos) {
      const source = path.resolve(dir, photo.file);
      if (path.relative(dir, source).startsWith('..')) throw new Error(`Sample marker ${marker.ref}: the photo ${photo.file} lies outside the sample folder`);
      step(`${marker.ref} photo ${photo.file}`, () => addPhoto(ctx, marker.id, { path: source, fileName: photo.fileName, caption: photo.caption, credit: photo.credit }));
    }
  }
  return list.data.length;
}
