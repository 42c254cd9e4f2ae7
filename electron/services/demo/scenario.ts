import type { ServiceContext } from '../core/context';
import { getSetting, setSetting } from '../system/settings';

/**
 * The demo scenario: a fictional mission, written through the same operations as user edits so
 * its validation and audit trail are real. Loaded once per database.
 */
export async function loadDemoScenario(ctx: ServiceContext): Promise<boolean> {
  if (getSetting(ctx.db, 'demo_loaded' as never) === '1') return false;
  // Area loaders are added here as the app grows (partners, sites, catalogue, stock…).
  setSetting(ctx.db, 'demo_loaded' as never, '1');
  return true;
}
