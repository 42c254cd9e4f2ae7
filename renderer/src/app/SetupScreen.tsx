import { useState, type FormEvent } from 'react';
import type { ORG_KINDS } from '../../../electron/api/vocabularies';
import type { FieldIssue } from '../../../electron/api/result';
import type { MessageKey } from '../../../electron/api/i18n';
import { useLanguage, useT } from '../i18n';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { invoke } from '../lib/api';
import { explain } from './errors';
import { orgKindChoices } from './labels';
import { PinField } from './PinField';
import { sessionChanged } from './session';

type Kind = (typeof ORG_KINDS)[number];

/** First start: who is at the keyboard, which organisation this installation belongs to, demo or empty. */
export function SetupScreen() {
  const t = useT();
  const language = useLanguage();
  const [form, setForm] = useState({
    operator: '',
    title: '',
    pin: '',
    again: '',
    name: '',
    shortName: '',
    kind: 'military' as Kind,
    country: '',
    demo: false,
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const issueFor = (...path: string[]) => issues.find((i) => i.path.join('.') === path.join('.'))?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.pin !== form.again) {
      setIssues([{ path: ['again'], message: t('setup.pinsDiffer') }]);
      setMessage(t('setup.needsFixing'));
      return;
    }
    setBusy(true);
    const r = await invoke('system.setup', {
      operator: form.operator,
      title: form.title,
      pin: form.pin,
      organisation: { name: form.name, shortName: form.shortName, kind: form.kind, country: form.country },
      demo: form.demo,
      language,
    });
    setBusy(false);
    if (!r.ok) {
      setIssues(r.error.issues ?? []);
      const { message: m, fix } = explain(r.error);
      setMessage(r.error.issues?.length ? t('setup.needsFixing') : `${m} ${fix}`);
      return;
    }
    await sessionChanged();
  }

  const field = (label: MessageKey, key: 'operator' | 'title' | 'name' | 'shortName' | 'country', path: string[], hint?: MessageKey) => (
    <label className="field">
      <span>{t(label)}</span>
      <input
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        aria-invalid={Boolean(issueFor(...path))}
        name={key}
      />
      {issueFor(...path) ? <em className="field-error">{issueFor(...path)}</em> : hint ? <small>{t(hint)}</small> : null}
    </label>
  );

  return (
    <div className="setup">
      <form onSubmit={submit} className="setup-card" aria-label={t('setup.formLabel')}>
        <LanguagePicker className="field language-picker" withHint />
        <h1>{t('setup.welcome')}</h1>
        <p className="lead">{t('setup.lead')}</p>
        {field('setup.yourName', 'operator', ['operator'], 'setup.yourNameHint')}
        <div className="field-row">{field('setup.title', 'title', ['title'], 'setup.titleHint')}</div>
        <div className="field-row">
          <PinField
            label={t('setup.pin')}
            name="pin"
            value={form.pin}
            onChange={(pin) => setForm({ ...form, pin })}
            error={issueFor('pin')}
            hint={t('setup.pinHint')}
          />
          <PinField
            label={t('setup.pinAgain')}
            name="pin-again"
            value={form.again}
            onChange={(again) => setForm({ ...form, again })}
            error={issueFor('again')}
          />
        </div>
        <fieldset>
          <legend>{t('setup.belongsTo')}</legend>
          {field('setup.orgName', 'name', ['organisation', 'name'], 'setup.orgNameHint')}
          <div className="field-row">
            {field('setup.shortName', 'shortName', ['organisation', 'shortName'], 'setup.shortNameHint')}
            <label className="field">
              <span>{t('setup.kind')}</span>
              <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })} name="kind">
                {orgKindChoices().map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {field('setup.country', 'country', ['organisation', 'country'], 'setup.optional')}
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('setup.startWith')}</legend>
          <label className="choice">
            <input type="radio" name="start" value="empty" checked={!form.demo} onChange={() => setForm({ ...form, demo: false })} />
            <span>
              <strong>{t('setup.empty')}</strong>
              <small>{t('setup.emptyHint')}</small>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="start" value="demo" checked={form.demo} onChange={() => setForm({ ...form, demo: true })} />
            <span>
              <strong>{t('setup.demo')}</strong>
              <small>{t('setup.demoHint')}</small>
            </span>
          </label>
        </fieldset>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? (form.demo ? t('setup.settingUpDemo') : t('setup.settingUp')) : t('setup.start')}
        </button>
      </form>
    </div>
  );
}
