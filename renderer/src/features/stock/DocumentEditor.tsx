/* eslint-disable max-lines -- one document page: its state, saving, posting and reversing (with the four-eyes dialog) share the page's state; the header, lines grid, confirmations and panels are already their own files */
import { useT } from '../../i18n';
import { useEffect, useRef, useState } from 'react';
import {
  stockLineInput,
  type StockDocumentAction,
  type StockDocumentDetail,
  type StockDocumentLineView,
  type StockLineInput,
} from '../../../../electron/api/stock';
import type { ApiError } from '../../../../electron/api/result';
import { ErrorPanel } from '../../app/ErrorPanel';
import { queryClient, useCoreQuery } from '../../app/queries';
import { checkRow } from '../../grid/validation';
import { useSaveQueue } from '../../grid/useSaveQueue';
import { invoke } from '../../lib/api';
import { aboutSecondOperator, useSecondOperator, type SecondOperator } from '../operators/SecondOperator';
import { AddLineForm } from './AddLineForm';
import { DocumentConfirm, type ConfirmKind } from './DocumentConfirm';
import { DocumentLinesPaste, useDocumentLinesPaste } from './DocumentLinesPaste';
import { LedgerEntriesTable } from './LedgerEntriesTable';
import { OverIssuePanel } from './OverIssuePanel';
import { overdrawnLines } from './availability';

import { DocumentFacts, DocumentHeaderForm, type HeaderChange } from './DocumentHeader';
import { DocumentSharing } from './DocumentSharing';
import { statusText } from './DocumentList';
import { issuesText } from './issuesText';
import { KIND_LABELS, unitTotalsText } from './labels';
import { lineInput } from './lineInput';
import { LinesGrid } from './LinesGrid';
import { noProblems, placeIssues, type DocProblems } from './issues';
import { ReceivePanel } from './ReceivePanel';
import { TransferArrival } from './TransferArrival';
import { stockHref } from './useHashParams';
import { dateTime } from '../../locale/current';

type Confirm = null | ConfirmKind;

/** The lines' problems with each overdrawn line's message at its quantity (a refusal's own message first). */
function withOverdrawn(problems: DocProblems['lines'], overdrawn: Map<string, string>): DocProblems['lines'] {
  if (overdrawn.size === 0) return problems;
  const out = new Map(problems);
  overdrawn.forEach((message, id) => out.set(id, { quantity: message, ...(out.get(id) ?? {}) }));
  return out;
}

/** One stock document: a draft to edit and post, or a posted one to read, reverse or receive. */
export function DocumentEditor(p: { id: string; onOpen: (id: string) => void; onBack: () => void }) {
  const t = useT();
  const key = { id: p.id };
  const q = useCoreQuery('stock.documents.get', key);
  const [problems, setProblems] = useState<DocProblems>(noProblems);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<StockDocumentLineView | null>(null);
  const secondOperator = useSecondOperator();
  // Saves run one after another, each with the version the previous one produced, so quick
  // edits (a select, then a text field, then Post) never trip over their own version check.
  const { enqueue: serial, pending } = useSaveQueue();
  const latest = () => queryClient.getQueryData<StockDocumentDetail>(['stock.documents.get', key]);
  const show = (next: StockDocumentDetail) => queryClient.setQueryData(['stock.documents.get', key], next);
  const linesPaste = useDocumentLinesPaste(q.data?.document, serial, show);
  // After Post, the confirmation (which had the focus) goes away: the keyboard moves to what
  // happened, the success notice or the refusal, instead of being dropped on the page.
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [focusOutcome, setFocusOutcome] = useState(false);
  useEffect(() => {
    if (!focusOutcome) return;
    setFocusOutcome(false);
    outcomeRef.current?.focus();
  }, [focusOutcome]);

  if (q.isError) return <ErrorPanel error={q.error} title={t('doc.couldNotOpen')} onRetry={() => void q.refetch()} />;
  if (q.isPending) return <div className="pending">{t('doc.opening')}</div>;
  const detail = q.data;
  const d = detail.document;
  const overdrawn = overdrawnLines(detail.lines);
  // What may happen now comes with the document, from the core's workflow definition of its kind.
  const allowed = (action: StockDocumentAction) => d.workflow.actions.find((a) => a.action === action);
  const button = (action: StockDocumentAction) => {
    const a = allowed(action);
    return a ? `${a.label}${a.final ? '…' : ''}` : null;
  };
  const editable = Boolean(allowed('edit'));
  const draft = !d.workflow.final;
  const lineIds = detail.lines.map((l) => l.id);

  // The sharing label sits in the header box, editable whatever the state (posted included).
  const sharing = <DocumentSharing doc={d} serial={serial} version={() => latest()?.document.version ?? d.version} show={show} />;
  const saveHeader = (change: HeaderChange) => serial(() => saveHeaderNow(change));
  async function saveHeaderNow(change: HeaderChange) {
    const r = await invoke('stock.documents.update', { id: d.id, version: latest()?.document.version ?? d.version, ...change });
    if (r.ok) {
      show(r.value);
      setProblems((old) => ({ ...old, header: {} }));
    } else
      setProblems({
        ...noProblems(),
        header: placeIssues(r.error, lineIds).header,
        general: r.error.issues?.length ? [] : [r.error.message],
      });
  }

  const saveLines = (lines: StockLineInput[], ids: (string | null)[]) => serial(() => saveLinesNow(lines, ids));
  async function saveLinesNow(lines: StockLineInput[], ids: (string | null)[]): Promise<ApiError | null> {
    const r = await invoke('stock.lines.save', { documentId: d.id, lines });
    if (r.ok) {
      show(r.value);
      setProblems((old) => {
        const next = new Map(old.lines);
        ids.forEach((id) => id && next.delete(id));
        return { ...old, lines: next, general: [] };
      });
      return null;
    }
    const placed = placeIssues(
      r.error,
      ids.map((id) => id ?? ''),
    );
    setProblems((old) => ({
      ...old,
      lines: new Map([...old.lines, ...placed.lines]),
      general: ids.some((id) => id) ? placed.general : [],
    }));
    return r.error;
  }

  async function changeLine(line: StockDocumentLineView, change: Partial<StockLineInput>): Promise<boolean> {
    linesPaste.forget(); // Ctrl+Z now undoes this edit, not the paste before it
    // Checked at the cell with the contract's own line schema: a value it refuses is never sent.
    const check = checkRow(stockLineInput, lineInput(d.kind, line, change));
    if (!check.ok) {
      setProblems((old) => ({ ...old, lines: new Map(old.lines).set(line.id, { ...(old.lines.get(line.id) ?? {}), ...check.problems }) }));
      return false;
    }
    // Built when its turn comes, from the line as last stored (an earlier save may have changed it).
    const error = await serial(() => {
      const stored = latest()?.lines.find((l) => l.id === line.id) ?? line;
      return saveLinesNow([lineInput(d.kind, stored, change)], [line.id]);
    });
    return error === null;
  }

  async function removeLine(line: StockDocumentLineView) {
    linesPaste.forget(); // the paste before it can no longer be taken back as a whole
    // After the saves already queued, with the line's version as last stored.
    const r = await serial(() => {
      const stored = latest()?.lines.find((l) => l.id === line.id) ?? line;
      return invoke('stock.lines.remove', { documentId: d.id, lines: [{ id: line.id, version: stored.version }] });
    });
    if (r.ok) {
      show(r.value);
      setSelected(null);
      // A removed line takes its refusal with it (else an empty "Not posted" box stays behind).
      setProblems((old) => {
        const lines = new Map(old.lines);
        lines.delete(line.id);
        return { ...old, lines };
      });
    } else setProblems({ ...noProblems(), general: [r.error.message] });
  }

  async function act(what: Exclude<Confirm, null>) {
    // Four-eyes: the core says beside the allowed action whether an approver must check it (the dialog first).
    if ((what === 'post' || what === 'reverse') && d.workflow.actions.find((a) => a.action === what)?.needsSecondOperator) {
      const label = d.workflow.actions.find((a) => a.action === what)?.label ?? what;
      secondOperator.ask(`${label} · ${KIND_LABELS[d.kind]} ${d.number ?? ''}`.trim(), (second) => run(what, second));
      return;
    }
    await run(what);
  }

  /** Runs the action; returns the refusal (null when done) so the second-operator dialog can show a wrong PIN. */
  async function run(what: Exclude<Confirm, null>, secondOperator?: SecondOperator): Promise<ApiError | null> {
    setBusy(what);
    setNotice(null);
    if (what === 'post') {
      const r = await serial(() =>
        invoke('stock.documents.post', { id: d.id, version: latest()?.document.version ?? d.version, secondOperator }),
      );
      setBusy(null);
      if (!r.ok && aboutSecondOperator(r.error)) return r.error;
      setConfirm(null);
      if (r.ok) {
        show(r.value);
        setProblems(noProblems());
        setNotice(t('doc.postedNotice', { number: r.value.document.number ?? '', site: d.siteCode }));
      } else setProblems(placeIssues(r.error, lineIds));
      setFocusOutcome(true);
      return r.ok ? null : r.error;
    } else if (what === 'reverse') {
      const r = await invoke('stock.documents.reverse', {
        id: d.id,
        version: latest()?.document.version ?? d.version,
        reason,
        secondOperator,
      });
      setBusy(null);
      if (r.ok) {
        setConfirm(null);
        setReason('');
        p.onOpen(r.value.document.id);
        return null;
      }
      if (!aboutSecondOperator(r.error)) setProblems(placeIssues(r.error, lineIds));
      return r.error;
    } else {
      const r = await serial(() => invoke('stock.documents.delete', { id: d.id, version: latest()?.document.version ?? d.version }));
      setBusy(null);
      if (r.ok) p.onBack();
      else setProblems({ ...noProblems(), general: [r.error.message] });
      return null;
    }
  }

  const problemCount =
    problems.general.length +
    Object.keys(problems.header).length +
    detail.lines.reduce((n, l) => n + Object.keys(problems.lines.get(l.id) ?? {}).length, 0);
  // Where the core explains why a document cannot be reversed, the way to correct the stock is said instead.
  const notReversible = d.workflow.refused.find((r) => r.action === 'reverse')?.message ?? null;

  return (
    <div className="stock-page" data-testid="document-editor" data-status={d.status}>
      <div className="doc-head">
        <button type="button" className="secondary small" onClick={p.onBack} title={t('doc.backToListTitle')}>
          {t('doc.backArrow')}
        </button>
        <h2 data-testid="document-title">
          {KIND_LABELS[d.kind]} · {d.number ?? t('doc.draftNumbered')}
        </h2>
        <span className={`badge ${d.workflow.state}`} data-testid="document-status">
          {statusText(d)}
        </span>
        <span>
          {t('doc.at')} <strong>{d.siteCode}</strong> — {d.siteName}
        </span>
        {d.relatedDocumentId && (
          <a href={stockHref('stock-documents', { id: d.relatedDocumentId })}>
            {t(d.kind === 'count' ? 'doc.relatedAdjustment' : 'doc.related', { number: d.relatedDocumentNumber ?? t('doc.draftWord') })}
          </a>
        )}
        {d.reversesDocumentId && <a href={stockHref('stock-documents', { id: d.reversesDocumentId })}>{t('doc.reversesOriginal')}</a>}
        {d.reversedByDocumentId && (
          <a href={stockHref('stock-documents', { id: d.reversedByDocumentId })}>
            {t('doc.reversalLink', { number: d.reversedByNumber ?? '' })}
          </a>
        )}
        {d.receivedByDocumentId && (
          <a href={stockHref('stock-documents', { id: d.receivedByDocumentId })}>
            {t('doc.receiptLink', { number: d.receivedByNumber ?? '' })}
          </a>
        )}
      </div>
      {editable ? (
        <DocumentHeaderForm doc={d} errors={problems.header} onSave={(c) => void saveHeader(c)} extra={sharing} />
      ) : (
        <DocumentFacts doc={d} extra={sharing} />
      )}
      {allowed('editLines') && (
        <AddLineForm
          doc={d}
          lines={detail.lines}
          onAdd={(lines) => {
            linesPaste.forget();
            return saveLines(
              lines,
              lines.map(() => null),
            );
          }}
        />
      )}
      {allowed('editLines') && <DocumentLinesPaste p={linesPaste} />}
      {problemCount > 0 && (
        <div className="problems" role="alert" data-testid="document-problems" tabIndex={-1} ref={notice ? undefined : outcomeRef}>
          <strong>{draft ? t('doc.notPosted') : t('doc.refused')}</strong> {issuesText(problems, detail.lines)}
        </div>
      )}
      {secondOperator.dialog}
      <OverIssuePanel overdrawn={overdrawn} lines={detail.lines} siteCode={d.siteCode} />
      {!notice && d.number && d.postedAt && (
        <div className="posted-banner" data-testid="posted-banner">
          {t('doc.postedBannerBefore')} <strong>{d.number}</strong>{' '}
          {t('doc.postedBannerAfter', { when: dateTime(d.postedAt), who: d.postedBy ?? '?' })}
          {d.secondOperator && (
            <>
              {' '}
              <span data-testid="checked-by">{t('fourEyes.checkedBy', { who: d.secondOperator })}</span>
            </>
          )}
        </div>
      )}
      {notice && (
        <div className="success-panel" role="status" data-testid="document-notice" tabIndex={-1} ref={outcomeRef}>
          {notice}
        </div>
      )}
      {d.kind === 'count' ? (
        // A count's lines (what was expected and what was counted) live on its count sheet, not in
        // the document's own lines, which stay empty until the approval posts the adjustment.
        <div className="count-on-sheet" data-testid="count-on-sheet">
          {t('doc.countLinesOnSheet')}{' '}
          <a href={stockHref('stock-counts', { id: d.id })} data-testid="open-count-sheet">
            {t('doc.openCountSheet')}
          </a>
        </div>
      ) : (
        <LinesGrid
          kind={d.kind}
          lines={detail.lines}
          editable={Boolean(allowed('editLines'))}
          problems={withOverdrawn(problems.lines, overdrawn)}
          saving={pending > 0}
          onChange={changeLine}
          onLocalProblem={(id, field, message) =>
            setProblems((old) => ({ ...old, lines: new Map(old.lines).set(id, { ...(old.lines.get(id) ?? {}), [field]: message }) }))
          }
          onSelect={setSelected}
          documentId={d.id}
          onBlockPaste={allowed('editLines') ? linesPaste.onBlock : undefined}
          onUndoKey={linesPaste.undo}
        />
      )}
      {allowed('receive') && <ReceivePanel doc={d} lines={detail.lines} onReceived={p.onOpen} />}
      {d.kind === 'transfer_out' && d.status === 'posted' && !d.reversedByDocumentId && !allowed('receive') && (
        <TransferArrival doc={d} lines={detail.lines} />
      )}
      {detail.entries.length > 0 && <LedgerEntriesTable entries={detail.entries} />}
      <div className="doc-actions">
        {button('post') && (
          <button
            type="button"
            onClick={() => setConfirm('post')}
            disabled={busy !== null || detail.lines.length === 0}
            data-testid="post-document"
            title={detail.lines.length ? '' : t('doc.addLineFirst')}
          >
            {button('post')}
          </button>
        )}
        {allowed('editLines') && selected && (
          <button type="button" className="secondary" onClick={() => void removeLine(selected)}>
            {t('doc.removeLine', { n: selected.lineNo })}
          </button>
        )}
        {button('delete') && (
          <button type="button" className="secondary" onClick={() => setConfirm('delete')} disabled={busy !== null}>
            {button('delete')}
          </button>
        )}
        {allowed('editLines') && (
          <span className="hint">
            {t('doc.linesCount', { count: detail.lines.length })} · {unitTotalsText(d)}. {t('doc.editHint')}
          </span>
        )}
        {notReversible && (
          <span className="hint" data-testid="not-reversible">
            {notReversible}
          </span>
        )}
        {button('reverse') && (
          <button type="button" className="secondary" onClick={() => setConfirm('reverse')} data-testid="reverse-document">
            {button('reverse')}
          </button>
        )}
      </div>
      {confirm && (
        <DocumentConfirm
          confirm={confirm}
          doc={d}
          lineCount={detail.lines.length}
          busy={busy}
          reason={reason}
          onReason={setReason}
          reasonError={problems.header.reason}
          onAct={(what) => void act(what)}
          onCancel={() => setConfirm(null)}
        />
      )}
    </div>
  );
}
