import type { ServiceContext } from '../core/context';
import { getSetting, setSetting } from '../system/settings';
import { loadDemoCatalogue } from './catalogue';
import { loadDemoPartners } from './partners';
import { loadDemoSites } from './sites';

/**
 * The demo scenario: a fictional mission, written through the same operations as user edits so
 * its validation and audit trail are real. Loaded once per database.
 */
export async function loadDemoScenario(ctx: ServiceContext): Promise<boolean> {
  if (getSetting(ctx.db, 'demo_loaded' as never) === '1') return false;
  // Each area loader skips records already present, so a load interrupted half-way can be re-run.
  const orgIds = await loadDemoPartners(ctx);
  await loadDemoSites(ctx, orgIds);
  await loadDemoCatalogue(ctx);
  // Stock documents (receipts, issues, transfers…) are loaded here, after the catalogue.
  setSetting(ctx.db, 'demo_loaded' as never, '1');
  return true;
}
