/** A key for sorting and matching text regardless of case and diacritics (Ñandú ≈ nandu). */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und');
}

export function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** The start of a text for a list: white space collapsed, cut at a word near `chars`, " …" when cut. */
export function leadText(text: string, chars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= chars) return flat;
  const cut = flat.lastIndexOf(' ', chars);
  return `${flat.slice(0, cut > 0 ? cut : chars)} …`;
}
