import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { storedFilePath } from '../../files/store';
import { readSettings } from '../../settings/settings';
import { writeCsvFolder } from '../csvFolder';
import { writeDcFile } from '../dublinCore';
import type { ExportWriteInput, ExportWriter } from '../formats';
import { writeJsonArchive } from '../json/write';
import { selectTestimonies } from '../records';
import { safeFileName } from '../safeName';
import { copyHashing, hashFile, type DigestAlgorithm } from './hashCopy';
import { BAG_INFO, BAGIT_DECLARATION, BAGIT_TXT, humanSize, manifestLine, manifestName, PAYLOAD_DIR, tagManifestName, tesseraAgent } from './layout';

/**
 * The BagIt 1.0 transfer package (RFC 8493) of a selection or the whole archive:
 *
 * ```
 * bagit.txt, bag-info.txt
 * data/metadata/csv/              testimonies.csv, people.csv, themes.csv (the CSV export)
 * data/metadata/dublin-core.xml   the Dublin Core export
 * data/metadata/archive-json/     full scope, whole archive only: the JSON archive, loadable again
 * data/files/<REF>/<name>         full scope only: each testimony's attachments
 * manifest-sha256.txt, manifest-sha512.txt          every payload file
 * tagmanifest-sha256.txt, tagmanifest-sha512.txt    bagit.txt, bag-info.txt and the manifests
 * ```
 *
 * The metadata exports are the same writers as exports.start's, for the same scope and selection.
 * A public bag holds no attachment files: a recording or a scan cannot be redacted. The JSON
 * archive goes only into a full bag of the whole archive (it is the whole archive: in a bag of a
 * selection it would carry every other testimony too). Attachments are hashed while they are
 * copied (each read once, however large); the exports written here are hashed after.
 */

export const ALGORITHMS: readonly DigestAlgorithm[] = ['sha256', 'sha512'];
export const STEPS = { metadata: 'Writing the metadata', files: 'Copying the attachments', manifests: 'Writing the manifests' } as const;

type Digests = Record<DigestAlgorithm, string>;

/** One line of bag-info.txt: a label, and a value on one line. */
const infoLine = (label: string, value: string) => `${label}: ${value.replace(/[\r\n]+/g, ' ').trim()}\n`;

/** Every file under `dir`, relative to `root`, in a stable order. */
function filesUnder(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
}

/** Copies each chosen testimony's attachments to data/files/<REF>/<safe name>, hashing as it goes. */
function copyAttachments(db: Database, x: ExportWriteInput, ids: string[], known: Map<string, Digests>): number {
  const refOf = db.prepare('SELECT ref FROM testimonies WHERE id = ?').pluck();
  const filesOf = db.prepare('SELECT sha256, name FROM testimony_files WHERE testimony_id = ? ORDER BY position, name, id');
  const total = db.prepare('SELECT count(*) FROM testimony_files').pluck().get() as number;
  let done = 0;
  for (const id of ids) {
    const files = filesOf.all(id) as { sha256: string; name: string }[];
    if (files.length === 0) continue;
    const folder = path.join(PAYLOAD_DIR, 'files', safeFileName(refOf.get(id) as string, 'testimony'));
    mkdirSync(path.join(x.out, folder), { recursive: true });
    // Names are unique per testimony ignoring case (Windows and macOS folders do): "a.wav", "a (2).wav".
    const taken = new Set<string>();
    for (const f of files) {
      const safe = safeFileName(f.name);
      const ext = path.extname(safe);
      let name = safe;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safe.slice(0, safe.length - ext.length)} (${n})${ext}`;
      taken.add(name.toLowerCase());
      const relative = path.join(folder, name);
      x.io.progress(STEPS.files, done, total);
      const copied = copyHashing(storedFilePath(x.archiveDir, f.sha256), path.join(x.out, relative), ALGORITHMS);
      if (copied.digests.sha256 !== f.sha256) throw new Error(`The stored file ${f.sha256} (${f.name}) no longer matches its SHA-256 (it was damaged). Run Verify archive and restore it from a backup; nothing was exported.`);
      known.set(relative, copied.digests);
      done += 1;
    }
  }
  return done;
}

/** The payload manifests (one per algorithm) and Payload-Oxum's figures. */
function writeManifests(out: string, known: Map<string, Digests>, io: ExportWriteInput['io']): { files: number; bytes: number } {
  const payload = filesUnder(out, PAYLOAD_DIR);
  const lines: Record<DigestAlgorithm, string[]> = { sha256: [], sha512: [] };
  let bytes = 0;
  payload.forEach((relative, i) => {
    io.progress(STEPS.manifests, i, payload.length);
    const { digests, bytes: size } = known.has(relative) ? { digests: known.get(relative) as Digests, bytes: hashFile(path.join(out, relative), []).bytes } : hashFile(path.join(out, relative), ALGORITHMS);
    bytes += size;
    for (const a of ALGORITHMS) lines[a].push(manifestLine(digests[a], relative));
  });
  for (const a of ALGORITHMS) writeFileSync(path.join(out, manifestName(a)), lines[a].join(''));
  return { files: payload.length, bytes };
}

function description(x: ExportWriteInput, archiveName: string, testimonies: number, withJson: boolean, attachments: number): string {
  const what = `${testimonies.toLocaleString('en')} ${testimonies === 1 ? 'testimony' : 'testimonies'}${x.testimonyIds === null ? '' : ' chosen'}`;
  if (x.scope === 'public') {
    return `Public export of ${archiveName}: only what the publish policy lets out (${what}), redacted and pseudonymised, as CSV and Dublin Core XML in data/metadata/. It holds no attachment files: recordings and scans cannot be redacted.`;
  }
  return (
    `Full export of ${archiveName}, confidential: ${what} with every field, as CSV and Dublin Core XML in data/metadata/` +
    `${withJson ? ', the complete archive as a JSON archive in data/metadata/archive-json/ (loadable into an empty Tessera archive)' : ''}` +
    `, and ${attachments.toLocaleString('en')} attached ${attachments === 1 ? 'file' : 'files'} in data/files/<reference code>/.`
  );
}

export const writeBag: ExportWriter = async (x) => {
  const { db, out } = x;
  mkdirSync(path.join(out, PAYLOAD_DIR, 'metadata', 'csv'), { recursive: true });
  const { archiveName } = readSettings(db);
  x.io.progress(STEPS.metadata);
  const inner = { ...x, io: x.io };
  await writeCsvFolder({ ...inner, out: path.join(out, PAYLOAD_DIR, 'metadata', 'csv') });
  await writeDcFile({ ...inner, out: path.join(out, PAYLOAD_DIR, 'metadata', 'dublin-core.xml') });
  const withJson = x.scope === 'full' && x.testimonyIds === null;
  if (withJson) await writeJsonArchive({ ...inner, out: path.join(out, PAYLOAD_DIR, 'metadata', 'archive-json') });
  const ids = selectTestimonies(db, x.scope, x.testimonyIds, x.generatedAt).ids;
  const known = new Map<string, Digests>();
  const attachments = x.scope === 'full' ? copyAttachments(db, x, ids, known) : 0;

  const payload = writeManifests(out, known, x.io);
  writeFileSync(path.join(out, BAGIT_TXT), BAGIT_DECLARATION);
  writeFileSync(
    path.join(out, BAG_INFO),
    infoLine('Source-Organization', archiveName) +
      infoLine('Bagging-Date', x.generatedAt.slice(0, 10)) +
      infoLine('Bag-Software-Agent', tesseraAgent()) +
      infoLine('Payload-Oxum', `${payload.bytes}.${payload.files}`) +
      infoLine('Bag-Size', humanSize(payload.bytes)) +
      infoLine('External-Description', description(x, archiveName, ids.length, withJson, attachments)),
  );
  for (const a of ALGORITHMS) {
    const tags = [BAGIT_TXT, BAG_INFO, ...ALGORITHMS.map(manifestName)].map((name) => manifestLine(hashFile(path.join(out, name), [a]).digests[a], name));
    writeFileSync(path.join(out, tagManifestName(a)), tags.join(''));
  }
  return (
    `BagIt 1.0 package (${x.scope} scope) of ${ids.length.toLocaleString('en')} ${ids.length === 1 ? 'testimony' : 'testimonies'}: ` +
    `${payload.files.toLocaleString('en')} payload files (${humanSize(payload.bytes)})${x.scope === 'full' ? `, ${attachments.toLocaleString('en')} of them attachments` : ', no attachments (they cannot be redacted)'}, ` +
    `with SHA-256 and SHA-512 manifests and tag manifests. Check it with tessera verify-bag.`
  );
};
