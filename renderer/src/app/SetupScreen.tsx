import { useState, type FormEvent } from 'react';
import { ORG_KINDS } from '../../../db/schema/partners';
import type { FieldIssue } from '../../../electron/api/result';
import { invoke } from '../lib/api';
import { queryClient } from './queries';

const KIND_LABELS: Record<(typeof ORG_KINDS)[number], string> = {
  military: 'Military unit',
  ngo: 'NGO',
  un_agency: 'UN agency',
  local_authority: 'Local authority',
  other: 'Other',
};

/** First start: who is at the keyboard and which organisation this installation belongs to. */
export function SetupScreen() {
  const [form, setForm] = useState({ operator: '', name: '', shortName: '', kind: 'military' as (typeof ORG_KINDS)[number], country: '', demo: true });
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
      setMessage(r.error.message);
      return;
    }
    await queryClient.invalidateQueries();
  }

  const field = (label: string, key: 'operator' | 'name' | 'shortName' | 'country', path: string[], hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} aria-invalid={Boolean(issueFor(...path))} name={key} />
      {issueFor(...path) ? <em className="field-error">{issueFor(...path)}</em> : hint ? <small>{hint}</small> : null}
    </label>
  );

  return (
    <div className="setup">
      <form onSubmit={submit} className="setup-card">
        <h1>Welcome to Corridor</h1>
        <p>Two questions before you start. Every change you make is recorded under your name.</p>
        {field('Your name', 'operator', ['operator'], 'As it should appear on documents, e.g. “Sgt. A. Mensah”')}
        <fieldset>
          <legend>This installation belongs to</legend>
          {field('Organisation name', 'name', ['organisation', 'name'])}
          {field('Short name', 'shortName', ['organisation', 'shortName'], 'e.g. NSLB, WFP, HH')}
          <label className="field">
            <span>Kind</span>
            <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as (typeof ORG_KINDS)[number] })} name="kind">
              {ORG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          {field('Country', 'country', ['organisation', 'country'])}
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={form.demo} onChange={(e) => setForm({ ...form, demo: e.target.checked })} name="demo" />
          Load the demo scenario (a fictional mission with partners, sites, a catalogue and stock) to explore
        </label>
        {message && <p className="form-error" role="alert">{message}</p>}
        <button type="submit" disabled={busy}>
          {busy ? 'Setting up…' : 'Start using Corridor'}
        </button>
      </form>
    </div>
  );
}
