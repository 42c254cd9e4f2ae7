import type { ServiceContext } from '../core/context';
import { inDemoLanguage } from './texts';
import { getSetting, setSetting } from '../system/settings';
import { loadDemoCatalogue } from './catalogue';
import { loadDemoPartners } from './partners';
import { loadDemoSites } from './sites';
import { loadDemoStock } from './stock';
import { loadDemoSharing } from './sharing';
import { linkDemoRequestsToConvoys, loadDemoRequests } from './requests';
import { attachDemoFiles } from './request-attachments';
import { loadDemoConvoys } from './convoys';
import { loadDemoFourEyes, loadDemoOperators } from './operators';
import { say } from '../../api/i18n/current';

/**
 * The demo scenario: a fictional mission, written through the same operations as user edits so
 * its validation and audit trail are real. Loaded once per database.
 */
export async function loadDemoScenario(
  ctx: ServiceContext,
  onStep: (done: number, total: number, step: string) => void = () => {},
): Promise<boolean> {
  if (getSetting(ctx.db, 'demo_loaded') === '1') return false;
  // Every operation's free text (notes, reasons, roles, titles, comments) in the language the demo is loaded in.
  const call = ctx.call;
  ctx = { ...ctx, call: ((name: string, input: unknown) => call(name as never, inDemoLanguage(input) as never)) as ServiceContext['call'] };
  // Each area loader skips records already present, so a load interrupted half-way can be re-run.
  onStep(0, 7, say('jobs.step.demoPartners'));
  const orgIds = await loadDemoPartners(ctx);
  onStep(1, 7, say('jobs.step.demoSites'));
  const siteIds = await loadDemoSites(ctx, orgIds);
  onStep(2, 7, say('jobs.step.demoItems'));
  const itemIds = await loadDemoCatalogue(ctx);
  // Operators in each role (before the stock: an approver checks a count's approval); not a step of its own.
  await loadDemoOperators(ctx);
  onStep(3, 7, say('jobs.step.demoStock'));
  await loadDemoStock(ctx, orgIds, siteIds, itemIds);
  onStep(4, 7, say('jobs.step.demoSharing'));
  await loadDemoSharing(ctx);
  onStep(5, 7, say('jobs.step.demoRequests'));
  await loadDemoRequests(ctx, orgIds, itemIds);
  await attachDemoFiles(ctx);
  onStep(6, 7, say('jobs.step.demoConvoys'));
  await loadDemoConvoys(ctx, orgIds, siteIds);
  await linkDemoRequestsToConvoys(ctx);
  // Four-eyes from here on: count approvals and exports above TLP:GREEN need an approver's PIN.
  await loadDemoFourEyes(ctx);
  onStep(7, 7, say('jobs.step.finished'));
  setSetting(ctx.db, 'demo_loaded', '1');
  return true;
}
