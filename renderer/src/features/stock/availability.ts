import type { StockDocumentLineView } from '../../../../electron/api/stock';
import { say } from '../../../../electron/api/i18n/current';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { qty } from './labels';

type Line = Pick<StockDocumentLineView, 'id' | 'lotId' | 'lotNumber' | 'condition' | 'quantity' | 'available' | 'baseUnit'>;

const lotKey = (l: Pick<Line, 'lotId' | 'condition'>) => `${l.lotId}|${l.condition}`;

/**
 * Draft lines that take more from a lot than it has (over-issue), found as they are entered rather
 * than at Post: every line on an overdrawn lot gets a message at its quantity, naming what the lot
 * has and what this document's lines on it take together.
 */
export function overdrawnLines(lines: Line[]): Map<string, string> {
  const taken = new Map<string, number>();
  for (const l of lines) if (l.available !== null && l.lotId) taken.set(lotKey(l), (taken.get(lotKey(l)) ?? 0) + l.quantity);
  const out = new Map<string, string>();
  for (const l of lines) {
    if (l.available === null || !l.lotId) continue;
    const total = taken.get(lotKey(l)) ?? 0;
    if (total <= l.available) continue;
    const unit = l.baseUnit ? unitWord(l.baseUnit) : '';
    const lot = l.lotNumber ? say('lineCheck.lotNamed', { lot: l.lotNumber }) : say('lineCheck.stockNoLot');
    out.set(
      l.id,
      total === l.quantity
        ? say('lineCheck.onlyHasLine', { lot, available: qty(l.available), unit, quantity: qty(l.quantity) })
        : say('lineCheck.onlyHasDoc', { lot, available: qty(l.available), unit, total: qty(total) }),
    );
  }
  return out;
}

/** What a lot can still give to one more line of this document (its balance less what other lines already take). */
export function stillAvailable(lines: Line[], lotId: string, condition: Line['condition'], balance: number): number {
  return balance - lines.filter((l) => l.lotId === lotId && l.condition === condition).reduce((n, l) => n + l.quantity, 0);
}
