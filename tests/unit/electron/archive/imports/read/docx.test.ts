import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../../../../../electron/archive/imports/read/transcript';
import { deflatedZeros, docxOf, docxParts, storedEntry, zipOf } from './zipFiles';
import { problemOf as problem, sourceFile as file } from './sources';

/** The parts of a small real document, stored, with a bomb (or anything) added. */
function withParts(...extra: Parameters<typeof zipOf>[0]): Buffer {
  const parts = Object.entries(docxParts(['Hello'])).map(([name, text]) => storedEntry(name, Buffer.from(text)));
  return zipOf([...parts, ...extra]);
}

describe('readTranscript: Word documents', () => {
  it('reads the paragraphs of a .docx', async () => {
    const bytes = await docxOf(docxParts(['Testimony of Cora Bell Whitfield', 'They came at night & took my brother.', 'Été 1976 — “never again”.']));
    const read = await readTranscript(file('whitfield.docx', bytes), 'auto');
    expect(read).toEqual({
      text: 'Testimony of Cora Bell Whitfield\n\nThey came at night & took my brother.\n\nÉté 1976 — “never again”.',
      cues: null,
      format: 'docx',
      note: 'Word document',
    });
  });

  it('reads an archive written by hand (stored, not deflated) the same way', async () => {
    expect((await readTranscript(file('stored.docx', withParts()), 'auto')).text).toBe('Hello');
  });

  it('refuses a ZIP bomb from its declared sizes, before inflating anything', async () => {
    const zeros = await deflatedZeros(300);
    expect(zeros.stored.length).toBeLessThan(1024 * 1024);
    const bomb = withParts({ name: 'word/media/zeros.xml', stored: zeros.stored, method: 8, crc: zeros.crc, declaredSize: zeros.size });
    expect(await problem(readTranscript(file('bomb.docx', bomb), 'auto'))).toBe(
      '“bomb.docx” was not read: it inflates to more than 200 MB, which a Word document never needs (it may be a “ZIP bomb”). Open it in Word, save it again, and import the new file.',
    );
  });

  it('refuses a part compressed far beyond what text allows', async () => {
    const zeros = await deflatedZeros(20);
    const dense = withParts({ name: 'word/document2.xml', stored: zeros.stored, method: 8, crc: zeros.crc, declaredSize: zeros.size });
    expect(await problem(readTranscript(file('dense.docx', dense), 'auto'))).toMatch(/^“dense.docx” was not read: its part “word\/document2.xml” is compressed more than 200 to 1 \(\d+(\.\d)? KB inflating to 20 MB\)/);
  });

  it('refuses a ZIP bomb that lies about its size, while inflating it', async () => {
    const zeros = await deflatedZeros(40);
    // The headers say 1,000 bytes: no declared figure gives it away.
    const liar = withParts({ name: 'word/footnotes.xml', stored: zeros.stored, method: 8, crc: zeros.crc, declaredSize: 1000 });
    expect(await problem(readTranscript(file('liar.docx', liar), 'auto'))).toBe(
      '“liar.docx” was not read: a part inflates to more than its declared size, which a Word document never needs (it may be a “ZIP bomb”). Open it in Word, save it again, and import the new file.',
    );
  });

  it('refuses an archive of too many parts', async () => {
    const many = withParts(...Array.from({ length: 2000 }, (_, i) => storedEntry(`word/media/p${i}.bin`, Buffer.from('x'))));
    expect(await problem(readTranscript(file('many.docx', many), 'auto'))).toMatch(/^“many.docx” was not read: it holds 2,003 parts, more than 2,000/);
  });

  it('refuses what is not a Word document: text named .docx, a protected one, a ZIP without a document', async () => {
    expect(await problem(readTranscript(file('notes.docx', 'Only plain words in here.'), 'auto'))).toBe(
      '“notes.docx” is not a Word document (a .docx file is a ZIP archive, and this one is not). If it is an older .doc file, open it in Word and save it as .docx.',
    );
    const compound = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await problem(readTranscript(file('locked.docx', compound), 'auto'))).toMatch(/^“locked.docx” is protected with a password, or is an older Word \(.doc\) file/);
    const photos = zipOf([storedEntry('photo.jpg', Buffer.from('not really a photo'))]);
    expect(await problem(readTranscript(file('photos.docx', photos), 'auto'))).toMatch(/^“photos.docx” is not a Word document Tessera can read \(its main text part is missing or damaged\)/);
    const truncated = (await docxOf(docxParts(['Cut']))).subarray(0, 200);
    expect(await problem(readTranscript(file('cut.docx', truncated), 'auto'))).toMatch(/^“cut.docx” is not a Word document/);
  });

  it('refuses a document with no text', async () => {
    expect(await problem(readTranscript(file('blank.docx', await docxOf(docxParts(['', '  ']))), 'auto'))).toBe('“blank.docx” is empty: the Word document holds no text.');
  });
});
