/* eslint-disable max-lines -- one form: item, lot, FEFO suggestion, packs and availability share one draft state; the parts that stand alone live in stock/lineInput */
import { readNumber } from '../../locale/current';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { useRef, useState } from 'react';
import type { FefoSuggestion, StockDocumentLineView, StockDocumentView, StockLineInput } from '../../../../electron/api/stock';
import type { ApiError } from '../../../../electron/api/result';
import { explain } from '../../app/errors';
import { invoke } from '../../lib/api';
import { ChoiceSelect, ItemInput, OrgSelect, TextField } from './controls';
import { CONDITION_LABELS, day } from './labels';
import { FefoSuggestionBox } from './FefoSuggestionBox';
import { CONDITIONS, LotChoice, NewStockFields, QuantityFields, type Condition } from './AddLineFields';
import { useLotPick } from './useLotPick';
import { FEFO_DOCUMENT_KINDS, PICKING_DOCUMENT_KINDS } from '../../../../electron/api/vocabularies';
import { findItem, useItems, useSites } from './lookups';
import { useT } from '../../i18n';
import { date } from '../../locale/current';

interface Props {
  doc: StockDocumentView;
  /** The draft's lines so far (what they already take from each lot). */
  lines: StockDocumentLineView[];
  /** Adds lines to the draft; resolves to the refusal, or null when saved. */
  onAdd: (lines: StockLineInput[]) => Promise<ApiError | null>;
}

/**
 * (A little over 300 lines: one form whose fields depend on each other — the document kind, picking from
 * stock or naming new stock, by pack or in base units, the FEFO rule — in one piece of state; the
 * field groups (AddLineFields) and the FEFO suggestion box are their own files.)
 *
 * The entry form above a draft's lines. New stock (receipt, adjustment up) is named by item, lot,
 * expiry and owner; stock taken from the site is chosen from the lots there, and for issues and
 * transfers the app proposes the lots that expire first (FEFO). Enter adds the line.
 */
export function AddLineForm({ doc, lines, onAdd }: Props) {
  const t = useT();
  const items = useItems();
  const sites = useSites();
  const itemRef = useRef<HTMLDivElement>(null);
  const [itemText, setItemText] = useState('');
  const [direction, setDirection] = useState<'increase' | 'decrease'>('increase');
  const [lotNumber, setLotNumber] = useState('');
  const [expiryDate, setExpiry] = useState('');
  const [owner, setOwner] = useState(() => sites.byId.get(doc.siteId)?.operatorOrgId ?? '');
  const [condition, setCondition] = useState<Condition>('good');
  const [toCondition, setToCondition] = useState<Condition>(doc.kind === 'condition_change' ? 'quarantined' : 'damaged');
  const [writeOff, setWriteOff] = useState(false);
  const [packName, setPackName] = useState('');
  const [packCount, setPackCount] = useState('');
  const [quantity, setQuantity] = useState('');
  const [lotId, setLotId] = useState('');
  const [override, setOverride] = useState('');
  const [fefo, setFefo] = useState<FefoSuggestion | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const kind = doc.kind;
  const picking = PICKING_DOCUMENT_KINDS.includes(kind) || (kind === 'adjustment' && direction === 'decrease');
  const fefoKind = FEFO_DOCUMENT_KINDS.includes(kind);
  const item = findItem(items, itemText);
  const packs = item?.packSizes ?? [];
  const pack = packs.find((s) => s.name === packName);
  // Typed in the locale (1 200; 0,5 in French); unreadable text is NaN, which the checks below refuse.
  const readQuantity = (text: string) => {
    const r = readNumber(text);
    return r.ok ? (r.value ?? Number.NaN) : Number.NaN;
  };
  const count = readQuantity(packCount);
  const base = pack
    ? Number.isInteger(count) && count > 0
      ? pack.quantity * count
      : null
    : quantity.trim()
      ? readQuantity(quantity)
      : null;
  // Whose stock may be picked: the header's owner where the rules need one, else the form's.
  const headerOwner =
    kind === 'issue' || kind === 'ownership_transfer' || (kind === 'transfer_out' && doc.ownerOrgId) ? doc.ownerOrgId : null;
  const pickOwner = headerOwner ?? (owner || null);
  const sourceCondition: Condition = kind === 'issue' || kind === 'transfer_out' ? 'good' : condition;

  const { lots, lotRows, chosen, fefoFirst, left, overdraw, needsOverride } = useLotPick({
    doc,
    lines,
    itemId: picking ? item?.id : undefined,
    owner: pickOwner,
    condition: sourceCondition,
    lotId,
    base,
    fefoKind,
  });

  const reset = () => {
    setItemText('');
    setLotNumber('');
    setExpiry('');
    setPackName('');
    setPackCount('');
    setQuantity('');
    setLotId('');
    setOverride('');
    setFefo(null);
    setErrors({});
    setGeneral(null);
    itemRef.current?.querySelector('input')?.focus();
  };

  const amount = (): Partial<StockLineInput> =>
    pack ? { packName: pack.name, packCount: packCount as unknown as number } : { quantity: quantity as unknown as number };

  const place = (error: ApiError) => {
    const e: Record<string, string> = {};
    const rest: string[] = [];
    for (const i of error.issues ?? []) {
      const field = i.path[0] === 'lines' ? i.path[2] : undefined;
      if (typeof field === 'string') e[field] = i.message;
      else rest.push(i.message);
    }
    setErrors(e);
    setGeneral(rest.length || !error.issues?.length ? [...rest, ...(error.issues?.length ? [] : [error.message])].join(' ') : null);
  };

  async function submit(lines: StockLineInput[]) {
    setBusy(true);
    const error = await onAdd(lines);
    setBusy(false);
    if (error) place(error);
    else reset();
  }

  function addLine() {
    const e: Record<string, string> = {};
    if (!item) e.itemId = itemText.trim() ? t('addLine.noSuchItem', { text: itemText.trim() }) : t('addLine.chooseItem');
    if (picking && item && !lotId) e.lotId = t('addLine.chooseLot');
    if (needsOverride && override.trim().length < 3) e.fefoOverrideReason = t('addLine.sayWhyNotFirst');
    if (pack && !(Number.isInteger(count) && count > 0)) e.packCount = t('addLine.howManyPacks', { pack: pack.name });
    if (!pack && !quantity.trim()) e.quantity = t('addLine.giveQuantity');
    setErrors(e);
    setGeneral(null);
    if (Object.keys(e).length) return;
    const line: StockLineInput = picking
      ? {
          lotId,
          condition: sourceCondition,
          ...(kind === 'condition_change' ? { toCondition } : {}),
          ...(kind === 'damage' ? { writeOff } : {}),
          ...(kind === 'adjustment' ? { direction } : {}),
          ...(needsOverride ? { fefoOverrideReason: override.trim() } : {}),
          ...amount(),
        }
      : {
          itemId: item!.id,
          lotNumber,
          expiryDate: expiryDate || undefined,
          ownerOrgId: owner || undefined,
          condition,
          ...(kind === 'adjustment' ? { direction } : {}),
          ...amount(),
        };
    void submit([line]);
  }

  async function suggest() {
    const e: Record<string, string> = {};
    if (!item) e.itemId = t('addLine.chooseItemFirst');
    if (!pickOwner) e.owner = kind === 'issue' ? t('addLine.chooseIssuedOwner') : t('addLine.chooseOwnerFirst');
    if (!base || !Number.isInteger(base) || base < 1) e[pack ? 'packCount' : 'quantity'] = t('addLine.giveQuantityFirst');
    setErrors(e);
    if (Object.keys(e).length) return;
    const r = await invoke('stock.fefo.suggest', {
      siteId: doc.siteId,
      itemId: item!.id,
      ownerOrgId: pickOwner!,
      quantity: base!,
      asOf: day(doc.occurredAt),
    });
    if (r.ok) setFefo(r.value);
    else setGeneral(explain(r.error).message);
  }

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      addLine();
    }
  };

  return (
    <section className="add-line" onKeyDown={onKey} aria-label={t('addLine.title')} data-testid="add-line">
      <h3>{picking ? t('addLine.titleFromStock') : t('addLine.titleNewStock')}</h3>
      {kind === 'adjustment' && (
        <ChoiceSelect
          label={t('addLine.direction')}
          value={direction}
          onChange={(v) => setDirection(v as 'increase' | 'decrease')}
          choices={[
            { value: 'increase', label: t('addLine.increase') },
            { value: 'decrease', label: t('addLine.decrease') },
          ]}
          testId="add-direction"
        />
      )}
      <div ref={itemRef}>
        <ItemInput
          label={t('addLine.item')}
          text={itemText}
          onText={(t) => {
            setItemText(t);
            setLotId('');
            setFefo(null);
            setPackName('');
          }}
          error={errors.itemId}
          testId="add-item"
          // A new, empty draft is filled from here: the keyboard starts in the item box.
          autoFocus={doc.lineCount === 0}
        />
      </div>
      {!picking && (
        <NewStockFields
          needsLotExpiry={Boolean(item?.needsLotExpiry)}
          lotNumber={lotNumber}
          onLotNumber={setLotNumber}
          expiryDate={expiryDate}
          onExpiry={setExpiry}
          owner={owner}
          onOwner={setOwner}
          condition={condition}
          onCondition={setCondition}
          errors={errors}
        />
      )}
      {picking && !headerOwner && (
        <OrgSelect
          label={t('col.owner')}
          value={owner}
          onChange={setOwner}
          blank={t('addLine.anyOwner')}
          error={errors.owner}
          testId="add-owner"
          title={t('addLine.whoseToTake')}
        />
      )}
      {picking &&
        (kind === 'loss' || kind === 'damage' || kind === 'condition_change' || kind === 'ownership_transfer' || kind === 'adjustment') && (
          <ChoiceSelect
            label={kind === 'condition_change' ? t('addLine.fromCondition') : t('col.condition')}
            value={condition}
            onChange={(v) => {
              setCondition(v as Condition);
              setLotId('');
            }}
            choices={(kind === 'damage' ? (['good', 'quarantined'] as Condition[]) : CONDITIONS).map((c) => ({
              value: c,
              label: CONDITION_LABELS[c],
            }))}
          />
        )}
      {kind === 'condition_change' && (
        <ChoiceSelect
          label={t('addLine.toCondition')}
          value={toCondition}
          onChange={(v) => setToCondition(v as Condition)}
          choices={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
          error={errors.toCondition}
        />
      )}
      {kind === 'damage' && (
        <label className="check">
          <input type="checkbox" checked={writeOff} onChange={(e) => setWriteOff(e.target.checked)} /> {t('addLine.writeOff')}
        </label>
      )}
      <QuantityFields
        packs={packs}
        unit={item?.baseUnit && unitWord(item.baseUnit)}
        packName={packName}
        onPackName={setPackName}
        packCount={packCount}
        onPackCount={setPackCount}
        quantity={quantity}
        onQuantity={setQuantity}
        base={base}
        error={pack ? (errors.packCount ?? errors.quantity ?? overdraw) : (errors.quantity ?? overdraw)}
      />
      {picking && item && (
        <LotChoice
          lots={lotRows}
          loading={lots.isPending}
          lotId={lotId}
          onLotId={setLotId}
          fefoKind={fefoKind}
          error={errors.lotId}
          left={left}
          unit={unitWord(chosen?.baseUnit ?? item.baseUnit)}
        />
      )}
      {needsOverride && (
        <TextField
          label={t('addLine.whyNotLot', { lot: fefoFirst?.lotNumber || t('addLine.noLot'), expiry: date(fefoFirst?.expiryDate ?? '') })}
          value={override}
          onChange={setOverride}
          error={errors.fefoOverrideReason}
          placeholder={t('addLine.overridePlaceholder')}
          testId="add-override"
          width={300}
        />
      )}
      <button type="button" onClick={addLine} disabled={busy} data-testid="add-line-button">
        {busy ? t('addLine.adding') : t('addLine.add')}
      </button>
      {fefoKind && (
        <button
          type="button"
          className="secondary"
          onClick={() => void suggest()}
          data-testid="fefo-suggest"
          title={t('addLine.suggestTitle')}
        >
          {t('addLine.suggest')}
        </button>
      )}
      {fefo && (
        <FefoSuggestionBox
          fefo={fefo}
          unit={item?.baseUnit ? unitWord(item.baseUnit) : ''}
          busy={busy}
          onUse={(picks) => void submit(picks.map((pk) => ({ lotId: pk.lotId, quantity: pk.quantity, condition: 'good' as const })))}
          onDismiss={() => setFefo(null)}
        />
      )}
      {general && (
        <p className="field-error" role="alert" style={{ width: '100%' }}>
          {general}
        </p>
      )}
    </section>
  );
}
