// fontkit ships no type declarations; this is the little of it Tessera uses (the glyph check).
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(filename: string): Font;
}
