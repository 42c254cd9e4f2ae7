import type { ApiError } from '../../../electron/api/result';
import { explain } from './errors';

/** What a form's last submit came to, shown under it; null before the first. */
export type Outcome = { kind: 'error' | 'success'; text: string } | null;

/** A settings form's refusal: the field's own message where the core named one, else the refusal explained. */
export const refusedOutcome = (error: ApiError): Outcome => ({ kind: 'error', text: error.issues?.[0]?.message ?? explain(error).message });

/** The outcome under a form: a refusal is announced at once (alert), a success politely (status). */
export function OutcomeText({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  const refused = outcome.kind === 'error';
  return (
    <p className={refused ? 'error-text' : 'success-text'} role={refused ? 'alert' : 'status'}>
      {outcome.text}
    </p>
  );
}
