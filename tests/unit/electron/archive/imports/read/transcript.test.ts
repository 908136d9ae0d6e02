import { truncateSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { TRANSCRIPT_MAX_BYTES } from '../../../../../../shared/model/importFields';
import { readTranscript, TRANSCRIPT_EXTENSIONS } from '../../../../../../electron/archive/imports/read/transcript';
import { problemOf as problem, sourceFile as file } from './sources';
import { png } from '../../files/pictures';

function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe('readTranscript: text', () => {
  it('lists the extensions it reads', () => {
    expect(TRANSCRIPT_EXTENSIONS).toEqual(['.txt', '.md', '.docx', '.pdf', '.vtt', '.srt']);
  });

  it('reads plain text in UTF-16 and Windows-1252, with Windows line breaks made "\\n"', async () => {
    const utf16 = await readTranscript(file('tape1.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Они пришли ночью.\r\nMy brother was taken.', 'utf16le')])), 'auto');
    expect(utf16).toEqual({ text: 'Они пришли ночью.\nMy brother was taken.', cues: null, format: 'txt', note: 'UTF-16 LE (byte order mark)' });
    const cp1252 = await readTranscript(file('tape2.TXT', Buffer.from('Caf\xe9 \x80 \x93quoted\x94', 'latin1')), 'auto');
    expect(cp1252).toMatchObject({ text: 'Café € “quoted”', format: 'txt', note: 'Windows-1252 (detected: not valid UTF-8)' });
  });

  it('keeps Markdown as written', async () => {
    const md = await readTranscript(file('notes.md', '# Hearing 3\n\n**Witness:** Cora Bell\n'), 'auto');
    expect(md).toEqual({ text: '# Hearing 3\n\n**Witness:** Cora Bell\n', cues: null, format: 'md', note: 'UTF-8' });
  });

  it('refuses binary junk named .txt, empty files and invalid UTF-8 chosen as UTF-8', async () => {
    const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256));
    expect(await problem(readTranscript(file('recording.txt', junk), 'auto'))).toMatch(/^“recording.txt” is not a text file \(it contains binary data\)/);
    expect(await problem(readTranscript(file('empty.txt', ''), 'auto'))).toBe('“empty.txt” is empty.');
    expect(await problem(readTranscript(file('blank.md', ' \n\n '), 'auto'))).toBe('“blank.md” is empty (it holds only blank space).');
    expect(await problem(readTranscript(file('latin.txt', Buffer.from('ok\nd\xe9j\xe0', 'latin1')), 'utf-8'))).toMatch(/^“latin.txt” is not valid UTF-8 \(first at line 2\)\. .*Windows-1252/);
  });

  it('refuses a file over the limit, naming it, and a format it does not read', async () => {
    const big = file('huge.txt', '');
    truncateSync(big, TRANSCRIPT_MAX_BYTES + 1);
    expect(await problem(readTranscript(big, 'auto'))).toBe('“huge.txt” is larger than the 50 MB a transcript may be. Split it, or attach it to a testimony as a file instead.');
    truncateSync(big, 73 * 1024 * 1024);
    expect(await problem(readTranscript(big, 'auto'))).toMatch(/^“huge.txt” is larger than the 50 MB a transcript may be \(it is 73 MB\)\./);
    expect(await problem(readTranscript(file('tape.rtf', 'x'), 'auto'))).toMatch(/^“tape.rtf” is not a transcript file Tessera reads\. Transcripts are \.txt, \.md/);
  });
});

describe('readTranscript: cues', () => {
  it('reads WebVTT cues with their times, and the text from the cues', async () => {
    const vtt = 'WEBVTT\n\narrest\n00:00:01.000 --> 00:00:06.500\n<v Cora>They came at <b>night</b>.\n\n00:00:06.500 --> 00:00:11.250\nMy brother was taken.\n';
    const read = await readTranscript(file('tape1.vtt', vtt), 'auto');
    expect(read.text).toBe('They came at night.\n\nMy brother was taken.');
    expect(read.cues?.map((c) => [c.title, c.start, c.end])).toEqual([
      ['arrest', 1, 6.5],
      ['My brother was taken.', 6.5, 11.25],
    ]);
    expect(read).toMatchObject({ format: 'vtt', note: 'UTF-8' });
  });

  it('reads SRT in UTF-16, and names the line of a bad timing', async () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:04,000\r\nÉté 1976.\r\n\r\n2\r\n00:01:02,500 --> 00:01:05,000\r\nThe school burned.\r\n';
    const read = await readTranscript(file('tape2.srt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(srt, 'utf16le').swap16()])), 'auto');
    expect(read.cues?.map((c) => [c.text, c.start, c.end])).toEqual([
      ['Été 1976.', 1, 4],
      ['The school burned.', 62.5, 65],
    ]);
    expect(read.note).toBe('UTF-16 BE (byte order mark)');
    expect(await problem(readTranscript(file('bad.srt', '1\n00:00:01,000 --> 00:0x:02,000\nHello\n'), 'auto'))).toBe('“bad.srt”: line 2: the cue timing “00:00:01,000 --> 00:0x:02,000” is not valid (write 00:01:02.500 --> 00:01:05.000).');
    expect(await problem(readTranscript(file('plain.vtt', 'Just some words.\n'), 'auto'))).toMatch(/“plain.vtt”: this is not a WebVTT file/);
  });
});

describe('readTranscript: PDF', () => {
  it('reads the text layer of every page, pages joined by blank lines', async () => {
    const bytes = await pdf((doc) => {
      doc.text('They came at night. My brother was taken.');
      doc.text('Nobody told us where.');
      doc.addPage().text('Years later the forum gave us a place to speak.');
    });
    const read = await readTranscript(file('statement.pdf', bytes), 'auto');
    expect(read).toEqual({
      text: 'They came at night. My brother was taken.\nNobody told us where.\n\nYears later the forum gave us a place to speak.',
      cues: null,
      format: 'pdf',
      note: 'PDF text layer',
    });
  });

  it('refuses a PDF with only an image, saying it can be attached as a scan', async () => {
    const bytes = await pdf((doc) => doc.image(png(64, 64), 50, 50, { width: 300 }));
    expect(await problem(readTranscript(file('scan.pdf', bytes), 'auto'))).toBe(
      '“scan.pdf” has no text layer (it may be a scanned image), so there is no transcript to read. Attach it to the testimony as a scan instead, or run it through text recognition (OCR) first.',
    );
  });

  it('refuses a password-protected PDF and a broken one', async () => {
    const locked = await pdf((doc) => doc.text('Secret words'), { userPassword: 'secret' });
    expect(await problem(readTranscript(file('locked.pdf', locked), 'auto'))).toBe('“locked.pdf” is protected with a password. Save a copy without the password and import that.');
    expect(await problem(readTranscript(file('broken.pdf', 'This is not a PDF at all, only words.'), 'auto'))).toMatch(/^“broken.pdf” is damaged or is not a PDF/);
    const real = await pdf((doc) => doc.text('Cut short'));
    expect(await problem(readTranscript(file('cut.pdf', real.subarray(0, 400)), 'auto'))).toMatch(/^“cut.pdf” (is damaged|has no text layer)/);
  });
});
