import type { ApiError } from '../../../electron/api/result';
import { ApiFailure } from '../lib/api';

/** What to do about each kind of refusal, in plain words. */
const ADVICE: Partial<Record<ApiError['code'], string>> = {
  invalid_input: 'Correct the highlighted values and try again. Nothing was saved.',
  conflict: 'Someone else changed this record in the meantime. The list has been reloaded; make your change again.',
  not_found: 'The record no longer exists. The list has been reloaded.',
  // rule_violation: none — the core's message already names the rule, the record and what is possible.
  not_ready: 'Finish the first-start questions (your name and organisation) first.',
  unauthorized: 'This window lost its access key. Open the full address Corridor printed when it started.',
  forbidden: 'Open Corridor through the address it printed (http://127.0.0.1:…).',
  too_large: 'Save fewer rows at once (at most 20,000).',
  internal: 'If it happens again, run the integrity check on the Database page and note what you did.',
};

export interface Explained {
  message: string;
  fix: string;
}

export function explain(error: unknown): Explained {
  const api: ApiError | null =
    error instanceof ApiFailure ? error.error : (error as { code?: string; message?: string })?.code ? (error as ApiError) : null;
  if (api) {
    if (/not answering/i.test(api.message)) {
      return {
        message: api.message,
        fix: 'Check that the terminal running “npm run start:browser” is still open, restart it if needed, then open the new address it prints.',
      };
    }
    return { message: api.message, fix: ADVICE[api.code] ?? '' };
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    fix: 'Reload the page (F5). If it happens again, restart Corridor.',
  };
}
