import { useState, type FormEvent } from 'react';
import type { ORG_KINDS } from '../../../electron/api/vocabularies';
import type { FieldIssue } from '../../../electron/api/result';
import { invoke } from '../lib/api';
import { explain } from './errors';
import { orgKindChoices } from './labels';
import { queryClient } from './queries';

type Kind = (typeof ORG_KINDS)[number];

/** First start: who is at the keyboard, which organisation this installation belongs to, demo or empty. */
export function SetupScreen() {
  const [form, setForm] = useState({ operator: '', name: '', shortName: '', kind: 'military' as Kind, country: '', demo: false });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const issueFor = (...path: string[]) => issues.find((i) => i.path.join('.') === path.join('.'))?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await invoke('system.setup', {
      operator: form.operator,
      organisation: { name: form.name, shortName: form.shortName, kind: form.kind, country: form.country },
      demo: form.demo,
    });
    setBusy(false);
    if (!r.ok) {
      setIssues(r.error.issues ?? []);
      const { message: m, fix } = explain(r.error);
      setMessage(r.error.issues?.length ? 'Some answers need fixing (marked in red), then press Start again.' : `${m} ${fix}`);
      return;
    }
    await queryClient.invalidateQueries();
  }

  const field = (label: string, key: 'operator' | 'name' | 'shortName' | 'country', path: string[], hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        aria-invalid={Boolean(issueFor(...path))}
        name={key}
      />
      {issueFor(...path) ? <em className="field-error">{issueFor(...path)}</em> : hint ? <small>{hint}</small> : null}
    </label>
  );

  return (
    <div className="setup">
      <form onSubmit={submit} className="setup-card" aria-label="First start">
        <h1>Welcome to Corridor</h1>
        <p className="lead">Three questions before you start. Every change you make is recorded under your name in the audit trail.</p>
        {field(
          'Your name',
          'operator',
          ['operator'],
          'As it should appear on documents, e.g. “Sgt. A. Mensah”. Another person can take over later from the top bar.',
        )}
        <fieldset>
          <legend>This installation belongs to</legend>
          {field('Organisation name', 'name', ['organisation', 'name'], 'e.g. Northern Sector Logistics Battalion')}
          <div className="field-row">
            {field('Short name', 'shortName', ['organisation', 'shortName'], 'e.g. NSLB, WFP, HH')}
            <label className="field">
              <span>Kind</span>
              <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })} name="kind">
                {orgKindChoices.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {field('Country', 'country', ['organisation', 'country'], 'Optional')}
        </fieldset>
        <fieldset className="choice-group">
          <legend>Start with</legend>
          <label className="choice">
            <input type="radio" name="start" value="empty" checked={!form.demo} onChange={() => setForm({ ...form, demo: false })} />
            <span>
              <strong>An empty database</strong>
              <small>For real work: add your partners, sites and catalogue, or paste them from spreadsheets.</small>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="start" value="demo" checked={form.demo} onChange={() => setForm({ ...form, demo: true })} />
            <span>
              <strong>The demo scenario</strong>
              <small>
                A fictional mission with a forward base, two NGO warehouses, about ten partner organisations and fifty catalogue items, to
                explore or train. Do not mix with real records.
              </small>
            </span>
          </label>
        </fieldset>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? (form.demo ? 'Setting up and loading the demo…' : 'Setting up…') : 'Start using Corridor'}
        </button>
      </form>
    </div>
  );
}
