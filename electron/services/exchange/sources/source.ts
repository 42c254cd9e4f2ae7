import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { SharingDefaults } from '../../../api/exchange';
import type { SensitiveField, TlpLabel } from '../../../api/vocabularies';
import type { SheetColumn } from '../columns';
import { say } from '../../../api/i18n/current';
import type { ServiceContext } from '../../core/context';

export interface SourceRun {
  sqlite: Database.Database;
  /** The core's context, for a source that reuses a service reading more than the database handle. */
  ctx: ServiceContext;
  /** Today (YYYY-MM-DD), for expiry status. */
  today: string;
  defaults: SharingDefaults;
}

/**
 * One thing that can be exported: a grid's query or a standard report. Its rows come from SQL
 * (iterated, never all in memory when large); its columns name the grid's column ids; each row's
 * sharing label is the strictest of the records it combines.
 */
export interface ExportSource<R = Record<string, unknown>, P = Record<string, unknown>> {
  title: string;
  /** File name stem, e.g. "stock-report". */
  stem: string;
  /** The grid's query input (filters and SQL sort), checked before anything runs. */
  params: z.ZodType<P>;
  columns: SheetColumn<R>[];
  rows(run: SourceRun, params: P): Iterable<R>;
  /**
   * The same rows as one SQL statement (the record grids), so an export can read them by position
   * and sort them in SQL (see ../rows.ts); `rows` is then `queryRows(query)`.
   */
  query?(run: SourceRun, params: P): SourceQuery;
  label(row: R, defaults: SharingDefaults): TlpLabel;
  /**
   * What the grid's Sharing cell shows for a row, where it words a blank label ("Type default
   * (TLP:AMBER)", api/sharing-words.ts): set on each row as `sharingShown` before the grid's filters
   * and sort look at it (../rows.ts), so they compare what the grid compares; the file's cell is
   * still the label the row leaves under.
   */
  sharingShown?(row: R, defaults: SharingDefaults): string;
  /** The grid filters and sorts rows itself (AG Grid's filter model, sort, quick search): the core applies them the same way. */
  gridFilters: boolean;
  /**
   * Grid columns that show one or more of the source's columns under another id (the register's
   * "From / to" is the counterparty and the other site): the export writes those, in that place.
   */
  aliases?: Record<string, string[]>;
  /**
   * Rows sensitive in themselves (a manifest line carrying weapons or ammunition): withheld from a
   * partner whose profile does not include `field`.
   */
  sensitiveRows?: { field: SensitiveField; is(row: R): boolean };
  /** Which sites the rows come from, for the title block; default "all sites". */
  scope?(run: SourceRun, params: P): string;
}

/** Looks up one column value by SQL, for a title (e.g. a site's code). */
export const lookup = (sqlite: Database.Database, sql: string, id: unknown): string | undefined =>
  id ? (sqlite.prepare(sql).pluck().get(id) as string | undefined) : undefined;

export const siteScope = (run: SourceRun, siteId: unknown) =>
  say(siteId ? 'exportBlock.site' : 'exportBlock.allSites', {
    code: lookup(run.sqlite, 'SELECT code FROM sites WHERE id = ?', siteId) ?? '?',
  });

/** A source's rows as one SQL statement: the SELECT without its ORDER BY, its own order (the last tie-breaker), its named parameters. */
export interface SourceQuery {
  sql: string;
  orderBy: string;
  /**
   * The result column `orderBy` is (one stored column, under one name in the result): an export
   * of many rows may then be read in two halves cut at a value of its first sort key, each half by
   * a thread of its own (../split/key.ts). Left out where `orderBy` is more than one column.
   */
  orderColumn?: string;
  args?: Record<string, unknown>;
}

/** The statement's text, sorted first by `first` (the grid's sort, in SQL), then in the source's own order. */
export const orderedSql = (q: SourceQuery, first: readonly string[] = []) => `${q.sql} ORDER BY ${[...first, q.orderBy].join(', ')}`;

/** Rows as objects from a source's query (the grids' own reads, previews and gathered sorts). */
export const queryRows =
  <P>(query: (run: SourceRun, params: P) => SourceQuery) =>
  (run: SourceRun, params: P): Iterable<Record<string, unknown>> => {
    const q = query(run, params);
    const statement = run.sqlite.prepare(orderedSql(q));
    return (q.args ? statement.iterate(q.args) : statement.iterate()) as Iterable<Record<string, unknown>>;
  };

/** A source whose rows are one SQL statement (`query`); its `rows` read that statement as objects. */
export const sqlSource = <P>(
  s: Omit<ExportSource<Record<string, unknown>, P>, 'rows' | 'query'> & Required<Pick<ExportSource<Record<string, unknown>, P>, 'query'>>,
): ExportSource<Record<string, unknown>, P> => ({ ...s, rows: queryRows(s.query) });
