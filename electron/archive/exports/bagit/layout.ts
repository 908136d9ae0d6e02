import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../db/native';
import { formatBytes } from '../../../../shared/model/byteSize';

/**
 * The parts of a BagIt 1.0 bag (RFC 8493) that writing and verifying share: the file names, the
 * declaration, and how a path is written in a manifest.
 */

export const BAGIT_TXT = 'bagit.txt';
export const BAG_INFO = 'bag-info.txt';
export const PAYLOAD_DIR = 'data';
export const BAGIT_DECLARATION = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const manifestName = (algorithm: string) => `manifest-${algorithm}.txt`;
export const tagManifestName = (algorithm: string) => `tagmanifest-${algorithm}.txt`;

/**
 * A path as a manifest line holds it (RFC 8493 §2.1.3): forward slashes, and the three characters
 * that would break a line or the encoding itself percent-encoded (% first, so it is not doubled).
 */
export const encodeManifestPath = (p: string): string => p.split(path.sep).join('/').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** The path a manifest line names (the reverse of encodeManifestPath; other escapes are left as written). */
export const decodeManifestPath = (p: string): string => p.replace(/%(0A|0D|25)/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

/** A manifest line: the digest, one space, the encoded path. */
export const manifestLine = (digest: string, relative: string): string => `${digest} ${encodeManifestPath(relative)}\n`;

/** "Tessera 0.1.0", for Bag-Software-Agent: the version in the installation's package.json. */
export function tesseraAgent(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? `Tessera ${pkg.version}` : 'Tessera';
  } catch {
    return 'Tessera';
  }
}

/** Octets as bag-info's Bag-Size says them (RFC 8493 §2.2.2: human-readable): "512 bytes", "12 MB", "2.1 GB". */
export const humanSize = formatBytes;
