import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ImportProblem } from '../../../../../../electron/archive/imports/read/problem';
import { tempDir } from '../../../../helpers';

/** A source file with this name and content, alone in a fresh temporary folder (removed after the test). */
export function sourceFile(name: string, content: string | Buffer): string {
  const p = path.join(tempDir('tessera-source-'), name);
  writeFileSync(p, content);
  return p;
}

/** The message of the ImportProblem a reader refuses with; anything else fails the test. */
export async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ImportProblem) return e.message;
    throw e;
  }
  throw new Error('expected an ImportProblem');
}
