import type { AreaHandlers } from '../core/handlers';
import { dayOf } from '../stock/dates';
import { convoyFigures } from './convoys';
import { expiryFigures } from './expiry';
import { lowStockFigures } from './low-stock';
import { requestFigures } from './requests';
import { stockFigures } from './stock';

export const dashboardHandlers: AreaHandlers<'dashboard.get'> = {
  'dashboard.get': (ctx, input) => {
    const siteId = input.siteId ?? null;
    const now = ctx.now();
    return {
      siteId,
      asOf: now,
      stock: stockFigures(ctx.sqlite, siteId),
      expiry: expiryFigures(ctx.sqlite, siteId, dayOf(now)),
      lowStock: lowStockFigures(ctx.sqlite, siteId),
      convoys: convoyFigures(ctx.sqlite, siteId, now),
      requests: requestFigures(ctx),
    };
  },
};
