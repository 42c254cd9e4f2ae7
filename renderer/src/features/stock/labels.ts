// Stock vocabulary labels come from the contract (electron/api/vocabularies); these are the
// names the stock pages use for them. The rest of this file formats numbers and dates.
export {
  CONDITION_LABELS,
  STOCK_DOCUMENT_KIND_HINTS as KIND_HINTS,
  STOCK_DOCUMENT_KIND_LABELS as KIND_LABELS,
  reasonLabel,
  reasonsFor,
} from '../../../../electron/api/vocabularies';

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
