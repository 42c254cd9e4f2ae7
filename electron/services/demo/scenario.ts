import type { ServiceContext } from '../core/context';
import { getSetting, setSetting } from '../system/settings';
import { loadDemoCatalogue } from './catalogue';
import { loadDemoPartners } from './partners';
import { loadDemoSites } from './sites';
import { loadDemoStock } from './stock';

/**
 * The demo scenario: a fictional mission, written through the same operations as user edits so
 * its validation and audit trail are real. Loaded once per database.
 */
export async function loadDemoScenario(ctx: ServiceContext): Promise<boolean> {
  if (getSetting(ctx.db, 'demo_loaded') === '1') return false;
  // Each area loader skips records already present, so a load interrupted half-way can be re-run.
  const orgIds = await loadDemoPartners(ctx);
  const siteIds = await loadDemoSites(ctx, orgIds);
  const itemIds = await loadDemoCatalogue(ctx);
  await loadDemoStock(ctx, orgIds, siteIds, itemIds);
  setSetting(ctx.db, 'demo_loaded', '1');
  return true;
}
