import { parseSync } from 'subtitle';
import { leadText } from '../../../shared/model/text';
import { ArchiveError } from '../db/errors';

/**
 * Reads the cues of a WebVTT or SRT file. The file is split into blocks here (so cue identifiers,
 * NOTE, STYLE and REGION blocks are handled as WebVTT defines them); each cue's timing and text
 * are parsed by `subtitle`. Markup (<b>, <i>, <v Speaker>, <c.x>, inline timestamps) is stripped
 * and the lines of a cue are joined with spaces. Cues with no text are skipped.
 */

export interface Cue {
  /** 1-based position of the cue in the file. */
  number: number;
  /** The cue identifier; SRT's running numbers do not count as one. */
  id: string;
  /** Seconds. */
  start: number;
  end: number;
  text: string;
  /** A title for the segment: the identifier, else the first words (at most 60 characters). */
  title: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' };

export function cueText(raw: string): string {
  return raw
    .replace(/<[^>\n]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|quot|apos|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Block {
  line: number;
  lines: string[];
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      if (line.trim() === '') current = null;
      else if (current) current.lines.push(line);
      else blocks.push((current = { line: i + 1, lines: [line] }));
    });
  return blocks;
}

const SKIPPED_VTT_BLOCK = /^(NOTE|STYLE|REGION)(\s|$)/;

export function parseCues(format: 'vtt' | 'srt', text: string, filename = ''): Cue[] {
  const name = filename || (format === 'vtt' ? 'The WebVTT file' : 'The SRT file');
  const fail = (message: string) => new ArchiveError('invalid_input', `${name}: ${message} Nothing was imported.`, 'text');
  const blocks = blocksOf(text);
  const isVttHeader = /^WEBVTT(\s|$)/.test(blocks[0]?.lines[0] ?? '');
  if (format === 'vtt' && !isVttHeader) throw fail('this is not a WebVTT file (it must begin with the line WEBVTT).');
  if (format === 'srt' && isVttHeader) throw fail('this is a WebVTT file, not SRT. Import it as WebVTT.');
  const cues: Cue[] = [];
  let number = 0;
  for (const block of format === 'vtt' ? blocks.slice(1) : blocks) {
    if (format === 'vtt' && SKIPPED_VTT_BLOCK.test(block.lines[0] ?? '')) continue;
    const timing = block.lines.findIndex((l) => l.includes('-->'));
    if (timing === -1) throw fail(`line ${block.line}: expected a cue timing such as 00:01:02.500 --> 00:01:05.000, found “${(block.lines[0] ?? '').slice(0, 60)}”.`);
    if (timing > 1) throw fail(`line ${block.line}: a cue has at most one identifier line before its timing.`);
    const timingLine = block.line + timing;
    let parsed;
    try {
      parsed = parseSync([block.lines[timing], ...block.lines.slice(timing + 1)].join('\n')).find((n) => n.type === 'cue');
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.type !== 'cue') throw fail(`line ${timingLine}: the cue timing “${(block.lines[timing] ?? '').slice(0, 80)}” is not valid (write 00:01:02.500 --> 00:01:05.000).`);
    number += 1;
    const { start, end } = parsed.data;
    if (end < start) throw fail(`line ${timingLine}: cue ${number} ends before it starts.`);
    const cue = cueText(parsed.data.text);
    if (!cue) continue;
    const rawId = timing === 1 ? (block.lines[0] ?? '').trim() : '';
    const id = /^\d+$/.test(rawId) ? '' : rawId.slice(0, 300);
    cues.push({ number, id, start: start / 1000, end: end / 1000, text: cue, title: id || leadText(cue, 58) });
  }
  if (cues.length === 0) throw fail('no cues with text were found.');
  return cues;
}
