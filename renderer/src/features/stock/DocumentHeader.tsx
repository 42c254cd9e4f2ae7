import { useEffect, useState, type ReactNode } from 'react';
import { isIsoDate } from '../../locale/DateField';
import { STOCK_DOCUMENT_HEADER_LABELS, type StockDocumentView } from '../../../../electron/api/stock';
import { ChoiceSelect, OrgSelect, SiteSelect, TextField } from './controls';
import { useCoreQuery } from '../../app/queries';
import { day, reasonLabel, reasonsFor, shownDay, today } from './labels';
import { useT } from '../../i18n';

/** Whole days from one calendar day (YYYY-MM-DD) to a later one. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

export type HeaderChange = Partial<
  Record<
    | 'occurredAt'
    | 'counterpartyOrgId'
    | 'otherSiteId'
    | 'ownerOrgId'
    | 'toOwnerOrgId'
    | 'reasonCode'
    | 'reference'
    | 'notes'
    | 'backdateReason'
    | 'expectedArrival',
    string
  >
>;

/** Which header fields a kind uses, and what they are called for it. */
function fieldsOf(kind: StockDocumentView['kind']) {
  const labels = STOCK_DOCUMENT_HEADER_LABELS[kind] ?? {};
  return {
    counterparty: labels.counterpartyOrgId ?? null,
    otherSite: labels.otherSiteId ?? null,
    owner: labels.ownerOrgId ?? null,
    toOwner: labels.toOwnerOrgId ?? null,
    reason: reasonsFor(kind).length > 0,
  };
}

/** A draft's header, saved field by field (selects at once, text on Enter or leaving the field). */
export function DocumentHeaderForm(p: {
  doc: StockDocumentView;
  errors: Record<string, string>;
  onSave: (change: HeaderChange) => void;
  disabled?: boolean;
  /** Shown after the fields (the sharing label, saved on its own). */
  extra?: ReactNode;
}) {
  const t = useT();
  const d = p.doc;
  const f = fieldsOf(d.kind);
  const [date, setDate] = useState(day(d.occurredAt));
  const [reference, setReference] = useState(d.reference);
  const [notes, setNotes] = useState(d.notes);
  const [backdateReason, setBackdateReason] = useState(d.backdateReason);
  const [expected, setExpected] = useState(d.expectedArrival ?? '');
  // Each field follows its own stored value only: a saved date coming back must not wipe a reason
  // being typed (on a slow laptop the answer came after the reason was typed, and Enter saved '').
  useEffect(() => setDate(day(d.occurredAt)), [d.occurredAt]);
  useEffect(() => setReference(d.reference), [d.reference]);
  useEffect(() => setNotes(d.notes), [d.notes]);
  useEffect(() => setBackdateReason(d.backdateReason), [d.backdateReason]);
  useEffect(() => setExpected(d.expectedArrival ?? ''), [d.expectedArrival]);
  // The backdating limit is the installation's setting (Database page); past it, a reason is asked for.
  const rules = useCoreQuery('system.rules.get', {});
  const limit = rules.data?.backdateLimitDays;
  const back = date ? daysBetween(date, today()) : 0;
  const needsReason = limit !== undefined && back > limit;
  const e = p.errors;
  return (
    <div className="doc-header-form" data-testid="document-header">
      <TextField
        label={t('col.date')}
        type="date"
        value={date}
        onChange={setDate}
        onCommit={() => date !== day(d.occurredAt) && isIsoDate(date) && p.onSave({ occurredAt: date })}
        error={e.occurredAt}
        testId="header-date"
      />
      {limit !== undefined && (
        <span className="hint backdate-limit" data-testid="header-backdate-limit">
          {needsReason ? t('doc.backdateOver', { back, limit }) : t('doc.backdateUpTo', { limit })}
        </span>
      )}
      {(needsReason || d.backdateReason) && (
        <TextField
          label={t('doc.backdateReason')}
          value={backdateReason}
          onChange={setBackdateReason}
          onCommit={() => backdateReason !== d.backdateReason && p.onSave({ backdateReason })}
          error={e.backdateReason ?? (needsReason && !backdateReason.trim() ? t('doc.backdateRequired') : undefined)}
          testId="header-backdate-reason"
          width={280}
        />
      )}
      {f.counterparty && (
        <OrgSelect
          label={f.counterparty}
          value={d.counterpartyOrgId ?? ''}
          blank="—"
          onChange={(v) => p.onSave({ counterpartyOrgId: v })}
          error={e.counterpartyOrgId}
          testId="header-counterparty"
        />
      )}
      {f.otherSite && (
        <SiteSelect
          label={f.otherSite}
          value={d.otherSiteId ?? ''}
          blank="—"
          exclude={d.siteId}
          onChange={(v) => p.onSave({ otherSiteId: v })}
          error={e.otherSiteId}
          testId="header-other-site"
        />
      )}
      {d.kind === 'transfer_out' && (
        // The sender's expected arrival: the receiving site's Incoming transfers shows it (a convoy's plan wins).
        <TextField
          label={t('field.expectedArrival')}
          type="date"
          value={expected}
          onChange={setExpected}
          onCommit={() =>
            expected !== (d.expectedArrival ?? '') && (expected === '' || isIsoDate(expected)) && p.onSave({ expectedArrival: expected })
          }
          error={e.expectedArrival}
          title={t('expectedArrival.hint')}
          testId="header-expected-arrival"
        />
      )}
      {f.owner && (
        <OrgSelect
          label={f.owner}
          value={d.ownerOrgId ?? ''}
          blank="—"
          onChange={(v) => p.onSave({ ownerOrgId: v })}
          error={e.ownerOrgId}
          testId="header-owner"
        />
      )}
      {f.toOwner && (
        <OrgSelect
          label={f.toOwner}
          value={d.toOwnerOrgId ?? ''}
          blank="—"
          onChange={(v) => p.onSave({ toOwnerOrgId: v })}
          error={e.toOwnerOrgId}
          testId="header-to-owner"
        />
      )}
      {f.reason && (
        <ChoiceSelect
          label={t('doc.reason')}
          value={d.reasonCode ?? ''}
          blank="—"
          choices={reasonsFor(d.kind)}
          onChange={(v) => p.onSave({ reasonCode: v })}
          error={e.reasonCode}
          testId="header-reason"
        />
      )}
      <TextField
        label={t('doc.referenceLabel')}
        value={reference}
        onChange={setReference}
        onCommit={() => reference !== d.reference && p.onSave({ reference })}
        error={e.reference}
        testId="header-reference"
        width={240}
      />
      <TextField
        label={t('doc.notes')}
        value={notes}
        onChange={setNotes}
        onCommit={() => notes !== d.notes && p.onSave({ notes })}
        error={e.notes}
        width={300}
      />
      {p.extra}
    </div>
  );
}

/** A posted document's header, read-only. */
export function DocumentFacts({ doc: d, extra }: { doc: StockDocumentView; extra?: ReactNode }) {
  const t = useT();
  const f = fieldsOf(d.kind);
  const fact = (label: string, value: string | null | undefined) =>
    value ? (
      <div>
        <span>{label}:</span>
        {value}
      </div>
    ) : null;
  return (
    <div className="doc-facts" data-testid="document-facts">
      {fact(t('col.date'), shownDay(d.occurredAt))}
      {fact(t('col.site'), `${d.siteCode} — ${d.siteName}`)}
      {fact(f.counterparty ?? t('doc.counterparty'), d.counterpartyShortName)}
      {fact(d.kind === 'transfer_in' || d.kind === 'receipt' ? t('doc.fromSiteLabel') : t('doc.header.toSite'), d.otherSiteCode)}
      {fact(t('field.expectedArrival'), d.expectedArrival ? shownDay(d.expectedArrival) : null)}
      {fact(f.owner ?? t('col.owner'), d.ownerShortName)}
      {fact(t('doc.header.newOwner'), d.toOwnerShortName)}
      {fact(t('doc.reason'), reasonLabel(d.reasonCode))}
      {fact(t('col.reference'), d.reference)}
      {fact(t('doc.notes'), d.notes)}
      {fact(t('doc.backdateReason'), d.backdateReason)}
      {fact(t('doc.posted'), d.postedAt ? t('doc.postedOnBy', { date: shownDay(d.postedAt), who: d.postedBy ?? '' }) : null)}
      {fact(t('fourEyes.colCheckedBy'), d.secondOperator)}
      {fact(t('col.lines'), String(d.lineCount))}
      {extra}
    </div>
  );
}
