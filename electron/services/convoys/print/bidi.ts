import bidiFactory from 'bidi-js';
import type { Language } from '../../../api/i18n';

/*
 * Bidirectional text for pdfmake, which has none: pdfmake lays out the words of a line left to
 * right in the order they are written, and the font engine under it (fontkit) shapes and turns
 * right to left only the letters of each Arabic word. So a line mixing Arabic with Latin letters
 * or digits ("رقم TH-AST-WB-2026-00001") came out in the wrong order. Each text is reordered here,
 * before pdfmake sees it, by the Unicode bidirectional algorithm (UAX #9, the bidi-js package):
 * its runs are put in the order they are seen, left to right, and each right-to-left run keeps
 * its letters in written order for fontkit to shape and reverse (see rtlRun). The paragraph direction is
 * right to left in an Arabic document, else taken from the text's first strong letter; a text
 * that reads right to left is aligned right unless its node says otherwise.
 * Not handled: a paragraph wrapped over several lines is reordered as one line before pdfmake
 * wraps it (labels and table cells are short), and mirrored brackets are left to fontkit.
 */

const bidi = bidiFactory();
/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and the Arabic presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const SPACE = /\s/;

export interface VisualText {
  text: string;
  /** The paragraph reads right to left. */
  rtl: boolean;
}

/** One line in visual order, as pdfmake (words left to right) and fontkit (letters of an RTL word) need it. */
export function visualText(text: string, base: 'rtl' | 'auto'): VisualText {
  if (!RIGHT_TO_LEFT.test(text)) return { text, rtl: false };
  const embedding = bidi.getEmbeddingLevels(text, base);
  const levels = embedding.levels;
  const order = Array.from({ length: text.length }, (_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(text, embedding)) {
    const reversed = order.slice(start, end + 1).reverse();
    order.splice(start, reversed.length, ...reversed);
  }
  let out = '';
  for (let i = 0; i < order.length;) {
    if (!(levels[order[i]] & 1) || SPACE.test(text[order[i]])) {
      out += text[order[i]];
      i++;
      continue;
    }
    // A right-to-left run (words and the spaces between them), now reversed: back to written order.
    let j = i;
    while (j < order.length && levels[order[j]] & 1) j++;
    while (j > i + 1 && SPACE.test(text[order[j - 1]])) j--;
    let run = '';
    for (let m = j - 1; m >= i; m--) run += text[order[m]];
    // Its own piece for pdfmake (a zero-width space where it touches other text), so fontkit never turns Latin letters round with it.
    const touchingBefore = out !== '' && !SPACE.test(out[out.length - 1]);
    const gapRight = j < order.length && text[order[j]] === ' ';
    out += `${touchingBefore ? ZWSP : ''}${rtlRun(run, gapRight)}${j < order.length ? ZWSP : ''}`;
    i = gapRight ? j + 1 : j;
  }
  return { text: out, rtl: (embedding.paragraphs[0]?.level ?? 0) % 2 === 1 };
}

const NBSP = '\u00a0';
const ZWSP = '\u200b';
const MAX_UNBROKEN = 48;

/**
 * A right-to-left run in written order, for fontkit to shape and lay right to left as one piece.
 * pdfmake breaks a line after each space and fontkit turns each piece round with its trailing
 * space, which put the gap after an Arabic word on its wrong side (words ran together); so the
 * run's spaces are no-break spaces, placed where the turn leaves them on the right side, and the
 * pieces are separated by zero-width spaces (where a line may break). A long run (a sentence) is
 * cut at spaces into pieces of about MAX_UNBROKEN characters, so that it can still wrap.
 * `gapRight`: a space follows the run on its right (taken in as a no-break space).
 */
function rtlRun(run: string, gapRight: boolean): string {
  const pieces: string[] = [];
  let piece = '';
  for (const word of run.split(' ')) {
    if (piece && piece.length + word.length + 1 > MAX_UNBROKEN) {
      pieces.push(piece);
      piece = word;
    } else piece = piece ? `${piece}${NBSP}${word}` : word;
  }
  if (piece || pieces.length === 0) pieces.push(piece);
  // Written order P1 … Pn is seen right to left: Pn … P1. A gap to the left of each but the last.
  return pieces
    .map((p, i) => `${i === 0 && gapRight ? NBSP : ''}${p}${i < pieces.length - 1 ? NBSP : ''}`)
    .reverse()
    .join(ZWSP);
}

type Node = unknown;

/**
 * A pdfmake document with every text in visual order: strings as nodes (table cells, stack and
 * column items) and the `text` of nodes, recursively; running heads and feet (functions) too.
 * Other strings (fonts, colours, QR payloads) are left alone.
 */
export function bidiDocument<T extends object>(doc: T, language: Language): T {
  const base = language === 'ar' ? 'rtl' : 'auto';
  const node = (n: Node): Node => {
    if (typeof n === 'string') {
      const v = visualText(n, base);
      return v.rtl ? { text: v.text, alignment: 'right' } : v.text;
    }
    if (Array.isArray(n)) return n.map(node);
    if (typeof n === 'function') return (...args: unknown[]) => node((n as (...a: unknown[]) => unknown)(...args));
    if (n === null || typeof n !== 'object') return n;
    const o = n as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === 'text') {
        if (typeof v === 'string') {
          const t = visualText(v, base);
          out.text = t.text;
          if (t.rtl && o.alignment === undefined) out.alignment = 'right';
        } else out.text = Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? visualText(x, base).text : node(x))) : node(v);
      } else if (k === 'qr' || k === 'info' || k === 'layout' || k === 'watermark') out[k] = v;
      else if (
        k === 'content' ||
        k === 'stack' ||
        k === 'columns' ||
        k === 'table' ||
        k === 'body' ||
        k === 'header' ||
        k === 'footer' ||
        k === 'ul' ||
        k === 'ol'
      )
        out[k] = node(v);
      else if (Array.isArray(v) && k !== 'widths' && k !== 'margin' && k !== 'pageMargins') out[k] = node(v);
      else out[k] = v;
    }
    return out;
  };
  return node(doc) as T;
}
