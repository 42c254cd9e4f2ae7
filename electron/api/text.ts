import { z } from 'zod';
import { fieldName, say, type FieldLabel, type MessageKey } from './i18n';

/**
 * The one text schema of the contract: every free-text field (names, notes, references, reasons,
 * lot numbers, searches) goes through it, so none stores characters that turn into something else
 * downstream. Refused, with a message naming the field:
 * - control characters (C0, DEL, C1), except tab and line breaks in a multi-line note; a NUL
 *   truncates strings in C tools, an ESC drives terminals, stray CRs split CSV rows;
 * - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text display
 *   in another order than it is stored ("Trojan Source"); the ordinary marks U+200E/U+200F that
 *   Arabic text uses stay allowed;
 * - line and paragraph separators (U+2028, U+2029) outside multi-line notes, and unpaired
 *   surrogates (not text at all).
 */

/** C0 controls except tab, LF, CR; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Any character one of the checks below looks at (controls, line breaks, bidi controls, surrogates
 * paired or not): text without one, nearly all of it, passes with this one scan instead of four
 * (an import checks every cell of 100,000 rows through here).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_SUSPECT = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a text for a field, or null. Shared with the renderer, which checks before sending. */
export function textProblem(label: FieldLabel, s: string, multiline = false): string | null {
  // The field's name in the reader's language only when something is wrong: translating it for
  // every good value cost an import of 100,000 rows a second.
  if (!ANY_SUSPECT.test(s)) return null;
  const field = () => fieldName(label);
  let m = CONTROL.exec(s);
  if (m) return say('text.control', { field: field(), char: codePoint(m[0]), at: m.index + 1 });
  m = BIDI_OVERRIDE.exec(s);
  if (m) {
    return say('text.bidi', { field: field(), char: codePoint(m[0]), at: m.index + 1 });
  }
  if (!multiline) {
    m = LINE_BREAK.exec(s);
    if (m) return say('text.oneLine', { field: field(), char: codePoint(m[0]), at: m.index + 1 });
  }
  m = LONE_SURROGATE.exec(s);
  if (m) return say('text.broken', { field: field(), at: m.index + 1 });
  return null;
}

export interface TextOptions {
  /** At most this many characters (default 200). */
  max?: number;
  /** At least this many characters once trimmed (default 0). */
  min?: number;
  /** Tabs and line breaks allowed (notes); Windows line ends become \n. */
  multiline?: boolean;
  /** Message when the field is too short (default "<label> is required" for min 1). */
  minMessage?: MessageKey;
}

/** A string that is safe text for `label`: trimmed, within its length, without refused characters. */
export function text(label: FieldLabel, opts: TextOptions = {}) {
  const { max = 200, min = 0, multiline = false } = opts;
  const field = () => fieldName(label);
  let s = z.string({ error: (issue) => say(issue.input == null ? 'text.required' : 'text.notText', { field: field() }) });
  if (min > 0) {
    const minMessage = opts.minMessage;
    s = s.min(min, {
      error: () =>
        minMessage ? say(minMessage) : min === 1 ? say('text.required', { field: field() }) : say('text.atLeast', { field: field(), min }),
    });
  }
  return s.max(max, { error: () => say('text.atMost', { field: field(), max }) }).superRefine((v, ctx) => {
    const problem = textProblem(label, v, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const tidy = (multiline: boolean) => (v: unknown) => {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return multiline ? t.replace(/\r\n?/g, '\n') : t;
};

/** Required free text (a name, a title): trimmed, 1–max characters. */
export const requiredText = (label: FieldLabel, max = 200, opts: Omit<TextOptions, 'max' | 'min'> = {}) =>
  z.preprocess(tidy(opts.multiline ?? false), text(label, { ...opts, max, min: 1 }));

/** Optional free text: absent or blank is stored as ''. */
export const optionalText = (label: FieldLabel, max = 2000, opts: Omit<TextOptions, 'max' | 'min'> = {}) =>
  z.preprocess((v) => (v == null ? '' : tidy(opts.multiline ?? false)(v)), text(label, { ...opts, max })).optional();

/** Free text that may be absent (undefined) rather than blank: filters and searches. */
export const optionalFilterText = (label: FieldLabel, max = 100) =>
  z.preprocess((v) => (v == null ? undefined : tidy(false)(v)), text(label, { max }).optional()).optional();
