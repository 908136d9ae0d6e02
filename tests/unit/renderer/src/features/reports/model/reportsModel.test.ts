import { describe, expect, it } from 'vitest';
import { SECTION_MAX } from '../../../../../../../shared/model/reports';
import { parseMarkdown } from '../../../../../../../shared/report/markdown';
import { applyInsertion, insertLine } from '../../../../../../../renderer/src/features/reports/model/insertLine';
import { sectionLength } from '../../../../../../../renderer/src/features/reports/model/length';
import { confidentialRefusal, mayWrite } from '../../../../../../../renderer/src/features/reports/model/roles';
import { embedLines } from '../../../../../../../renderer/src/features/reports/model/embedLines';

const LINE = '{{statistics}}';

/** Inserts at `caret` and answers the new text with the caret shown as "|". */
function inserted(text: string, caret: number): string {
  const i = insertLine(text, caret, LINE);
  const out = applyInsertion(text, i);
  return `${out.slice(0, i.caret)}|${out.slice(i.caret)}`;
}

describe('insertLine: an embed line goes in as a paragraph of its own', () => {
  it.each([
    ['an empty section', '', 0, `${LINE}\n|`],
    ['the end of a paragraph', 'Intro.', 6, `Intro.\n\n${LINE}\n|`],
    ['after a line break', 'Intro.\n', 7, `Intro.\n\n${LINE}\n|`],
    ['after a blank line', 'Intro.\n\n', 8, `Intro.\n\n${LINE}\n|`],
    ['the start of the text', 'Intro.', 0, `${LINE}|\n\nIntro.`],
    ['between two paragraphs', 'One.\n\nTwo.', 5, `One.\n\n${LINE}|\n\nTwo.`],
    ['the start of a line in a paragraph', 'One\nTwo', 4, `One\n\n${LINE}|\n\nTwo`],
  ])('at %s', (_what, text, caret, expected) => {
    expect(inserted(text, caret)).toBe(expected);
  });

  it('never splits a sentence: a caret inside a line moves to its end', () => {
    expect(inserted('The commission found.\nMore.', 4)).toBe(`The commission found.\n\n${LINE}|\n\nMore.`);
    expect(inserted('Last line', 3)).toBe(`Last line\n\n${LINE}\n|`);
  });

  it('keeps every character typed, whatever the caret (out of range too)', () => {
    const text = 'A **bold** claim.\n\n> quoted\n\n- one\n- two';
    for (const caret of [-5, 0, 3, 17, 18, 19, 28, text.length, text.length + 10]) {
      const i = insertLine(text, caret, LINE);
      const out = applyInsertion(text, i);
      expect(out.replace(LINE, '').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
    }
  });

  it('the parser reads what was inserted as an embed, and the text around it as before', () => {
    const text = 'Before it.\nStill the same paragraph.\n\nAfter it.';
    const doc = parseMarkdown(applyInsertion(text, insertLine(text, 12, LINE)));
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'embed', 'paragraph']);
    expect(embedLines(doc)).toEqual([LINE]);
  });
});

describe('embedLines: only the embed lines go to the engine', () => {
  it('sends each line that parses once, and neither the text nor lines that do not parse', () => {
    const doc = parseMarkdown(`Secret draft words.\n\n${LINE}\n\n{{appendix glossary}}\n\n${LINE}\n\n{{nonsense}}\n\n> {{statistics}} in a quote is text`);
    expect(embedLines(doc)).toEqual(['{{appendix glossary}}', LINE]);
  });
});

describe('sectionLength', () => {
  it('is quiet far from the limit, counts near it, and says when a section cannot be saved', () => {
    expect(sectionLength('x'.repeat(1000))).toBeNull();
    const near = sectionLength('x'.repeat(SECTION_MAX - 10));
    expect(near?.over).toBe(false);
    expect(near?.text).toMatch(/ of 1,000,000 characters/);
    const over = sectionLength('x'.repeat(SECTION_MAX + 1));
    expect(over?.over).toBe(true);
    expect(over?.text).toMatch(/split it into two sections/);
  });
});

describe('roles', () => {
  it('the commission writes and may export the confidential edition; other staff read and export the public one', () => {
    for (const role of ['administrator', 'archivist', 'commissioner'] as const) {
      expect(mayWrite(role)).toBe(true);
      expect(confidentialRefusal(role)).toBeNull();
    }
    for (const role of ['cataloguer', 'researcher'] as const) {
      expect(mayWrite(role)).toBe(false);
      expect(confidentialRefusal(role)).toMatch(new RegExp(`signed in as a ${role}`));
    }
  });
});
