import type { ServiceContext } from '../core/context';
import { getSetting, setSetting } from '../system/settings';
import { loadDemoCatalogue } from './catalogue';
import { loadDemoPartners } from './partners';
import { loadDemoSites } from './sites';
import { loadDemoStock } from './stock';
import { loadDemoSharing } from './sharing';
import { loadDemoRequests } from './requests';

/**
 * The demo scenario: a fictional mission, written through the same operations as user edits so
 * its validation and audit trail are real. Loaded once per database.
 */
export async function loadDemoScenario(
  ctx: ServiceContext,
  onStep: (done: number, total: number, step: string) => void = () => {},
): Promise<boolean> {
  if (getSetting(ctx.db, 'demo_loaded') === '1') return false;
  // Each area loader skips records already present, so a load interrupted half-way can be re-run.
  onStep(0, 6, 'Partners: organisations, contacts and agreements');
  const orgIds = await loadDemoPartners(ctx);
  onStep(1, 6, 'Sites');
  const siteIds = await loadDemoSites(ctx, orgIds);
  onStep(2, 6, 'Item catalogue');
  const itemIds = await loadDemoCatalogue(ctx);
  onStep(3, 6, 'Stock: receipts, issues, transfers, a count');
  await loadDemoStock(ctx, orgIds, siteIds, itemIds);
  onStep(4, 6, 'Sharing: export profiles, labels and a past export');
  await loadDemoSharing(ctx);
  onStep(5, 6, 'Requests: between the battalion and its partners, in every state');
  await loadDemoRequests(ctx, orgIds, itemIds);
  onStep(6, 6, 'Finished');
  setSetting(ctx.db, 'demo_loaded', '1');
  return true;
}
