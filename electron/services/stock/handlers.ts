import type { OpName } from '../../api/contract';
import type { AreaHandlers } from '../core/handlers';
import { DomainError } from '../core/errors';

type StockOp = Extract<OpName, `stock.${string}`>;

const pending = (name: string) => () => {
  throw new DomainError('internal', `${name} is being implemented`);
};

/** Stock operations (services land in the following commits). */
export const stockHandlers = Object.fromEntries(
  [
    'stock.documents.list', 'stock.documents.get', 'stock.documents.create', 'stock.documents.update', 'stock.documents.delete',
    'stock.documents.post', 'stock.documents.reverse', 'stock.lines.save', 'stock.lines.remove', 'stock.transfer.receive',
    'stock.fefo.suggest', 'stock.onHand', 'stock.card', 'stock.lots.list', 'stock.alerts.expiry', 'stock.alerts.lowStock',
    'stock.thresholds.list', 'stock.thresholds.save', 'stock.thresholds.remove', 'stock.count.create', 'stock.count.get',
    'stock.count.setLine', 'stock.count.setLines', 'stock.count.addLine', 'stock.count.approve',
  ].map((n) => [n, pending(n)]),
) as unknown as AreaHandlers<StockOp>;
