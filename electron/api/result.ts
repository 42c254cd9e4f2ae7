/** Errors cross every boundary as values, never as thrown exceptions. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'rule_violation'
  | 'unknown_operation'
  | 'not_ready'
  | 'internal'
  // Transport refusals (HTTP shell): wrong host, missing token, oversized or malformed body.
  | 'forbidden'
  /** The session is idle-locked: the same operator's PIN (auth.unlock) opens it again. */
  | 'locked'
  | 'unauthorized'
  | 'too_large'
  | 'bad_request';

/** A field-level problem: `path` points into the operation's input (e.g. ['rows', 2, 'nsn']). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
