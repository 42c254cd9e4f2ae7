// bidi-js ships no types; print/bidi.ts uses these two functions of its factory (UAX #9).
declare module 'bidi-js' {
  interface EmbeddingLevels {
    levels: Uint8Array;
    paragraphs: { start: number; end: number; level: number }[];
  }
  interface Bidi {
    getEmbeddingLevels(text: string, baseDirection?: 'ltr' | 'rtl' | 'auto'): EmbeddingLevels;
    /** Ranges [start, end] (inclusive) to reverse, in order, for the visual order (rule L2). */
    getReorderSegments(text: string, levels: EmbeddingLevels, start?: number, end?: number): [number, number][];
  }
  export default function bidiFactory(): Bidi;
}
