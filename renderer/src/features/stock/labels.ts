// Stock vocabulary labels come from the contract (electron/api/vocabularies); these are the
// names the stock pages use for them. The rest of this file formats numbers and dates.
export {
  CONDITION_LABELS,
  STOCK_DOCUMENT_KIND_HINTS as KIND_HINTS,
  STOCK_DOCUMENT_KIND_LABELS as KIND_LABELS,
  reasonLabel,
  reasonsFor,
} from '../../../../electron/api/vocabularies';
import { date, dateTime, num } from '../../locale/current';
import { t } from '../../i18n';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';

/** 12,345 (English), 12 345 (French): quantities in the locale (renderer/src/locale). */
export const qty = (n: number | null | undefined): string => num(n);

/**
 * A document's size without adding different units: "120 each · 40 bag · 3,000 kg", then the
 * total weight when every line has one ("≈ 4,250 kg in all").
 */
export function unitTotalsText(doc: { totals: { unit: string; quantity: number }[]; totalWeightKg: number | null }): string {
  if (doc.totals.length === 0) return t('qty.nothingYet');
  const parts = doc.totals.map((t) => `${qty(t.quantity)} ${unitWord(t.unit)}`).join(' · ');
  const weighed = doc.totals.length > 1 && doc.totalWeightKg !== null;
  return weighed ? t('qty.weighedInAll', { parts, kg: qty(doc.totalWeightKg) }) : parts;
}

/** Signed, for ledger movements: +120 / −40. */
export const signed = (n: number): string => (n > 0 ? `+${qty(n)}` : n < 0 ? `−${qty(-n)}` : '0');

/** The calendar day of an ISO timestamp, as stored (YYYY-MM-DD): for inputs and queries, not for reading. */
export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

/** The calendar day of an ISO timestamp in the one date style of the locale (30/11/2026). */
export const shownDay = (iso: string | null | undefined): string => date(day(iso));

/** 04/03/2026 14:05 in local time (24 h), for "recorded at". */
export { dateTime };

/** "in 45 days", "expired 3 days ago", for expiry cells. */
export function expiryText(expiry: string | null, days: number | null): string {
  if (!expiry) return '—';
  const shown = date(expiry);
  if (days == null) return shown;
  if (days < 0) return t('expiry.expiredAgo', { date: shown, days: -days });
  if (days === 0) return t('expiry.today', { date: shown });
  return t('expiry.inDays', { date: shown, days });
}

/** Today's date as YYYY-MM-DD in local time (what a user means by "today"). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
