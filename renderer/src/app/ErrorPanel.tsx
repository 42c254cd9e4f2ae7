import { explain } from './errors';

/** A refusal or failure in plain words, with what to do about it. */
export function ErrorPanel({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { message, fix } = explain(error);
  return (
    <div className="error-panel" role="alert">
      <strong>{title ?? 'Something went wrong'}</strong>
      <p>{message}</p>
      {fix && <p className="fix">{fix}</p>}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
