import type { ServiceContext } from '../core/context';
import { getSetting, setSetting } from '../system/settings';
import { loadDemoCatalogue } from './catalogue';
import { loadDemoPartners } from './partners';
import { loadDemoSites } from './sites';
import { loadDemoStock } from './stock';
import { loadDemoSharing } from './sharing';
import { loadDemoRequests } from './requests';
import { loadDemoConvoys } from './convoys';
import { loadDemoOperators } from './operators';

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
  onStep(0, 7, 'Partners: organisations, contacts and agreements');
  const orgIds = await loadDemoPartners(ctx);
  onStep(1, 7, 'Sites');
  const siteIds = await loadDemoSites(ctx, orgIds);
  onStep(2, 7, 'Item catalogue');
  const itemIds = await loadDemoCatalogue(ctx);
  onStep(3, 7, 'Stock: receipts, issues, transfers, a count');
  await loadDemoStock(ctx, orgIds, siteIds, itemIds);
  onStep(4, 7, 'Sharing: export profiles, labels and a past export');
  await loadDemoSharing(ctx);
  onStep(5, 7, 'Requests: between the battalion and its partners, in every state');
  await loadDemoRequests(ctx, orgIds, itemIds);
  onStep(6, 7, 'Convoys: vehicles, manifests, dispatch and arrival');
  await loadDemoConvoys(ctx, orgIds, siteIds);
  // Operators in each role; not a step of its own, so a job's progress reads as before.
  await loadDemoOperators(ctx);
  onStep(7, 7, 'Finished');
  setSetting(ctx.db, 'demo_loaded', '1');
  return true;
}
