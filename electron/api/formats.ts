import { z } from 'zod';
import { fieldName, say, sayLater, type FieldLabel } from './i18n';
import type { MessageKey } from './i18n';
import './schema-errors'; // the contract's fallback wording, in the caller's language

/**
 * Formats of the crosswalk and dangerous-goods codes (DOMAIN.md). Shared by the core (which
 * refuses bad values) and the renderer (which shows the message at the cell before sending).
 */
export const NSN_PATTERN = /^\d{4}-\d{2}-\d{3}-\d{4}$/;
export const UN_NUMBER_PATTERN = /^UN\d{4}$/;
export const UNICEF_PATTERN = /^S\d{7}$/;
export const GTIN_PATTERN = /^(\d{8}|\d{12}|\d{13}|\d{14})$/;

/** The GS1 check digit of a GTIN body (the digits before it): weights 3,1,3,… from the right. */
export function gtinCheckDigit(body: string): number {
  const sum = body
    .split('')
    .reverse()
    .reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

export function gtinCheckDigitValid(gtin: string): boolean {
  return GTIN_PATTERN.test(gtin) && gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin.slice(-1));
}

// Checks that make later ones meaningless use `abort: true`, so a cell gets one message, not two.

/** Empty strings from a grid cell mean "no value". */
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v);

export const optionalCode = (pattern: RegExp, message: MessageKey) =>
  z.preprocess(blankToNull, z.string().regex(pattern, sayLater(message)).nullable().optional()).optional();

export const nsnField = optionalCode(NSN_PATTERN, 'format.nsn');
export const unNumberField = optionalCode(UN_NUMBER_PATTERN, 'format.unNumber');
export const unicefField = optionalCode(UNICEF_PATTERN, 'format.unicef');
export const gtinField = z
  .preprocess(
    blankToNull,
    z
      .string()
      .regex(GTIN_PATTERN, { ...sayLater('format.gtinDigits'), abort: true })
      .refine(gtinCheckDigitValid, sayLater('format.gtinCheck'))
      .nullable()
      .optional(),
  )
  .optional();

/** Free text goes through the one text schema (control and bidi-override characters refused). */
export { optionalText, requiredText } from './text';

/**
 * A number typed or pasted in a cell, or empty; accepts "1,5" from European spreadsheets.
 * `rule` adds the range check with its message.
 */
const numberCell = (label: FieldLabel, rule: { ok: (n: number) => boolean; message: () => string }) =>
  z
    .preprocess(
      (v) => {
        if (v == null || (typeof v === 'string' && v.trim() === '')) return null;
        if (typeof v === 'string') return Number(v.trim().replace(',', '.'));
        return v;
      },
      z
        .number(sayLater('format.number', () => ({ field: fieldName(label) })))
        .refine((n) => Number.isFinite(n), { ...sayLater('format.number', () => ({ field: fieldName(label) })), abort: true })
        .refine(rule.ok, { error: rule.message })
        .nullable()
        .optional(),
    )
    .optional();

/** A positive number, or empty. */
export const positiveNumber = (label: FieldLabel) =>
  numberCell(label, { ok: (n) => n > 0, message: () => say('format.positive', { field: fieldName(label) }) });

export const optionalNumber = (label: FieldLabel, min: number, max: number) =>
  numberCell(label, { ok: (n) => n >= min && n <= max, message: () => say('format.between', { field: fieldName(label), min, max }) });

/** Booleans typed or pasted as yes/no, true/false, 1/0, x. */
export const flexibleBoolean = (label: FieldLabel) =>
  z.preprocess(
    (v) => {
      if (typeof v === 'boolean') return v;
      if (v == null || v === '') return false;
      // Only text and numbers are read as words: String() of a deeply nested list would overflow the stack.
      if (typeof v !== 'string' && typeof v !== 'number') return v;
      const s = String(v).trim().toLowerCase();
      if (['yes', 'y', 'true', '1', 'x', 'oui'].includes(s)) return true;
      if (['no', 'n', 'false', '0', 'non', ''].includes(s)) return false;
      return v;
    },
    z.boolean(sayLater('format.yesNo', () => ({ field: fieldName(label) }))),
  );

/** ISO calendar date YYYY-MM-DD (or empty). */
export const optionalDate = (label: FieldLabel) =>
  z
    .preprocess(
      blankToNull,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { ...sayLater('format.date', () => ({ field: fieldName(label) })), abort: true })
        .refine(
          (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
          sayLater('format.realDate', () => ({ field: fieldName(label) })),
        )
        .nullable()
        .optional(),
    )
    .optional();

export const uuid = z.string().uuid(sayLater('format.recordId'));
export const idRef = (label: FieldLabel) =>
  z
    .string(sayLater('text.required', () => ({ field: fieldName(label) })))
    .uuid(sayLater('format.fromList', () => ({ field: fieldName(label) })));
export const optionalIdRef = (label: FieldLabel) =>
  z
    .preprocess(
      blankToNull,
      z
        .string()
        .uuid(sayLater('format.fromList', () => ({ field: fieldName(label) })))
        .nullable()
        .optional(),
    )
    .optional();
