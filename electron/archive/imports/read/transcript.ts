import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { TRANSCRIPT_MAX_BYTES, type TextEncoding } from '../../../../shared/model/importFields';
import { parseCues, type Cue } from '../../coding/cueFile';
import { ArchiveError } from '../../db/errors';
import { decodeText } from './decode';
import { checkDocxArchive } from './docxGuard';
import { pdfText } from './pdfText';
import { ImportProblem, largerThan, quoted } from './problem';

/**
 * Reads a transcript file into text: plain text and Markdown (decoded, see decode.ts; Markdown is
 * kept as written), WebVTT and SRT (cues, and the cue texts joined by blank lines, as
 * coding/importCues.ts builds a transcript from cues), Word (.docx, mammoth's raw text, after the
 * ZIP-bomb check) and PDF (the text layer, pdfjs-dist).
 */

export const TRANSCRIPT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.docx', '.pdf', '.vtt', '.srt'];

export type TranscriptFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'vtt' | 'srt';

export interface TranscriptFile {
  text: string;
  /** The cues of a WebVTT or SRT file, in order; null for other formats. */
  cues: Cue[] | null;
  format: TranscriptFormat;
  /** How the file was read, for people: "UTF-8 (byte order mark)", "Word document", "PDF text layer". */
  note: string;
}

function textOf(bytes: Buffer, choice: 'auto' | TextEncoding, name: string, format: 'txt' | 'md'): TranscriptFile {
  const decoded = decodeText(bytes, choice, name);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportProblem(`${name} is empty (it holds only blank space).`);
  return { text, cues: null, format, note: decoded.note };
}

function cuesOf(bytes: Buffer, choice: 'auto' | TextEncoding, name: string, format: 'vtt' | 'srt'): TranscriptFile {
  const decoded = decodeText(bytes, choice, name);
  let cues: Cue[];
  try {
    cues = parseCues(format, decoded.text, name);
  } catch (e) {
    // parseCues speaks for the archive's own cue import; its messages name the file and the line.
    if (e instanceof ArchiveError) throw new ImportProblem(e.message.replace(/ Nothing was imported\.$/, ''));
    throw e;
  }
  return { text: cues.map((c) => c.text).join('\n\n'), cues, format, note: decoded.note };
}

/** The signature of the compound-file container of .doc files and of password-protected .docx files. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function docxText(bytes: Buffer, name: string): Promise<TranscriptFile> {
  // Word saves a password-protected .docx in the older compound-file container, not as a ZIP.
  if (bytes.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) {
    throw new ImportProblem(`${name} is protected with a password, or is an older Word (.doc) file. Open it in Word, remove the password or save it as .docx, and import that.`);
  }
  await checkDocxArchive(bytes, name);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: bytes }));
  } catch {
    throw new ImportProblem(`${name} is not a Word document Tessera can read (its main text part is missing or damaged). Open it in Word, save it again as .docx, and import the new file.`);
  }
  const text = value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text === '') throw new ImportProblem(`${name} is empty: the Word document holds no text.`);
  return { text, cues: null, format: 'docx', note: 'Word document' };
}

async function pdfTranscript(bytes: Buffer, name: string): Promise<TranscriptFile> {
  const text = await pdfText(new Uint8Array(bytes), name);
  if (text === '') {
    throw new ImportProblem(`${name} has no text layer (it may be a scanned image), so there is no transcript to read. Attach it to the testimony as a scan instead, or run it through text recognition (OCR) first.`);
  }
  return { text, cues: null, format: 'pdf', note: 'PDF text layer' };
}

export async function readTranscript(path: string, choice: 'auto' | TextEncoding): Promise<TranscriptFile> {
  const name = quoted(basename(path));
  const ext = extname(path).toLowerCase();
  if (!TRANSCRIPT_EXTENSIONS.includes(ext)) {
    throw new ImportProblem(`${name} is not a transcript file Tessera reads. Transcripts are ${TRANSCRIPT_EXTENSIONS.join(', ')}; attach other files to a testimony instead.`);
  }
  const format = ext.slice(1) as TranscriptFormat;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ImportProblem(`${name} cannot be opened. Check that it still exists and that you may read it.`);
  }
  if (size === 0) throw new ImportProblem(`${name} is empty.`);
  if (size > TRANSCRIPT_MAX_BYTES) {
    throw new ImportProblem(`${largerThan(name, size, TRANSCRIPT_MAX_BYTES, 'a transcript may be')} Split it, or attach it to a testimony as a file instead.`);
  }
  const bytes = readFileSync(path);
  if (format === 'docx') return docxText(bytes, name);
  if (format === 'pdf') return pdfTranscript(bytes, name);
  if (format === 'vtt' || format === 'srt') return cuesOf(bytes, choice, name, format);
  return textOf(bytes, choice, name, format);
}
