import type { OpName } from '../../../electron/api/contract';

/** A record as a record grid holds it: the stored row, with its optimistic-lock version. */
export interface GridRow {
  id: string;
  version: number;
  archived?: boolean;
  [field: string]: unknown;
}

/** The contract operations behind a grid. Without `save` the grid is read-only. */
export interface RecordOps {
  list: OpName;
  listInput?: Record<string, unknown>;
  save?: OpName;
  remove?: OpName;
  restore?: OpName;
}

/** How a grid names its records in messages. */
export interface RecordNoun {
  one: string;
  many: string;
  /** With its indefinite article where the language has one ("un article"); defaults to `one`. */
  a?: string;
}

export const copyRow = (r: GridRow): GridRow => ({ ...r });
