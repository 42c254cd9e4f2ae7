import { useT } from '../i18n';
import { explain } from './errors';

/** A refusal or failure in plain words, with what to do about it (`highlighted`: the caller marks the bad fields). */
export function ErrorPanel({
  error,
  title,
  onRetry,
  highlighted,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  highlighted?: boolean;
}) {
  const t = useT();
  const { message, fix } = explain(error, highlighted);
  return (
    <div className="error-panel" role="alert">
      <strong>{title ?? t('common.somethingWrong')}</strong>
      <p>{message}</p>
      {fix && <p className="fix">{fix}</p>}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
