import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../../../../electron/archive/pdf/blocks';
import { nameWithholder } from '../../../../../../electron/archive/publish/publicTestimony';
import { markdownBlocks, runsOf } from '../../../../../../electron/archive/reports/pdf/markdownBlocks';
import { parseMarkdown } from '../../../../../../shared/report/markdown';

/** The public edition's withholder for one person without consent to be named. */
const withhold = nameWithholder([{ id: 'p1', name: 'Maria Lopez', otherNames: [], pseudonym: 'Witness M', consentToBeNamed: false }]);

const paragraphRuns = (markdown: string, t: (s: string) => string) => {
  const [first] = parseMarkdown(markdown).blocks;
  if (first?.kind !== 'paragraph') throw new Error('not a paragraph');
  return runsOf(first.content, t);
};

describe('a section’s runs in the public edition', () => {
  it('keeps the styling where no name is split across runs', () => {
    expect(paragraphRuns('Said **Maria Lopez** to *the* court.', withhold)).toEqual([
      { text: 'Said ', style: 'regular' },
      { text: 'Witness M', style: 'bold' },
      { text: ' to ', style: 'regular' },
      { text: 'the', style: 'italic' },
      { text: ' court.', style: 'regular' },
    ]);
  });

  it('withholds a name split by emphasis, setting that paragraph plain', () => {
    for (const md of ['Said *Maria* Lopez to the court.', 'Said **Maria** *Lopez* to the court.', 'Said ***Maria***\nLopez to the court.']) {
      const text = paragraphRuns(md, withhold)
        .map((r) => r.text)
        .join('');
      expect(text, md).not.toContain('Maria');
      expect(text, md).toContain('Said Witness M');
    }
  });

  it('leaves the confidential edition as written', () => {
    expect(paragraphRuns('Said *Maria* Lopez.', (s) => s)).toEqual([
      { text: 'Said ', style: 'regular' },
      { text: 'Maria', style: 'italic' },
      { text: ' Lopez.', style: 'regular' },
    ]);
  });

  it('withholds a split name in list items and notes too', () => {
    const { blocks, notes } = markdownBlocks(parseMarkdown('- *Maria* Lopez spoke.\n\nA note.[^1]\n\n[^1]: Told by **Maria** Lopez.'), {
      source: 'test',
      text: withhold,
      embed: () => [],
    });
    const all = JSON.stringify([...blocks, ...notes].map((b) => (b.kind === 'paragraph' ? inlineText(b.text) : b.kind === 'list' ? b.items.map(inlineText) : '')));
    expect(all).not.toContain('Maria');
    expect(all).toContain('Witness M spoke.');
    expect(all).toContain('Told by Witness M');
  });
});
