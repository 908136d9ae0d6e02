import type { Attachment, AttachmentKind } from '../../../../../shared/model/attachments';

/** Pure rules of the Files tab: sizes, times and fingerprints as people read them, kinds, what plays. */

/** Sizes read the same in the Files tab as in the engine's messages. */
export { formatBytes } from '../../../../../shared/model/byteSize';

/** A time in a recording as a player shows it: "0:02", "12:03", "1:02:09" (whole seconds, rounded down). */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The first characters of a SHA-256 fingerprint, enough to tell files apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

const EXT = /\.([a-z0-9]{1,8})$/i;
const TRANSCRIPT_EXTS = new Set(['txt', 'md', 'docx', 'doc', 'odt', 'rtf', 'vtt', 'srt']);
const SCAN_EXTS = new Set(['pdf', 'tif', 'tiff']);

/**
 * The kind a chosen file most likely is, from its media type and name: a person confirms or changes
 * it before attaching. A name that says "consent" is taken for a consent form whatever its type.
 */
export function kindForFile(name: string, mediaType: string): AttachmentKind {
  const ext = EXT.exec(name)?.[1]?.toLowerCase() ?? '';
  if (/consent/i.test(name)) return 'consent_form';
  if (mediaType.startsWith('audio/') || mediaType.startsWith('video/')) return 'recording';
  if (SCAN_EXTS.has(ext) || mediaType === 'application/pdf' || mediaType === 'image/tiff') return 'scan';
  if (mediaType.startsWith('image/')) return 'photo';
  if (TRANSCRIPT_EXTS.has(ext) || mediaType.startsWith('text/')) return 'transcript';
  return 'other';
}

/** Which element plays a file: audio, video, or none (a recording in a format a page cannot play). */
export function playerFor(mediaType: string): 'audio' | 'video' | null {
  if (mediaType.startsWith('audio/')) return 'audio';
  if (mediaType.startsWith('video/')) return 'video';
  return null;
}

/** The recordings the player offers, in the order the files are listed. */
export function playableRecordings(files: readonly Attachment[]): Attachment[] {
  return files.filter((f) => f.kind === 'recording' && playerFor(f.mediaType) !== null);
}

export interface TimedSegment {
  id: string;
  timeStart: number;
  timeEnd: number | null;
}

/**
 * The segment playing at `time`: the last one started by then and not yet ended (a segment without
 * an end runs until the next one starts), or null between segments and before the first.
 */
export function segmentAt<S extends TimedSegment>(segments: readonly S[], time: number): S | null {
  let found: S | null = null;
  for (const s of segments) {
    if (s.timeStart > time) continue;
    if (s.timeEnd !== null && time >= s.timeEnd) continue;
    if (!found || s.timeStart >= found.timeStart) found = s;
  }
  return found;
}
