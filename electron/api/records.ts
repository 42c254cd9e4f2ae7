import { sayLater } from './i18n/current';
import { z } from 'zod';
import { uuid } from './formats';

/**
 * Optimistic locking: every operation that changes an existing record carries the version the
 * caller read it at; the core refuses a stale one with `conflict` and writes nothing.
 */
export const recordVersion = z
  .number(sayLater('schema.versionRequired'))
  .int(sayLater('schema.versionWhole'))
  .positive(sayLater('schema.versionPositive'));

/** An existing record, named by its id and the version the caller read. */
export const versionedId = { id: uuid, version: recordVersion };

/** Every saved row may carry its id and the version the editor saw; a row with an id must carry its version. */
export const rowIdentity = {
  id: uuid.optional(),
  version: recordVersion.optional(),
};

/** A row naming an existing record (an id) must say which version of it was edited. */
export const versionWithId = (row: { id?: string; version?: number }, ctx: z.RefinementCtx) => {
  if (row.id !== undefined && row.version === undefined) {
    ctx.addIssue({ code: 'custom', path: ['version'], message: 'Version is required to change an existing record: reload and edit again' });
  }
};

/**
 * Grid saves send a batch of rows (one cell edit = one row, a pasted block = many);
 * the batch is written all-or-nothing.
 */
export const rowsInput = <S extends z.ZodObject>(row: S) =>
  z.object({
    rows: z
      .array(row.superRefine((r, ctx) => versionWithId(r as { id?: string; version?: number }, ctx)))
      .min(1, sayLater('schema.nothingToSave'))
      .max(
        20000,
        sayLater('schema.atMostRows', () => ({ max: 20000 })),
      ),
  });

export const listInput = z.object({ includeArchived: z.boolean().optional() }).optional().default({});

export const removeInput = z.object(versionedId);

/** Removing a record that others refer to archives it instead (nothing referenced is deleted). */
export interface RemoveOutcome {
  id: string;
  outcome: 'deleted' | 'archived';
  /** Why it was archived rather than deleted, e.g. "used by 3 sites". */
  reason?: string;
}

export const restoreInput = z.object(versionedId);
