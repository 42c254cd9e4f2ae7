import type { FieldIssue } from '../../api/result';
import { say } from '../../api/i18n';
import { DomainError } from '../core/errors';

/** "Line 3: …" for issues whose path is ['lines', 2, field]. */
function describe(issue: FieldIssue): string {
  const [head, index] = issue.path;
  return head === 'lines' && typeof index === 'number' ? say('stock.line', { n: index + 1, message: issue.message }) : issue.message;
}

/** One refusal listing every problem found (so a grid can mark each cell), worded for the first. */
export function refuse(code: 'invalid_input' | 'rule_violation', issues: FieldIssue[], what = say('stock.nothingSaved')): DomainError {
  const first = describe(issues[0]);
  const message = issues.length === 1 ? first : say('stock.problems', { count: issues.length, what, first });
  return new DomainError(code, message, issues);
}
