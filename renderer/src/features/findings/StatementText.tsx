import { useMemo } from 'react';
import { parseMarkdown } from '../../../../shared/report/markdown';
import { Markdown } from '../reports/Markdown';

/**
 * A finding's or recommendation's text, drawn from its Markdown as the report prints it. Embed
 * lines are off here (a finding must not pull in another record), so nothing is left to embed.
 */
export function StatementText({ text, idPrefix, empty }: { text: string; idPrefix: string; empty: string }) {
  const doc = useMemo(() => parseMarkdown(text, { embeds: false }), [text]);
  if (text.trim() === '') return <p className="muted">{empty}</p>;
  return <Markdown doc={doc} renderEmbed={() => null} idPrefix={idPrefix} headingLevel={3} className="statement-text" />;
}
