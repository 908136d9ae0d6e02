import { foldText } from '../../../shared/model/text';

/** A LIKE pattern (with ESCAPE '\') matching folded text that contains `text`. */
export function likeFolded(text: string): string {
  return `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
