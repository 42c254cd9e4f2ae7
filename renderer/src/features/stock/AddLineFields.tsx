import type { OnHandRow } from '../../../../electron/api/stock';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import type { PackSize } from '../../../../electron/api/vocabularies';
import { ChoiceSelect, OrgSelect, TextField } from './controls';
import { CONDITION_LABELS, expiryText, qty } from './labels';
import { useT } from '../../i18n';

export type Condition = 'good' | 'damaged' | 'quarantined';
export const CONDITIONS: Condition[] = ['good', 'damaged', 'quarantined'];

/** New stock on a line (receipt, adjustment up): lot, expiry, owner and condition, as named by the person entering it. */
export function NewStockFields(p: {
  needsLotExpiry: boolean;
  lotNumber: string;
  onLotNumber: (v: string) => void;
  expiryDate: string;
  onExpiry: (v: string) => void;
  owner: string;
  onOwner: (v: string) => void;
  condition: Condition;
  onCondition: (v: Condition) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={p.needsLotExpiry ? t('addLine.lotRequired') : t('addLine.lot')}
        value={p.lotNumber}
        onChange={p.onLotNumber}
        error={p.errors.lotNumber}
        testId="add-lot"
        width={130}
      />
      <TextField
        label={p.needsLotExpiry ? t('addLine.expiryRequired') : t('col.expiry')}
        type="date"
        value={p.expiryDate}
        onChange={p.onExpiry}
        error={p.errors.expiryDate}
        testId="add-expiry"
      />
      <OrgSelect
        label={t('col.owner')}
        value={p.owner}
        onChange={p.onOwner}
        error={p.errors.ownerOrgId}
        testId="add-owner"
        title={t('addLine.whoseBecomes')}
      />
      <ChoiceSelect
        label={t('col.condition')}
        value={p.condition}
        onChange={(v) => p.onCondition(v as Condition)}
        choices={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
      />
    </>
  );
}

/**
 * The lot a line takes stock from, chosen among the lots at the site (earliest expiry first), and
 * what the chosen lot still has for this document, shown as the line is entered.
 */
export function LotChoice(p: {
  lots: OnHandRow[];
  loading: boolean;
  lotId: string;
  onLotId: (id: string) => void;
  /** Issues and transfers: expired lots cannot be chosen. */
  fefoKind: boolean;
  error?: string;
  /** What the chosen lot still has (its balance less this document's other lines on it), or null before a choice. */
  left: number | null;
  unit: string;
}) {
  const t = useT();
  return (
    <>
      <label className={`stock-field${p.error ? ' has-error' : ''}`}>
        <span>{t('col.lot')}</span>
        <select value={p.lotId} onChange={(e) => p.onLotId(e.target.value)} data-testid="add-lot-choice" aria-invalid={Boolean(p.error)}>
          <option value="">
            {p.loading
              ? t('addLine.loadingLots')
              : p.lots.length
                ? t('addLine.chooseALot', { count: p.lots.length })
                : t('addLine.noStockHere')}
          </option>
          {p.lots.map((l) => (
            <option key={l.key} value={l.lotId} disabled={p.fefoKind && l.expiryStatus === 'expired'}>
              {l.lotNumber || t('addLine.noLot')} · {expiryText(l.expiryDate, l.daysToExpiry)} · {qty(l.quantity)} {unitWord(l.baseUnit)} ·{' '}
              {l.ownerShortName}
              {p.fefoKind && l.expiryStatus === 'expired' ? ` · ${t('addLine.expiredCaps')}` : ''}
            </option>
          ))}
        </select>
        {p.error && <em className="field-error">{p.error}</em>}
      </label>
      {p.left !== null && (
        <span className="pending" data-testid="add-available" title={t('addLine.availableTitle')}>
          {t('addLine.available', { quantity: qty(Math.max(0, p.left)), unit: p.unit })}
        </span>
      )}
    </>
  );
}

/** How much: in the base unit, or by pack (5 cartons of 20), with what the ledger will record. */
export function QuantityFields(p: {
  packs: PackSize[];
  unit: string | undefined;
  packName: string;
  onPackName: (v: string) => void;
  packCount: string;
  onPackCount: (v: string) => void;
  quantity: string;
  onQuantity: (v: string) => void;
  /** The quantity in base units, when it can be worked out. */
  base: number | null;
  error?: string;
}) {
  const t = useT();
  const pack = p.packs.find((s) => s.name === p.packName);
  return (
    <>
      {p.packs.length > 0 && (
        <ChoiceSelect
          label={t('addLine.enterBy')}
          value={p.packName}
          onChange={p.onPackName}
          blank={p.unit ?? t('addLine.baseUnit')}
          choices={p.packs.map((s) => ({
            value: s.name,
            label: t('addLine.packOf', { pack: s.name, quantity: qty(s.quantity), unit: p.unit ?? '' }),
          }))}
          testId="add-pack"
        />
      )}
      {pack ? (
        <TextField
          label={t('addLine.numberOfPacks', { pack: pack.name })}
          type="number"
          min={1}
          value={p.packCount}
          onChange={p.onPackCount}
          error={p.error}
          testId="add-pack-count"
        />
      ) : (
        <TextField
          label={p.unit ? t('addLine.quantityIn', { unit: p.unit }) : t('col.quantity')}
          type="number"
          min={1}
          value={p.quantity}
          onChange={p.onQuantity}
          error={p.error}
          testId="add-quantity"
        />
      )}
      {pack && p.base != null && (
        <span className="pending" data-testid="add-base-quantity" title={t('addLine.baseTitle')}>
          = {qty(p.base)} {p.unit}
        </span>
      )}
    </>
  );
}
