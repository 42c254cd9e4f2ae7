import { z } from 'zod';
import { uuid } from './formats';

/** Every saved row may carry its id and the version the editor saw (optimistic locking). */
export const rowIdentity = {
  id: uuid.optional(),
  version: z.number().int().positive().optional(),
};

/**
 * Grid saves send a batch of rows (one cell edit = one row, a pasted block = many);
 * the batch is written all-or-nothing.
 */
export const rowsInput = <S extends z.ZodObject>(row: S) =>
  z.object({ rows: z.array(row).min(1, 'Nothing to save').max(20000, 'At most 20,000 rows at once') });

export const listInput = z.object({ includeArchived: z.boolean().optional() }).optional().default({});

export const removeInput = z.object({ id: uuid });

/** Removing a record that others refer to archives it instead (nothing referenced is deleted). */
export interface RemoveOutcome {
  id: string;
  outcome: 'deleted' | 'archived';
  /** Why it was archived rather than deleted, e.g. "used by 3 sites". */
  reason?: string;
}

export const restoreInput = z.object({ id: uuid });
