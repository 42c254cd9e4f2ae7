import type { Handlers } from './core/handlers';
import { catalogueHandlers } from './catalogue/handlers';
import { partnerHandlers } from './partners/handlers';
import { siteHandlers } from './sites/handlers';
import { stockHandlers } from './stock/handlers';
import { systemHandlers } from './system/handlers';
import { jobHandlers } from './jobs/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { requestHandlers } from './requests/handlers';
import { localeHandlers } from './system/locale';
import { convoyHandlers } from './convoys/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import type { JobManager } from './jobs/manager';
import { backupHandlers, type RestoreDeps } from './backups/handlers';
import { operatorHandlers } from './operators/handlers';

/** The full handler table: the type makes a missing operation a compile error. */
export function buildHandlers(deps: {
  copiedDatabase: () => boolean;
  jobs: JobManager;
  databaseDamage: () => string[] | null;
  restore: RestoreDeps | null;
}): Handlers {
  return {
    ...systemHandlers(deps.copiedDatabase, deps.databaseDamage),
    ...jobHandlers(deps.jobs),
    ...partnerHandlers,
    ...siteHandlers,
    ...catalogueHandlers,
    ...stockHandlers,
    ...exchangeHandlers(deps.jobs),
    ...backupHandlers(deps.restore),
    ...requestHandlers,
    ...localeHandlers,
    ...convoyHandlers,
    ...dashboardHandlers,
    ...operatorHandlers,
  };
}
