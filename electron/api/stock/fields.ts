import { z } from 'zod';
import { fieldName, say, sayLater, type FieldLabel } from '../i18n';
import { optionalText, text } from '../text';
import { MAX_QUANTITY, STOCK_CONDITIONS, STOCK_REASON_CODES } from '../vocabularies';

/** Field formats shared by the stock operations: numbers typed in grids, dates, lots, paging. */

export const blankToUndefined = (v: unknown) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

export const toNumber = (v: unknown) => {
  const b = blankToUndefined(v);
  if (typeof b === 'string') return Number(b.trim().replace(/[\s,']/g, ''));
  return b;
};
export const wholeNumberSchema = (label: FieldLabel, min: number) =>
  z
    .number(sayLater('format.wholeNumber', () => ({ field: fieldName(label) })))
    .int(sayLater('format.wholeBaseUnits', () => ({ field: fieldName(label) })))
    .min(min, {
      error: () =>
        min === 0 ? say('format.notNegative', { field: fieldName(label) }) : say('format.atLeast', { field: fieldName(label), min }),
    })
    .max(
      MAX_QUANTITY,
      sayLater('format.tooLarge', () => ({ field: fieldName(label), max: MAX_QUANTITY })),
    );

/** A whole number typed in a grid: accepts "1 200", "1,200" and numbers. */
export const wholeNumber = (label: FieldLabel, min: number) => z.preprocess(toNumber, wholeNumberSchema(label, min));
/** The same, or empty. */
export const optionalWholeNumber = (label: FieldLabel, min: number) =>
  z.preprocess(toNumber, wholeNumberSchema(label, min).optional()).optional();

/** When something happened: a date (YYYY-MM-DD, taken as noon UTC) or a full ISO timestamp. */
export const occurredAtField = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, sayLater('format.occurredAt'))
      .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T12:00:00Z` : s)), sayLater('format.occurredAtReal'))
      .optional(),
  )
  .optional();

/**
 * Why a document is dated further back than the backdating limit (system.rules): required then,
 * recorded on the document and in the audit trail.
 */
export const backdateReasonField = optionalText('Reason for the back date', 300);

export const lotNumberField = z
  .preprocess((v) => (v == null ? undefined : typeof v === 'string' ? v.trim() : v), text('Lot number', { max: 60 }).optional())
  .optional();

export const conditionField = z.enum(STOCK_CONDITIONS, { error: `Condition must be one of: ${STOCK_CONDITIONS.join(', ')}` });
export const reasonField = z
  .preprocess(blankToUndefined, z.enum(STOCK_REASON_CODES, { error: `Reason must be one of: ${STOCK_REASON_CODES.join(', ')}` }).optional())
  .optional();

/** Paging of a server-side grid: sorted and filtered in SQL, the page plus the total count. */
export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(10_000).default(200),
};
export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  rows: T[];
}

export const sortDirection = z.enum(['asc', 'desc']);
