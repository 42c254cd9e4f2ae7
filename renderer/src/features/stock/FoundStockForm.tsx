import { useMemo, useState } from 'react';
import type { CountLineView, PastedFound } from '../../../../electron/api/stock';
import { STOCK_CONDITIONS } from '../../../../electron/api/vocabularies';
import { explain } from '../../app/errors';
import { useT } from '../../i18n';
import { invoke } from '../../lib/api';
import { readNumber } from '../../locale/current';
import { ChoiceSelect, ItemInput, OrgSelect, TextField } from './controls';
import { CONDITION_LABELS, qty } from './labels';
import { findItem, useItems } from './lookups';
import { foundPasteColumns } from './linePaste';
import { PastedLinesBox } from '../../grid/PastedLinesBox';
import { usePastedLines } from '../../grid/usePastedLines';
import { useLanguage } from '../../i18n';

const COUNTABLE = STOCK_CONDITIONS;

/**
 * Stock found on the shelf that the sheet does not list (a lot the site did not expect, or a new
 * batch): added to the sheet as a counted line. The core checks the item, lot and owner, creates
 * the lot if it is new, and sets what was expected from the ledger (usually 0). Paste found stock…
 * adds a block copied from a spreadsheet the same way, all or nothing.
 */
export function FoundStockForm(p: { documentId: string; onAdded: (lines: CountLineView[]) => void }) {
  const t = useT();
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const pasteColumns = useMemo(() => foundPasteColumns(), [language]);
  const paste = usePastedLines({
    columns: pasteColumns,
    send: (columns, rows) => invoke('stock.count.pasteFound', { documentId: p.documentId, columns, rows }),
    onPasted: (r: PastedFound) => {
      paste.setOpen(false);
      p.onAdded(r.lines);
      setOutcome({ kind: 'done', text: t('linePaste.foundAdded', { count: r.lines.length }) });
    },
  });
  const items = useItems();
  const [itemText, setItemText] = useState('');
  const [lotNumber, setLotNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [owner, setOwner] = useState('');
  const [condition, setCondition] = useState<string>('good');
  const [counted, setCounted] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    const item = findItem(items, itemText);
    const n = readNumber(counted);
    const problems: Record<string, string> = {};
    if (!item) problems.itemId = t('found.noItem');
    if (!n.ok || n.value == null || n.value < 0 || !Number.isInteger(n.value)) problems.counted = t('found.badCount');
    setErrors(problems);
    if (!item || Object.keys(problems).length > 0 || !n.ok || n.value == null) return;
    setBusy(true);
    const r = await invoke('stock.count.addLine', {
      documentId: p.documentId,
      itemId: item.id,
      lotNumber: lotNumber || undefined,
      expiryDate: expiry || undefined,
      ownerOrgId: owner || undefined,
      condition: condition as (typeof COUNTABLE)[number],
      counted: n.value,
    });
    setBusy(false);
    if (!r.ok) {
      const e = explain(r.error);
      setErrors(Object.fromEntries((r.error.issues ?? []).map((i) => [String(i.path[0]), i.message])));
      setOutcome({ kind: 'error', text: `${t('found.notAdded')}: ${e.message}` });
      return;
    }
    p.onAdded([r.value]);
    setOutcome({
      kind: 'done',
      text: t('found.added', {
        lineNo: r.value.lineNo,
        item: r.value.itemCode,
        lot: r.value.lotNumber || '—',
        counted: qty(r.value.counted),
      }),
    });
    setItemText('');
    setLotNumber('');
    setExpiry('');
    setCounted('');
  }

  return (
    <details className="found-stock" data-testid="found-stock">
      <summary>{t('found.title')}</summary>
      <p className="hint">
        {t('found.hint')}{' '}
        {!paste.open && (
          <button
            type="button"
            className="secondary small"
            onClick={() => (setOutcome(null), paste.setOpen(true))}
            title={t('linePaste.foundButtonTitle')}
            data-testid="paste-found"
          >
            {t('linePaste.foundButton')}
          </button>
        )}
      </p>
      <PastedLinesBox
        paste={paste}
        nouns={t('linePaste.foundNouns')}
        headers={pasteColumns.map((c) => c.header)}
        how={t('linePaste.foundHow')}
        onBlock={paste.onBlock}
      />
      <div className="stock-bar" onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && void add()}>
        <ItemInput label={t('found.item')} text={itemText} onText={setItemText} error={errors.itemId} testId="found-item" />
        <TextField
          label={t('found.lot')}
          value={lotNumber}
          onChange={setLotNumber}
          error={errors.lotNumber}
          testId="found-lot"
          width={120}
        />
        <TextField
          label={t('found.expiry')}
          type="date"
          value={expiry}
          onChange={setExpiry}
          error={errors.expiryDate}
          testId="found-expiry"
        />
        <OrgSelect label={t('found.owner')} value={owner} onChange={setOwner} error={errors.ownerOrgId} testId="found-owner" />
        <ChoiceSelect
          label={t('found.condition')}
          value={condition}
          onChange={setCondition}
          choices={COUNTABLE.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
        />
        <TextField
          label={t('found.counted')}
          type="number"
          value={counted}
          onChange={setCounted}
          error={errors.counted}
          testId="found-counted"
          width={100}
        />
        <button type="button" onClick={() => void add()} disabled={busy} data-testid="found-add">
          {busy ? t('found.adding') : t('found.add')}
        </button>
      </div>
      {outcome && (
        <div className={outcome.kind === 'error' ? 'problems' : 'success-panel'} role="status" data-testid="found-outcome">
          {outcome.text}
        </div>
      )}
    </details>
  );
}
