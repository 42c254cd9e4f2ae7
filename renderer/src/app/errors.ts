import type { ApiError } from '../../../electron/api/result';
import type { MessageKey } from '../../../electron/api/i18n';
import { t } from '../i18n';
import { ApiFailure } from '../lib/api';

/** What to do about each kind of refusal, in plain words (catalogue keys). */
const ADVICE: Partial<Record<ApiError['code'], MessageKey>> = {
  invalid_input: 'advice.invalid_input',
  conflict: 'advice.conflict',
  not_found: 'advice.not_found',
  // rule_violation: none — the core's message already names the rule, the record and what is possible.
  not_ready: 'advice.not_ready',
  unauthorized: 'advice.unauthorized',
  forbidden: 'advice.forbidden',
  too_large: 'advice.too_large',
  internal: 'advice.internal',
};

export interface Explained {
  message: string;
  fix: string;
}

/**
 * A refusal in the reader's language: the core's message (already in it) and what to do. Bad
 * input is "the highlighted values" only where the caller marks the fields (`highlighted`); else
 * the advice points at the message, which names them.
 */
export function explain(error: unknown, highlighted = false): Explained {
  const api: ApiError | null =
    error instanceof ApiFailure ? error.error : (error as { code?: string; message?: string })?.code ? (error as ApiError) : null;
  if (api) {
    if (api.message === t('transport.notAnswering')) return { message: api.message, fix: t('advice.notAnswering') };
    const advice = api.code === 'invalid_input' && !highlighted ? 'advice.invalid_inputNamed' : ADVICE[api.code];
    return { message: api.message, fix: advice ? t(advice) : '' };
  }
  return { message: error instanceof Error ? error.message : String(error), fix: t('advice.reload') };
}
