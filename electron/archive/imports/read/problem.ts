import { formatBytes } from '../../../../shared/model/byteSize';
/**
 * A file that cannot be imported, with a message a person can act on (which file, what is wrong,
 * what to do). The readers throw nothing else on purpose; the import pipeline reports it against
 * the file or row and carries on with the rest.
 */
export class ImportProblem extends Error {
  constructor(
    message: string,
    readonly field = '',
  ) {
    super(message);
    this.name = 'ImportProblem';
  }
}

/** “statements.csv”: how the readers name a file in their messages. */
export const quoted = (name: string): string => `“${name}”`;

/** 512 MB, 1.5 MB, 300 KB: a size as people read it (the one rule, shared/model/byteSize.ts). */
export const sizeText = formatBytes;

/** “x” is larger than the 50 MB …: the file's own size is added when it reads differently from the limit. */
export function largerThan(name: string, size: number, limit: number, what: string): string {
  const own = sizeText(size) === sizeText(limit) ? '' : ` (it is ${sizeText(size)})`;
  return `${name} is larger than the ${sizeText(limit)} ${what}${own}.`;
}
