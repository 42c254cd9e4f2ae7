import { say } from '../../api/i18n';
import type { ErrorCode, FieldIssue } from '../../api/result';

/** A refusal the user should read: thrown inside services, returned as an error value by the dispatcher. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string) => new DomainError('not_found', say('errors.notFound', { what, id }));
export const ruleViolation = (message: string, issues?: FieldIssue[]) => new DomainError('rule_violation', message, issues);
export const conflict = (message: string, issues?: FieldIssue[]) => new DomainError('conflict', message, issues);
export const invalid = (message: string, issues?: FieldIssue[]) => new DomainError('invalid_input', message, issues);

/** Another connection or program holds SQLite's write lock (past the connection's busy timeout): an expected refusal, not a failure to log. */
export const isSqliteBusy = (e: unknown): boolean =>
  typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_BUSY');

/**
 * Optimistic locking: the caller's version must be the stored one. A stale version means someone
 * else changed the record since it was read; nothing is written and the caller reloads.
 */
export function checkVersion(what: string, stored: number, given: number, path: (string | number)[] = ['version']): void {
  if (stored !== given) {
    throw conflict(say('errors.changed', { what }), [{ path, message: say('errors.changedIssue') }]);
  }
}
