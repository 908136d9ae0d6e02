import { isGraphemeBoundary } from '../../../shared/model/graphemes';
import { segmentInput, type TextRange } from '../../../shared/model/themes';
import { testimonyInput } from '../../../shared/model/testimony';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { getTestimony } from '../testimonies/queries';
import { updateTestimony } from '../testimonies/mutations';
import { requireCodable } from './checks';
import { parseCues, type Cue } from './cueFile';
import { codingBatch, createPassage, segmentFields } from './passageWrites';

/**
 * Cues of a WebVTT/SRT file become time-coded segments. With no transcript yet, the cue texts
 * (joined by blank lines) become the transcript, saved through testimonies.update's own path
 * (indexed and audited as a testimony edit). With a transcript, each cue is looked for in order,
 * ignoring differences of white space; cues not found are returned and otherwise ignored.
 */

/** The transcript with white space runs collapsed to one space, and where each character came from. */
function collapsed(text: string): { flat: string; from: number[] } {
  const from: number[] = [];
  const chars: string[] = [];
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i] as string);
    if (space && afterSpace) continue;
    chars.push(space ? ' ' : (text[i] as string));
    from.push(i);
    afterSpace = space;
  }
  return { flat: chars.join(''), from };
}

function matchCues(transcript: string, cues: Cue[]): { matched: { cue: Cue; range: TextRange }[]; unmatched: Cue[] } {
  const { flat, from } = collapsed(transcript);
  const matched: { cue: Cue; range: TextRange }[] = [];
  const unmatched: Cue[] = [];
  let cursor = 0;
  for (const cue of cues) {
    const at = flat.indexOf(cue.text, cursor);
    const start = from[at] ?? -1;
    const end = (from[at + cue.text.length - 1] ?? -2) + 1;
    if (at < 0 || !isGraphemeBoundary(transcript, start) || !isGraphemeBoundary(transcript, end)) {
      unmatched.push(cue);
      continue;
    }
    matched.push({ cue, range: { start, end, quote: transcript.slice(start, end) } });
    cursor = at + cue.text.length;
  }
  return { matched, unmatched };
}

/** The cue texts as a new transcript, and where each cue stands in it. */
function transcriptFromCues(cues: Cue[]): { transcript: string; matched: { cue: Cue; range: TextRange }[] } {
  let transcript = '';
  const matched = cues.map((cue) => {
    if (transcript) transcript += '\n\n';
    const start = transcript.length;
    transcript += cue.text;
    return { cue, range: { start, end: transcript.length, quote: cue.text } };
  });
  return { transcript, matched };
}

export function importCues(ctx: Ctx, testimonyId: string, format: 'vtt' | 'srt', text: string, filename: string) {
  return importCueList(ctx, testimonyId, parseCues(format, text, filename), filename);
}

/** Cues already read (a bulk import reads its files first) become segments, as importCues says. */
export function importCueList(ctx: Ctx, testimonyId: string, cues: Cue[], filename: string) {
  let testimony = requireCodable(ctx.db, testimonyId);
  const transcriptCreated = testimony.transcript.trim() === '';
  let placed: { matched: { cue: Cue; range: TextRange }[]; unmatched: Cue[] };
  if (transcriptCreated) {
    const built = transcriptFromCues(cues);
    const current = getTestimony(ctx.db, { id: testimonyId });
    updateTestimony(ctx, testimonyId, current.version, { ...testimonyInput.parse(current), transcript: built.transcript });
    testimony = requireCodable(ctx.db, testimonyId);
    placed = { matched: built.matched, unmatched: [] };
  } else {
    placed = matchCues(testimony.transcript, cues);
    if (placed.matched.length === 0) {
      throw new ArchiveError('invalid_input', `None of the ${cues.length} cues of ${filename || 'the file'} was found in the transcript. Check that it belongs to testimony ${testimony.ref}; nothing was imported.`, 'text');
    }
  }
  const codable = testimony;
  // One search re-index for the whole file, not one per cue (a long recording has hundreds).
  codingBatch(ctx, codable.id, () => {
    for (const { cue, range } of placed.matched) {
      try {
        const data = segmentInput.safeParse({ title: cue.title, timeStart: cue.start, timeEnd: cue.end });
        if (!data.success) throw new ArchiveError('invalid_input', data.error.issues[0]?.message ?? 'The cue cannot be a segment.');
        createPassage(ctx, codable, 'segment', range, segmentFields(data.data));
      } catch (e) {
        if (!(e instanceof ArchiveError)) throw e;
        throw new ArchiveError(e.code, `Cue ${cue.number} (“${cue.title}”): ${e.message} Nothing was imported.`, 'text');
      }
    }
  });
  return { segments: placed.matched.length, transcriptCreated, unmatched: placed.unmatched.map((c) => ({ cue: c.number, text: c.text })) };
}
