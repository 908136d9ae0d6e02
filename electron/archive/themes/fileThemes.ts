import type { AltLabel } from '../../../shared/model/themes';
import { ArchiveError } from '../db/errors';

/**
 * A thesaurus as read from a file (CSV or SKOS), before it meets the archive. Fields a file does
 * not carry are left undefined, and an import keeps what the archive has for them.
 */

/** Where a theme's broader theme is: another theme of the file, or a theme already in the archive. */
export type ParentRef = { key: string } | { archiveId: string } | { archivePath: string[] } | null;

export interface FileTheme {
  /** Unique within the file (an id, a URI or a row number). */
  key: string;
  /** How a person finds it in the file: "row 4", "<http://…>". */
  where: string;
  /** The theme's id when the file gives one (CSV id column, urn:uuid:… URI). */
  id: string | null;
  label: string;
  altLabels: AltLabel[] | undefined;
  scopeNote: string | undefined;
  colour: string | undefined;
  retired: boolean | undefined;
  parent: ParentRef;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function badFile(message: string): never {
  throw new ArchiveError('invalid_input', message, 'text');
}

/** A file read as UTF-8 that was saved as UTF-16 is full of NUL characters. */
export function refuseUtf16(text: string, kind: string): void {
  if (text.includes('\u0000')) badFile(`The ${kind} file looks like UTF-16 (or is not text). Save it as UTF-8 and import it again.`);
}

/** Theme names for messages: “Torture” (row 4). */
export function named(t: Pick<FileTheme, 'label' | 'where'>): string {
  return t.label ? `“${t.label}” (${t.where})` : t.where;
}

/** A language tag in its usual case (BCP 47 tags are case-insensitive): pt-br → pt-BR, zh-hant → zh-Hant. */
export function canonicalLang(tag: string): string {
  return tag
    .trim()
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]?.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))
    .join('-');
}

/** Whether a folded label path (top first) ends with the folded labels given. */
export function endsWith(path: readonly string[], tail: readonly string[]): boolean {
  return path.length >= tail.length && tail.every((seg, i) => path[path.length - tail.length + i] === seg);
}
