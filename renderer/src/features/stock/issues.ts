import type { ApiError, FieldIssue } from '../../../../electron/api/result';

/** Problems of a refused document operation, sorted to where they are shown. */
export interface DocProblems {
  /** Per line id: field → message. */
  lines: Map<string, Record<string, string>>;
  /** Header field → message. */
  header: Record<string, string>;
  /** Everything else, in plain words. */
  general: string[];
}

export const noProblems = (): DocProblems => ({ lines: new Map(), header: {}, general: [] });

/**
 * Places the core's issues: ['lines', i, field] goes to the i-th line of `lineIds` (the lines in
 * the order they were sent, or the document's order when posting), a top-level field goes to the
 * header, the rest to the general list. Without issues the message itself is general.
 */
export function placeIssues(error: ApiError, lineIds: string[], linesKey = 'lines'): DocProblems {
  const out = noProblems();
  const issues: FieldIssue[] = error.issues ?? [];
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    if (head === linesKey && typeof index === 'number' && lineIds[index]) {
      const id = lineIds[index];
      const row = out.lines.get(id) ?? {};
      const key = typeof field === 'string' ? field : 'quantity';
      row[key] = row[key] ? `${row[key]}; ${issue.message}` : issue.message;
      out.lines.set(id, row);
    } else if (typeof head === 'string' && head !== linesKey && issue.path.length === 1) {
      out.header[head] = issue.message;
    } else {
      out.general.push(issue.message);
    }
  }
  if (issues.length === 0) out.general.push(error.message);
  return out;
}
