import { useRef, useState } from 'react';
import type { VerifyOutcome } from '../../../../electron/api/convoys';
import type { MessageKey } from '../../../../electron/api/i18n';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useT } from '../../i18n';
import { call } from '../../lib/api';
import './verify.css';

const VERDICT_KEYS: Record<VerifyOutcome['state'], MessageKey> = {
  match: 'verify.match',
  mismatch: 'verify.mismatch',
  changed: 'verify.changed',
  void: 'verify.void',
  unknown: 'verify.unknown',
  unreadable: 'verify.unreadable',
};

const KIND_KEYS: Record<NonNullable<VerifyOutcome['kind']>, MessageKey> = {
  waybill: 'verify.kind.waybill',
  manifest: 'verify.kind.manifest',
  'loss-report': 'verify.kind.lossReport',
};

/**
 * Verify: a checkpoint types, pastes or scans a printed document's QR code and reads whether the
 * copy matches the register. A keyboard-wedge scanner types the code and presses Enter, which
 * submits the form; the field is emptied and keeps the focus for the next scan.
 */
export default function VerifyPage() {
  const t = useT();
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<{ code: string; outcome: VerifyOutcome } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const verify = async (text: string) => {
    if (text.trim() === '') return;
    setError(null);
    try {
      setChecked({ code: text.trim(), outcome: await call('documents.verify', { code: text }) });
      setCode('');
    } catch (e) {
      setError(e);
    }
    input.current?.focus();
  };

  const o = checked?.outcome;
  const kind = o?.kind ? t(KIND_KEYS[o.kind]) : '';
  const params = { kind, number: o?.number ?? '', reason: o?.voidReason ?? '' };
  const good = o?.state === 'match';
  return (
    <div className="page-body verify-page">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void verify(code);
        }}
      >
        <label htmlFor="verify-code">{t('verify.label')}</label>
        <div className="verify-row">
          <input
            id="verify-code"
            ref={input}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t('grid.codePlaceholder')}
            data-testid="verify-code"
          />
          <button type="submit">{t('verify.check')}</button>
        </div>
        <p className="muted">{t('verify.hint')}</p>
      </form>
      {error != null && <ErrorPanel error={error} />}
      {!o && error == null && <p className="verify-empty">{t('verify.empty')}</p>}
      {o && (
        <div
          className={`verify-outcome ${good ? 'verify-ok' : 'verify-bad'}`}
          role="status"
          data-testid="verify-outcome"
          data-state={o.state}
        >
          <p className="verify-verdict">{t(VERDICT_KEYS[o.state], params)}</p>
          {o.issuedAt && o.state !== 'unknown' && (
            <p>
              {t('verify.details', {
                issued: o.issuedAt,
                consignee: o.consignee ?? '',
                destination: o.destination ?? '',
                lines: o.lines ?? 0,
              })}
            </p>
          )}
          <p className="muted">
            <code>{t('verify.code', { code: checked.code })}</code>
          </p>
        </div>
      )}
    </div>
  );
}
