import type { RowProblems } from './validation';

/**
 * Messages shown at cells, keyed by row key and field. Kept outside React state so AG Grid's
 * cell class rules and tooltips can read it synchronously; the grid re-renders the affected rows.
 */
export class CellErrors {
  private readonly rows = new Map<string, RowProblems>();

  get(rowKey: string, field: string): string | undefined {
    return this.rows.get(rowKey)?.[field];
  }

  row(rowKey: string): RowProblems | undefined {
    return this.rows.get(rowKey);
  }

  set(rowKey: string, problems: RowProblems): void {
    if (Object.keys(problems).length === 0) this.rows.delete(rowKey);
    else this.rows.set(rowKey, problems);
  }

  clear(rowKey: string): boolean {
    return this.rows.delete(rowKey);
  }

  clearAll(): void {
    this.rows.clear();
  }

  entries(): [string, RowProblems][] {
    return [...this.rows.entries()];
  }

  get size(): number {
    return this.rows.size;
  }
}
