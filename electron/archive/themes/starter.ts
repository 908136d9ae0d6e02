import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../context';
import { resourcesDir } from '../resources';
import { applyImport, type ImportResult } from './importThesaurus';
import type { FileTheme } from './fileThemes';
import { parseSkos } from './skos';

/** The starter thesaurus shipped with Tessera (resources/thesaurus, SKOS in Turtle). */
export function starterThesaurusFile(): string {
  return path.join(resourcesDir(), 'thesaurus', 'starter.ttl');
}

/** The starter file read once per process: every new archive gets the same themes. */
const parsed = new Map<string, FileTheme[]>();

function starterThemes(file: string): FileTheme[] {
  const known = parsed.get(file);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`The starter thesaurus is missing from this installation (${file}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const themes = parseSkos(text);
  parsed.set(file, themes);
  return themes;
}

/** Gives a new archive the starter thesaurus, through the importer, audited, in the caller's transaction. */
export function seedStarterThesaurus(ctx: Ctx, file = starterThesaurusFile()): ImportResult {
  return applyImport(ctx, 'skos', starterThemes(file), false);
}
