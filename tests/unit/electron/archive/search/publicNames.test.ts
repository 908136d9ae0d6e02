import { describe, expect, it } from 'vitest';
import { nameWithholder } from '../../../../../electron/archive/publish/publicTestimony';
import { withholdInSnippet, type PublicNames } from '../../../../../electron/archive/search/publicNames';

const people = [
  { id: '1', name: 'Loretta Simms', otherNames: ['Retta Simms'], pseudonym: 'Witness L', consentToBeNamed: false },
  { id: '2', name: 'Pieter Olwage', otherNames: [], pseudonym: '', consentToBeNamed: false },
  { id: '3', name: 'Tomás Ñandú', otherNames: [], pseudonym: '', consentToBeNamed: true },
];
const names: PublicNames = { withhold: nameWithholder(people), names: ['loretta simms', 'retta simms', 'pieter olwage'] };

describe('names in public search snippets', () => {
  it('shows unconsented people by their public name and keeps the marks on the words around them', () => {
    const text = 'Loretta Simms saw the fire; Tomás Ñandú called it in.';
    const s = withholdInSnippet({ text, marks: [[22, 26]] }, names);
    expect(s.text).toBe('Witness L saw the fire; Tomás Ñandú called it in.');
    expect(s.text.slice(s.marks[0]?.[0], s.marks[0]?.[1])).toBe('fire');
    // A mark on the withheld name itself goes with the name.
    expect(withholdInSnippet({ text, marks: [[8, 13]] }, names)).toEqual({ text: 'Witness L saw the fire; Tomás Ñandú called it in.', marks: [] });
  });

  it('cuts away the start or end of a withheld name that a snippet window cut in half', () => {
    expect(withholdInSnippet({ text: '…the truck was driven by Pieter…', marks: [[5, 10]] }, names)).toEqual({ text: '…the truck was driven by…', marks: [[5, 10]] });
    expect(withholdInSnippet({ text: '…Simms saw the fire', marks: [] }, names).text).toBe('…saw the fire');
    expect(withholdInSnippet({ text: '…and then  retta…', marks: [] }, names).text).toBe('…and then…');
    // Whole words that begin no name stay, and a text not cut is left alone.
    expect(withholdInSnippet({ text: '…the river road…', marks: [[5, 10]] }, names)).toEqual({ text: '…the river road…', marks: [[5, 10]] });
    expect(withholdInSnippet({ text: 'Ask Pieter', marks: [] }, names).text).toBe('Ask Pieter');
  });
});
