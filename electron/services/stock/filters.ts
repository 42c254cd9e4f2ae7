import { searchWords } from '../../api/search-text';
import { itemMatches } from '../catalogue/search';
/**
 * The optional filters of a list query (documents, lots, on hand, a count sheet): each value
 * given adds its clause and its named parameter, so the clause list and the parameters cannot
 * drift apart. A value of undefined, null or '' means "no filter".
 */
export class Filters {
  readonly where: string[] = [];

  constructor(readonly params: Record<string, unknown> = {}) {}

  /** Adds `clause`, which uses @name, when `value` is given; says whether it did. */
  add(value: unknown, clause: string, name: string): boolean {
    if (value === undefined || value === null || value === '') return false;
    this.where.push(clause);
    this.params[name] = value;
    return true;
  }

  /** Text found anywhere in any of `columns` (as @search), when text is given. */
  search(text: string | undefined, columns: string[]): boolean {
    return this.add(
      text ? likePattern(text) : undefined,
      `(${columns.map((c) => `${c} LIKE @search ESCAPE '\\'`).join(' OR ')})`,
      'search',
    );
  }

  /**
   * Item search: every word of `text` (any case, any accents) in the item's code or name (see
   * search-text.ts), or in one of `columns` as typed (a lot number). Says whether it added anything.
   */
  searchItems(text: string | undefined, itemIdSql: string, columns: string[] = []): boolean {
    const words = searchWords(text ?? '');
    words.forEach((w, i) => {
      const alternatives = [itemMatches(itemIdSql, `w${i}`), ...columns.map((c) => `${c} LIKE @w${i} ESCAPE '\\'`)];
      this.add(likePattern(w), `(${alternatives.join(' OR ')})`, `w${i}`);
    });
    return words.length > 0;
  }

  /** "WHERE …", or nothing when no filter was added. */
  sql(): string {
    return this.where.length ? `WHERE ${this.where.join(' AND ')}` : '';
  }
}

/** A LIKE pattern matching `text` anywhere, with its own wildcards escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
