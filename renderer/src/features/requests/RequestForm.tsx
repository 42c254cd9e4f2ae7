/* eslint-disable max-lines -- one form: the request header, its lines and the last-resort, escort and military-to-NGO sections share one draft state */
import { useState } from 'react';
import type { OpInput } from '../../../../electron/api/contract';
import type { ApiError } from '../../../../electron/api/result';
import type { RequestDetail } from '../../../../electron/api/requests';
import {
  ASKED_FIELDS,
  ESCORT_FIELDS,
  LAST_RESORT_FIELDS,
  REQUEST_PRIORITY_KEYS,
  REQUEST_TYPE_KEYS,
  type RequestTextKey as TextKey,
} from '../../../../electron/api/i18n';
import { REQUEST_TYPES, type RequestType } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { useCoreQuery } from '../../app/queries';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { ChoiceSelect, ItemInput, OrgSelect } from '../stock/controls';
import { findItem, useItems, useOrganisations } from '../stock/lookups';

/**
 * A new request, or a draft's header and lines: the Logistics Cluster SRF's information (who asks
 * whom, what, from where to where, by when, why), plus the last-resort record when the provider is
 * military, the four escort criteria for an escort, and what is asked when the military asks an NGO.
 * The core checks everything again; its refusals are shown at the field they name.
 */

interface LineDraft {
  kind: 'item' | 'capacity';
  itemText: string;
  description: string;
  quantity: string;
  unit: string;
  durationDays: string;
}
const emptyLine = (): LineDraft => ({ kind: 'capacity', itemText: '', description: '', quantity: '', unit: '', durationDays: '' });

type Header = Record<TextKey | 'title' | 'fromPlace' | 'toPlace' | 'contact', string> & {
  requesterOrgId: string;
  providerOrgId: string;
  type: RequestType | '';
  priority: string;
  neededBy: string;
  militaryStart: string;
  militaryEnd: string;
  escortEndDate: string;
};

function headerOf(d: RequestDetail | null, homeOrgId: string): Header {
  const r = d?.request;
  const text = (k: keyof NonNullable<typeof r>) => (r ? String(r[k] ?? '') : '');
  const keys = [...LAST_RESORT_FIELDS, ...ESCORT_FIELDS, ...ASKED_FIELDS].map((f) => f.key);
  return {
    ...(Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<TextKey, string>),
    justification: text('justification'),
    title: text('title'),
    fromPlace: text('fromPlace'),
    toPlace: text('toPlace'),
    contact: text('contact'),
    requesterOrgId: r?.requesterOrgId ?? '',
    providerOrgId: r?.providerOrgId ?? homeOrgId,
    type: r?.type ?? '',
    priority: r ? String(r.priority) : '3',
    neededBy: text('neededBy'),
    militaryStart: text('militaryStart'),
    militaryEnd: text('militaryEnd'),
    escortEndDate: text('escortEndDate'),
  };
}

export function RequestForm(p: { existing: RequestDetail | null; onSaved: (saved: RequestDetail) => void; onCancel: () => void }) {
  const t = useT();
  const status = useCoreQuery('system.status', {});
  const homeOrgId = status.data?.homeOrganisation?.id ?? '';
  const orgs = useOrganisations();
  const items = useItems(true);
  const [h, setH] = useState<Header>(() => headerOf(p.existing, homeOrgId));
  const [lines, setLines] = useState<LineDraft[]>(() =>
    p.existing
      ? p.existing.lines.map((l) => ({
          kind: l.kind,
          itemText: l.itemCode ? `${l.itemCode} — ${l.itemName}` : '',
          description: l.description,
          quantity: String(l.quantity),
          unit: l.unit,
          durationDays: l.durationDays == null ? '' : String(l.durationDays),
        }))
      : [emptyLine()],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Header) => (v: string) => setH((x) => ({ ...x, [k]: v }));
  const setLine = (i: number, k: keyof LineDraft, v: string) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, [k]: v } : l)));
  const at = (...path: (string | number)[]) => error?.issues?.find((i) => JSON.stringify(i.path) === JSON.stringify(path))?.message;

  const provider = orgs.byId.get(h.providerOrgId);
  const requester = orgs.byId.get(h.requesterOrgId);
  const toMilitary = provider?.kind === 'military';
  const fromMilitary = requester?.kind === 'military' && !toMilitary;

  async function save() {
    setBusy(true);
    setError(null);
    const lineInputs = lines
      .filter((l) => l.quantity || l.description || l.itemText)
      .map((l) => ({
        kind: l.kind,
        itemId: l.kind === 'item' ? (findItem(items, l.itemText)?.id ?? (l.itemText ? 'not-an-item' : undefined)) : undefined,
        description: l.description,
        quantity: l.quantity,
        unit: l.unit || (l.kind === 'item' ? (findItem(items, l.itemText)?.baseUnit ?? '') : ''),
        durationDays: l.durationDays,
      }));
    const header = {
      ...h,
      type: h.type || undefined,
      priority: Number(h.priority),
    } as unknown as OpInput<'requests.create'>;
    const r = p.existing
      ? await invoke('requests.update', {
          ...header,
          id: p.existing.request.id,
          version: p.existing.request.version,
          actingOrgId: p.existing.request.requesterOrgId,
          lines: lineInputs,
        } as OpInput<'requests.update'>)
      : await invoke('requests.create', {
          ...header,
          actingOrgId: h.requesterOrgId || undefined,
          lines: lineInputs,
        } as OpInput<'requests.create'>);
    setBusy(false);
    if (r.ok) p.onSaved(r.value);
    else setError(r.error);
  }

  const text = (k: keyof Header, label: string, opts: { long?: boolean; type?: string; hint?: string } = {}) => (
    <label className={`req-field${at(k) ? ' has-error' : ''}${opts.long ? ' long' : ''}`} key={k}>
      <span>{label}</span>
      {opts.long ? (
        <textarea value={h[k]} onChange={(e) => set(k)(e.target.value)} rows={2} placeholder={opts.hint} aria-invalid={Boolean(at(k))} />
      ) : (
        <input
          type={opts.type ?? 'text'}
          value={h[k]}
          onChange={(e) => set(k)(e.target.value)}
          placeholder={opts.hint}
          aria-invalid={Boolean(at(k))}
        />
      )}
      {at(k) && <em className="field-error">{at(k)}</em>}
    </label>
  );

  return (
    <div className="req-page" data-testid="request-form">
      <h2>{p.existing ? t('requests.editDraft', { number: p.existing.request.number }) : t('requests.newTitle')}</h2>
      <section className="req-section">
        <div className="req-grid">
          <OrgSelect
            label={t('requests.requester')}
            value={h.requesterOrgId}
            onChange={set('requesterOrgId')}
            error={at('requesterOrgId')}
            testId="req-requester"
          />
          <OrgSelect
            label={t('requests.provider')}
            value={h.providerOrgId}
            onChange={set('providerOrgId')}
            error={at('providerOrgId')}
            testId="req-provider"
          />
          <ChoiceSelect
            label={t('requests.type')}
            value={h.type}
            onChange={set('type')}
            error={at('type')}
            choices={REQUEST_TYPES.map((k) => ({ value: k, label: t(REQUEST_TYPE_KEYS[k]) }))}
            testId="req-type"
          />
          <ChoiceSelect
            label={t('requests.priority')}
            value={h.priority}
            onChange={set('priority')}
            choices={([1, 2, 3] as const).map((n) => ({ value: String(n), label: t(REQUEST_PRIORITY_KEYS[n]) }))}
            testId="req-priority"
          />
          {text('neededBy', t('requests.col.neededBy'), { type: 'date' })}
        </div>
        <div className="req-grid">
          {text('title', t('requests.titleField'), { hint: t('requests.titleHint') })}
          {text('fromPlace', t('requests.fromPlace'))}
          {text('toPlace', t('requests.toPlace'))}
          {text('contact', t('requests.contactField'))}
        </div>
        {text('justification', t('requests.justificationField'), { long: true })}
      </section>

      <section className="req-section">
        <h3>{t('requests.linesTitle')}</h3>
        <table className="req-table">
          <thead>
            <tr>
              <th>{t('requests.col.kind')}</th>
              <th>{t('requests.col.itemOrDescription')}</th>
              <th>{t('requests.col.quantity')}</th>
              <th>{t('requests.col.unit')}</th>
              <th>{t('requests.col.days')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i} data-testid="req-line">
                <td>
                  <select
                    value={l.kind}
                    onChange={(e) => setLine(i, 'kind', e.target.value)}
                    aria-label={t('requests.lineKind', { line: i + 1 })}
                  >
                    <option value="capacity">{t('requests.kind.capacity')}</option>
                    <option value="item">{t('requests.kind.item')}</option>
                  </select>
                </td>
                <td>
                  {l.kind === 'item' ? (
                    <ItemInput
                      label=""
                      text={l.itemText}
                      onText={(text) => setLine(i, 'itemText', text)}
                      error={at('lines', i, 'itemId')}
                    />
                  ) : (
                    <input
                      value={l.description}
                      onChange={(e) => setLine(i, 'description', e.target.value)}
                      placeholder={t('requests.capacityHint')}
                      aria-label={t('requests.lineDescription', { line: i + 1 })}
                    />
                  )}
                  {at('lines', i, 'description') && <em className="field-error">{at('lines', i, 'description')}</em>}
                </td>
                <td>
                  <input
                    value={l.quantity}
                    onChange={(e) => setLine(i, 'quantity', e.target.value)}
                    inputMode="numeric"
                    aria-label={t('requests.lineQuantity', { line: i + 1 })}
                  />
                  {at('lines', i, 'quantity') && <em className="field-error">{at('lines', i, 'quantity')}</em>}
                </td>
                <td>
                  <input
                    value={l.unit}
                    onChange={(e) => setLine(i, 'unit', e.target.value)}
                    placeholder={l.kind === 'item' ? (findItem(items, l.itemText)?.baseUnit ?? 'each') : t('requests.unitHintCapacity')}
                    aria-label={t('requests.lineUnit', { line: i + 1 })}
                  />
                  {at('lines', i, 'unit') && <em className="field-error">{at('lines', i, 'unit')}</em>}
                </td>
                <td>
                  <input
                    value={l.durationDays}
                    onChange={(e) => setLine(i, 'durationDays', e.target.value)}
                    inputMode="numeric"
                    aria-label={t('requests.lineDays', { line: i + 1 })}
                  />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}>
                    {t('requests.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setLines((ls) => [...ls, emptyLine()])}>
          {t('requests.addLine')}
        </button>
      </section>

      {toMilitary && (
        <section className="req-section">
          <h3>{t('requests.lastResortFormTitle')}</h3>
          {LAST_RESORT_FIELDS.map((f) => text(f.key, t(f.label), { long: true }))}
          <div className="req-grid">
            {text('militaryStart', t('requests.militaryStart'), { type: 'date' })}
            {text('militaryEnd', t('requests.militaryEnd'), { type: 'date' })}
          </div>
        </section>
      )}
      {h.type === 'escort' && (
        <section className="req-section">
          <h3>{t('requests.escortFormTitle')}</h3>
          {ESCORT_FIELDS.map((f) => text(f.key, t(f.label), { long: true }))}
          {text('escortEndDate', t('requests.escortEnd'), { type: 'date' })}
        </section>
      )}
      {fromMilitary && (
        <section className="req-section">
          <h3>{t('requests.askedFormTitle')}</h3>
          {ASKED_FIELDS.map((f) => text(f.key, t(f.label), { long: true }))}
        </section>
      )}

      {error && (
        <div className="req-error" role="alert">
          <strong>{explain(error).message}</strong> {explain(error).fix}
        </div>
      )}
      <div className="req-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()} data-testid="req-save">
          {p.existing ? t('requests.saveDraft') : t('requests.createDraft')}
        </button>
        <button type="button" onClick={p.onCancel}>
          {t('common.cancel')}
        </button>
        <span className="hint">
          {t('requests.draftHint')} {items.loading ? t('requests.loadingCatalogue') : ''}
        </span>
      </div>
    </div>
  );
}
