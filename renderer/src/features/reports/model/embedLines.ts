import type { MdDocument } from '../../../../../shared/report/ast';

/**
 * The embed lines of a parsed section that parse, each once: all the preview sends the engine
 * (never the text around them). Lines that do not parse show their own problem at once.
 */
export function embedLines(doc: MdDocument): string[] {
  const lines = new Set<string>();
  for (const b of doc.blocks) if (b.kind === 'embed' && b.embed.ok) lines.add(b.line);
  return [...lines].sort();
}
