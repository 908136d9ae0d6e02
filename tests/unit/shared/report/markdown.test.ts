import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../shared/report/markdown';

const ID = '3f2a6c1e-8b4d-4e2f-9a1b-0c5d7e8f9a10';

describe('parseMarkdown: blocks', () => {
  it('maps # to level 1, ## to 2 and deeper headings to 3, as plain text', () => {
    const doc = parseMarkdown('# One *a*\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'One a' },
      { kind: 'heading', level: 2, text: 'Two' },
      { kind: 'heading', level: 3, text: 'Three' },
      { kind: 'heading', level: 3, text: 'Four' },
      { kind: 'heading', level: 3, text: 'Six' },
    ]);
  });

  it('turns emphasis, links, line breaks, inline code and images into styled runs', () => {
    const doc = parseMarkdown('Plain **bold _both_** *it* [the *site*](https://example.org/a) `code`\nnext  \nline ![a map](map.png)');
    expect(doc.blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Plain ', style: 'regular' },
          { kind: 'text', text: 'bold ', style: 'bold' },
          { kind: 'text', text: 'both', style: 'boldItalic' },
          { kind: 'text', text: ' ', style: 'regular' },
          { kind: 'text', text: 'it', style: 'italic' },
          { kind: 'text', text: ' ', style: 'regular' },
          { kind: 'link', text: 'the ', href: 'https://example.org/a', style: 'regular' },
          { kind: 'link', text: 'site', href: 'https://example.org/a', style: 'italic' },
          { kind: 'text', text: ' code next\nline [a map]', style: 'regular' },
        ],
      },
    ]);
  });

  it('keeps nested lists and quotes as nested blocks, with the list start', () => {
    const doc = parseMarkdown('3. first\n4. second\n   - inner a\n   - inner b\n\n> said\n>\n> > nested\n> - in a quote\n\n---\n\n```\nx < y\n```');
    expect(doc.blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ kind: 'paragraph', content: [{ kind: 'text', text: 'first', style: 'regular' }] }],
          [
            { kind: 'paragraph', content: [{ kind: 'text', text: 'second', style: 'regular' }] },
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: [[{ kind: 'paragraph', content: [{ kind: 'text', text: 'inner a', style: 'regular' }] }], [{ kind: 'paragraph', content: [{ kind: 'text', text: 'inner b', style: 'regular' }] }]],
            },
          ],
        ],
      },
      {
        kind: 'quote',
        blocks: [
          { kind: 'paragraph', content: [{ kind: 'text', text: 'said', style: 'regular' }] },
          { kind: 'quote', blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'nested', style: 'regular' }] }] },
          { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', content: [{ kind: 'text', text: 'in a quote', style: 'regular' }] }]] },
        ],
      },
      { kind: 'rule' },
      { kind: 'code', text: 'x < y' },
    ]);
  });

  it('reads tables with their alignment, cells as plain text', () => {
    const doc = parseMarkdown('| Year | **Count** | Note |\n|:-----|------:|:---:|\n| 1998 | 12 | *first* |\n| 1999 | 7 | |');
    expect(doc.blocks).toEqual([{ kind: 'table', header: ['Year', 'Count', 'Note'], align: ['left', 'right', 'center'], rows: [['1998', '12', 'first'], ['1999', '7', '']] }]);
  });

  it('keeps raw HTML and scripts as literal text, never markup', () => {
    const doc = parseMarkdown('<script>alert("x")</script>\n\nA <b>bold</b> <img src=x onerror=alert(1)> word\n\n<div>\n*not*\n</div>\n\n[click](javascript:alert(1))');
    const json = JSON.stringify(doc);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: '<script>alert("x")</script>', style: 'regular' }] });
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'A <b>bold</b> <img src=x onerror=alert(1)> word', style: 'regular' }] });
    expect(json).toContain('<div>');
    // markdown-it refuses javascript: addresses: the link stays text.
    expect(json).not.toContain('"href":"javascript');
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('parseMarkdown: footnotes', () => {
  it('numbers notes in order of first reference and drops definitions nobody refers to', () => {
    const doc = parseMarkdown('First[^late] then[^early] and again[^late] and inline^[An inline note.].\n\n[^early]: Early note.\n[^late]: Late *note*.\n[^unused]: Never cited.');
    const refs = doc.blocks[0]?.kind === 'paragraph' ? doc.blocks[0].content.filter((c) => c.kind === 'footnoteRef') : [];
    expect(refs).toEqual([
      { kind: 'footnoteRef', n: 1, label: 'late' },
      { kind: 'footnoteRef', n: 2, label: 'early' },
      { kind: 'footnoteRef', n: 1, label: 'late' },
      { kind: 'footnoteRef', n: 3, label: '3' },
    ]);
    expect(doc.footnotes.map((f) => [f.n, f.label])).toEqual([
      [1, 'late'],
      [2, 'early'],
      [3, '3'],
    ]);
    expect(doc.footnotes[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Late ', style: 'regular' },
          { kind: 'text', text: 'note', style: 'italic' },
          { kind: 'text', text: '.', style: 'regular' },
        ],
      },
    ]);
    expect(JSON.stringify(doc)).not.toContain('Never cited');
  });

  it('survives a note that cites itself and a loop of notes, numbering notes met only in notes after the text’s', () => {
    const doc = parseMarkdown('Text[^a] and[^self].\n\n[^a]: A cites b[^b].\n[^b]: B cites a[^a] and c[^c].\n[^c]: C cites b[^b].\n[^self]: Self[^self].\n[^lonely]: Cites itself only[^lonely].');
    expect(doc.footnotes.map((f) => [f.n, f.label])).toEqual([
      [1, 'a'],
      [2, 'self'],
      [3, 'b'],
      [4, 'c'],
    ]);
    const self = doc.footnotes[1]?.blocks[0];
    expect(self).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'Self', style: 'regular' }, { kind: 'footnoteRef', n: 2, label: 'self' }, { kind: 'text', text: '.', style: 'regular' }] });
    expect(JSON.stringify(doc)).not.toContain('Cites itself only');
  });

  it('leaves a reference to a note that is not defined as text', () => {
    const doc = parseMarkdown('See[^missing].');
    expect(doc).toEqual({ blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'See[^missing].', style: 'regular' }] }], footnotes: [] });
  });
});

describe('parseMarkdown: embeds', () => {
  it('reads a top-level paragraph that is only {{…}} as an embed, with its parse', () => {
    const doc = parseMarkdown(`Intro.\n\n{{finding ${ID}}}\n\n  {{excerpt T-0007 "She said \\"no\\" *twice*"}}  \n\n{{nonsense}}\n\nText {{statistics}} inside.`);
    expect(doc.blocks[1]).toEqual({ kind: 'embed', line: `{{finding ${ID}}}`, embed: { ok: true, embed: { kind: 'finding', id: ID } } });
    expect(doc.blocks[2]).toEqual({
      kind: 'embed',
      line: '{{excerpt T-0007 "She said \\"no\\" *twice*"}}',
      embed: { ok: true, embed: { kind: 'excerpt', ref: 'T-0007', quote: 'She said "no" *twice*' } },
    });
    expect(doc.blocks[3]).toMatchObject({ kind: 'embed', embed: { ok: false, problem: expect.stringContaining('Unknown embed “nonsense”') as string } });
    expect(doc.blocks[4]?.kind).toBe('paragraph');
  });

  it('keeps embed lines inside lists and quotes, and all of them when embeds are off, as text', () => {
    expect(parseMarkdown('- {{statistics}}\n\n> {{statistics}}').blocks.map((b) => b.kind)).toEqual(['list', 'quote']);
    expect(parseMarkdown('{{statistics}}', { embeds: false }).blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: '{{statistics}}', style: 'regular' }] }]);
  });

  it('parses an empty text and a text of blank lines to nothing', () => {
    expect(parseMarkdown('')).toEqual({ blocks: [], footnotes: [] });
    expect(parseMarkdown('\n\n  \n')).toEqual({ blocks: [], footnotes: [] });
  });
});
