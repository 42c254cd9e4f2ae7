import { STOCK_REASONS, type StockDocumentKind, type StockReasonCode } from '../../../../db/schema/stock';
import type { LedgerCondition } from '../../../../electron/api/stock';

/** Words a storekeeper uses for each document kind. */
export const KIND_LABELS: Record<StockDocumentKind, string> = {
  receipt: 'Goods received note',
  issue: 'Issue / distribution',
  transfer_out: 'Transfer out',
  transfer_in: 'Transfer receipt',
  adjustment: 'Adjustment',
  loss: 'Loss',
  damage: 'Damage',
  condition_change: 'Condition change',
  ownership_transfer: 'Ownership transfer',
  reversal: 'Reversal',
  count: 'Physical count',
};

/** What each kind of draft is for, shown when choosing one. */
export const KIND_HINTS: Partial<Record<StockDocumentKind, string>> = {
  receipt: 'Goods arriving from a donor, a supplier or another site.',
  issue: 'Goods handed to a consignee (distribution, another organisation).',
  transfer_out: 'Goods sent to another site; they stay in transit until that site confirms receipt.',
  adjustment: 'Correct a balance up or down, with a reason.',
  loss: 'Stock that is gone: theft, spoilage, lost in transit.',
  damage: 'Good stock found damaged (moved to damaged, or written off).',
  condition_change: 'Move stock between good, damaged and quarantined.',
  ownership_transfer: 'Loan or donation of stock between organisations, without moving it.',
};

export const CONDITION_LABELS: Record<LedgerCondition, string> = {
  good: 'Good',
  damaged: 'Damaged',
  quarantined: 'Quarantined',
  in_transit: 'In transit',
};

export const reasonLabel = (code: string | null | undefined): string =>
  code ? (STOCK_REASONS[code as StockReasonCode]?.label ?? code) : '';

/** Reason codes a document kind accepts, for its select. */
export const reasonsFor = (kind: StockDocumentKind): { value: StockReasonCode; label: string }[] =>
  (Object.entries(STOCK_REASONS) as [StockReasonCode, { label: string; kinds: readonly string[] }][])
    .filter(([, r]) => r.kinds.includes(kind))
    .map(([value, r]) => ({ value, label: r.label }));

/** 12,345 */
export const qty = (n: number | null | undefined): string => (n == null ? '' : n.toLocaleString('en-GB'));

/** Signed, for ledger movements: +120 / −40. */
export const signed = (n: number): string => (n > 0 ? `+${qty(n)}` : n < 0 ? `−${qty(-n)}` : '0');

/** The calendar day of an ISO timestamp, as stored (YYYY-MM-DD is unambiguous across partners). */
export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

/** 2026-03-04 14:05 in local time, for "recorded at". */
export const dateTime = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** "in 45 days", "expired 3 days ago", for expiry cells. */
export function expiryText(date: string | null, days: number | null): string {
  if (!date) return '—';
  if (days == null) return date;
  if (days < 0) return `${date} (expired ${-days} d ago)`;
  if (days === 0) return `${date} (expires today)`;
  return `${date} (${days} d)`;
}

/** Today's date as YYYY-MM-DD in local time (what a user means by "today"). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
