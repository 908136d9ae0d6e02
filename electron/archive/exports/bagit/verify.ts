import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashFile, type DigestAlgorithm } from './hashCopy';
import { BAG_INFO, BAGIT_TXT, decodeManifestPath, PAYLOAD_DIR } from './layout';

/**
 * Checks a bag the way RFC 8493 §3 says, without trusting anything in it:
 * - bagit.txt is present and declares a BagIt version and UTF-8;
 * - COMPLETE: there is a payload manifest, every file a manifest names is present, every payload
 *   file is named in every payload manifest, Payload-Oxum (when given) matches, and every tag
 *   manifest entry is present;
 * - VALID: complete, and every digest of every manifest (payload and tag) matches the file.
 * A manifest path that is absolute or climbs out with `..` is refused and never opened; a link in
 * the payload is not followed. Every file is read once, with all the algorithms the manifests use.
 */

export interface BagReport {
  valid: boolean;
  complete: boolean;
  /** Each problem in words, naming the file. */
  problems: string[];
  /** Payload files found, and their octets. */
  files: number;
  bytes: number;
}

/** The algorithms Node can compute that BagIt manifests use. */
const KNOWN = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);
const MANIFEST = /^(tag)?manifest-([a-z0-9]+)\.txt$/;

interface Manifest {
  name: string;
  algorithm: string;
  /** Decoded relative path → digest (lower case). */
  entries: Map<string, string>;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** A manifest path that stays inside the bag, normalised with forward slashes; or null. */
function safeRelative(p: string): string | null {
  if (p === '' || p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p) || p.includes('\0')) return null;
  const parts = p.split(/[\\/]/);
  if (parts.some((s) => s === '..')) return null;
  return parts.filter((s) => s !== '' && s !== '.').join('/');
}

function parseManifest(bag: string, name: string, algorithm: string, problems: string[]): Manifest {
  const entries = new Map<string, string>();
  const text = readText(path.join(bag, name)) ?? '';
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/.exec(line);
    if (!m?.[1] || !m[2]) return void problems.push(`${name} line ${i + 1} is not "<digest> <path>".`);
    const relative = safeRelative(decodeManifestPath(m[2]));
    if (relative === null) return void problems.push(`${name} line ${i + 1} names a path outside the bag (${m[2].slice(0, 200)}); it was not opened.`);
    if (entries.has(relative)) return void problems.push(`${name} names ${relative} twice.`);
    entries.set(relative, m[1].toLowerCase());
  });
  return { name, algorithm, entries };
}

/** Every payload file (relative, forward slashes), and anything in data/ that is not a plain file. */
function payloadFiles(bag: string, problems: string[]): Map<string, number> {
  const found = new Map<string, number>();
  // RFC 8493 §2.1.2: the payload directory MUST exist, even when it holds nothing.
  let root;
  try {
    root = lstatSync(path.join(bag, PAYLOAD_DIR));
  } catch {
    root = null;
  }
  if (!root?.isDirectory()) {
    problems.push(`${PAYLOAD_DIR}/ is missing: a bag keeps its payload in a folder named ${PAYLOAD_DIR}, even an empty one.`);
    return found;
  }
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(bag, dir));
    } catch {
      return;
    }
    for (const n of names.sort()) {
      const rel = `${dir}/${n}`;
      const st = lstatSync(path.join(bag, rel));
      if (st.isDirectory()) walk(rel);
      else if (st.isFile()) found.set(rel, st.size);
      else problems.push(`${rel} is not a plain file (a link or a device); bags hold files only.`);
    }
  };
  walk(PAYLOAD_DIR);
  return found;
}

function checkDeclaration(bag: string, problems: string[]): void {
  const text = readText(path.join(bag, BAGIT_TXT));
  if (text === null) return void problems.push('bagit.txt is missing: this is not a bag.');
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l !== '');
  const version = /^BagIt-Version: (\d+)\.(\d+)$/.exec(lines[0] ?? '');
  if (lines.length !== 2 || !version || lines[1] !== 'Tag-File-Character-Encoding: UTF-8') {
    problems.push('bagit.txt is not well-formed: it must hold exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding: UTF-8".');
  }
}

/** Payload-Oxum from bag-info.txt, checked against what the payload holds. */
function checkOxum(bag: string, files: number, bytes: number, problems: string[]): boolean {
  const info = readText(path.join(bag, BAG_INFO));
  const line = info?.split(/\r\n|\n|\r/).find((l) => /^Payload-Oxum\s*:/i.test(l));
  if (!line) return true;
  const m = /^Payload-Oxum\s*:\s*(\d+)\.(\d+)\s*$/i.exec(line);
  if (!m) {
    problems.push(`bag-info.txt: Payload-Oxum is not "<octets>.<files>" (${line.slice(0, 100)}).`);
    return false;
  }
  if (Number(m[1]) === bytes && Number(m[2]) === files) return true;
  problems.push(`bag-info.txt: Payload-Oxum says ${m[1]} octets in ${m[2]} files; the payload holds ${bytes} octets in ${files} files.`);
  return false;
}

/** Compares every entry of the manifests (all of one kind) with the files, hashing each file once. */
function checkDigests(bag: string, manifests: Manifest[], problems: string[]): { missing: boolean; wrong: boolean } {
  const byFile = new Map<string, Manifest[]>();
  for (const m of manifests) for (const f of m.entries.keys()) byFile.set(f, [...(byFile.get(f) ?? []), m]);
  let missing = false;
  let wrong = false;
  for (const [file, ms] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let st;
    try {
      st = lstatSync(path.join(bag, file));
    } catch {
      st = null;
    }
    if (!st?.isFile()) {
      missing = true;
      problems.push(`${file} is named in ${ms.map((m) => m.name).join(' and ')} but is not in the bag.`);
      continue;
    }
    const { digests } = hashFile(path.join(bag, file), [...new Set(ms.map((m) => m.algorithm as DigestAlgorithm))]);
    for (const m of ms) {
      if (digests[m.algorithm as DigestAlgorithm] === m.entries.get(file)) continue;
      wrong = true;
      problems.push(`${file} does not match its ${m.algorithm.toUpperCase()} digest in ${m.name} (it was changed after the bag was made).`);
    }
  }
  return { missing, wrong };
}

export function verifyBag(bag: string): BagReport {
  const problems: string[] = [];
  const root = path.resolve(bag);
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return { valid: false, complete: false, problems: [`There is no bag folder at ${root}.`], files: 0, bytes: 0 };
  }
  checkDeclaration(root, problems);
  const payloadManifests: Manifest[] = [];
  const tagManifests: Manifest[] = [];
  for (const name of names.sort()) {
    const m = MANIFEST.exec(name);
    if (!m?.[2]) continue;
    if (!KNOWN.has(m[2])) {
      problems.push(`${name} uses an algorithm this checker does not know (${m[2]}).`);
      continue;
    }
    (m[1] ? tagManifests : payloadManifests).push(parseManifest(root, name, m[2], problems));
  }
  if (payloadManifests.length === 0) problems.push('The bag has no payload manifest (manifest-<algorithm>.txt).');
  for (const m of payloadManifests) for (const f of m.entries.keys()) if (!f.startsWith(`${PAYLOAD_DIR}/`)) problems.push(`${m.name} names ${f}, which is not in the payload (data/).`);

  const payload = payloadFiles(root, problems);
  let unlisted = false;
  for (const f of payload.keys()) {
    const without = payloadManifests.filter((m) => !m.entries.has(f));
    if (without.length === 0) continue;
    unlisted = true;
    problems.push(`${f} is in the payload but not listed in ${without.map((m) => m.name).join(' and ')}.`);
  }
  const bytes = [...payload.values()].reduce((a, b) => a + b, 0);
  const oxum = checkOxum(root, payload.size, bytes, problems);
  const pay = checkDigests(root, payloadManifests, problems);
  const tag = checkDigests(root, tagManifests, problems);
  const declared = problems.every((p) => !p.startsWith('bagit.txt'));
  const complete = declared && payloadManifests.length > 0 && !problems.some((p) => p.startsWith(`${PAYLOAD_DIR}/ is missing`)) && !unlisted && !pay.missing && !tag.missing && oxum && !problems.some((p) => p.includes('outside the bag'));
  return { valid: complete && problems.length === 0, complete, problems, files: payload.size, bytes };
}
