import type { FieldIssue } from '../../api/result';
import { DomainError } from '../core/errors';

/** "Line 3: …" for issues whose path is ['lines', 2, field]. */
function describe(issue: FieldIssue): string {
  const [head, index] = issue.path;
  return head === 'lines' && typeof index === 'number' ? `Line ${index + 1}: ${issue.message}` : issue.message;
}

/** One refusal listing every problem found (so a grid can mark each cell), worded for the first. */
export function refuse(code: 'invalid_input' | 'rule_violation', issues: FieldIssue[], what = 'nothing was saved'): DomainError {
  const first = describe(issues[0]);
  const message = issues.length === 1 ? first : `${issues.length} problems; ${what}. First — ${first}`;
  return new DomainError(code, message, issues);
}
