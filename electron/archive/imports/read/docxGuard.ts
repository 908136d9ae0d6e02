import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ImportProblem, sizeText } from './problem';

/**
 * A DOCX is a ZIP archive, and a ZIP can hold a "bomb": a few hundred kilobytes that inflate to
 * gigabytes. mammoth (through JSZip) inflates the parts it reads in memory, so the archive is
 * checked here first: entry count, declared sizes and compression ratios from the central
 * directory, then the XML parts are actually inflated through a counter (declared sizes can lie;
 * yauzl's validateEntrySizes also stops an entry that inflates past its declared size).
 */

export const DOCX_MAX_ENTRIES = 2000;
/** Everything in the archive, inflated. A book-length transcript with photos is far below this. */
export const DOCX_MAX_INFLATED = 200 * 1024 * 1024;
/** A part over 1 MB may not be compressed more than 200 to 1 (text XML is around 10 to 1). */
export const DOCX_MAX_RATIO = 200;
const RATIO_FROM = 1024 * 1024;

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

function entries(zip: yauzl.ZipFile, each: (entry: yauzl.Entry) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (e: unknown) => {
      zip.close();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      each(entry).then(() => zip.readEntry(), fail);
    });
    zip.readEntry();
  });
}

function openStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}

/** Counts inflated bytes and aborts once `budget` is passed. */
function counter(budget: () => number, spend: (n: number) => void, tooBig: () => Error): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      spend(chunk.length);
      done(budget() < 0 ? tooBig() : null);
    },
  });
}

/**
 * Refuses (ImportProblem) a DOCX that is not a ZIP or that would inflate past the limits. The
 * bytes checked are the bytes then given to mammoth, so the file cannot change in between.
 * `name` is how messages name the file.
 */
export async function checkDocxArchive(bytes: Buffer, name: string): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    throw new ImportProblem(`${name} is not a Word document (a .docx file is a ZIP archive, and this one is not). If it is an older .doc file, open it in Word and save it as .docx.`);
  }
  const bomb = (why: string) => new ImportProblem(`${name} was not read: ${why}, which a Word document never needs (it may be a “ZIP bomb”). Open it in Word, save it again, and import the new file.`);
  if (zip.entryCount > DOCX_MAX_ENTRIES) {
    zip.close();
    throw bomb(`it holds ${zip.entryCount.toLocaleString('en')} parts, more than ${DOCX_MAX_ENTRIES.toLocaleString('en')}`);
  }
  let declared = 0;
  let remaining = DOCX_MAX_INFLATED;
  const tooBig = () => bomb(`it inflates to more than ${sizeText(DOCX_MAX_INFLATED)}`);
  try {
    await entries(zip, async (entry) => {
      const size = entry.uncompressedSize;
      declared += size;
      if (declared > DOCX_MAX_INFLATED) throw tooBig();
      if (size > RATIO_FROM && size > entry.compressedSize * DOCX_MAX_RATIO) {
        throw bomb(`its part “${entry.fileName.slice(0, 100)}” is compressed more than ${DOCX_MAX_RATIO} to 1 (${sizeText(entry.compressedSize)} inflating to ${sizeText(size)})`);
      }
      if (!/\.(xml|rels)$/i.test(entry.fileName)) return;
      const stream = await openStream(zip, entry);
      await pipeline(
        stream,
        counter(
          () => remaining,
          (n) => (remaining -= n),
          tooBig,
        ),
      );
    });
  } catch (e) {
    zip.close();
    if (e instanceof ImportProblem) throw e;
    // yauzl: a damaged archive, or an entry larger than it declared (validateEntrySizes).
    const lied = e instanceof Error && /too many bytes|uncompressed size/i.test(e.message);
    if (lied) throw bomb('a part inflates to more than its declared size');
    throw new ImportProblem(`${name} is damaged and cannot be read as a Word document (${e instanceof Error ? e.message : String(e)}). Open it in Word, save it again, and import the new file.`);
  }
}
