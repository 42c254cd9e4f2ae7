import { useQuery } from '@tanstack/react-query';
import { say } from '../../../../electron/api/i18n/current';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import type { OnHandRow, StockDocumentLineView, StockDocumentView } from '../../../../electron/api/stock';
import { call } from '../../lib/api';
import { stillAvailable } from './availability';
import { day, qty } from './labels';
import type { Condition } from './AddLineFields';

/**
 * The lots a new line may take stock from (the item's lots at the site, owner and condition,
 * earliest expiry first), the chosen one, what it still has for this document, whether the entered
 * quantity overdraws it, and whether FEFO needs a reason (another lot expires first).
 */
export function useLotPick(p: {
  doc: StockDocumentView;
  lines: StockDocumentLineView[];
  /** The item when the line picks stock; undefined asks for nothing. */
  itemId: string | undefined;
  owner: string | null;
  condition: Condition;
  lotId: string;
  /** The entered quantity in base units, or null. */
  base: number | null;
  fefoKind: boolean;
}) {
  const { doc, itemId, owner, condition } = p;
  const lots = useQuery({
    queryKey: ['stock.onHand', 'picker', doc.siteId, itemId, owner, condition],
    enabled: Boolean(itemId),
    queryFn: () =>
      call('stock.onHand', {
        siteId: doc.siteId,
        itemId: itemId!,
        ownerOrgId: owner ?? undefined,
        condition,
        asOf: day(doc.occurredAt),
        sort: [{ colId: 'expiryDate', sort: 'asc' }],
        limit: 200,
      }),
  });
  const lotRows: OnHandRow[] = lots.data?.rows ?? [];
  const chosen = lotRows.find((l) => l.lotId === p.lotId);
  // FEFO: the first unexpired lot of the same owner, earliest expiry first.
  const fefoFirst = chosen ? lotRows.find((l) => l.ownerOrgId === chosen.ownerOrgId && l.expiryStatus !== 'expired') : undefined;
  // What the chosen lot can still give, shown as the line is entered; more is flagged at once.
  const left = chosen ? stillAvailable(p.lines, chosen.lotId, condition, chosen.quantity) : null;
  const overdraw =
    chosen && left !== null && p.base !== null && p.base > left
      ? say('lineCheck.overdraw', {
          lot: chosen.lotNumber || say('lineCheck.noLotShort'),
          quantity: qty(Math.max(0, left)),
          unit: unitWord(chosen.baseUnit),
          after: left < chosen.quantity ? say('lineCheck.overdrawAfter') : '',
        })
      : undefined;
  const needsOverride =
    p.fefoKind && Boolean(chosen && fefoFirst && fefoFirst.lotId !== chosen.lotId && fefoFirst.expiryDate !== chosen.expiryDate);
  return { lots, lotRows, chosen, fefoFirst, left, overdraw, needsOverride };
}
