import { BACKDATE_LIMIT_DEFAULT, type DateRules } from '../../api/system';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion } from '../core/errors';
import { say } from '../../api/i18n';
import { inTransaction } from '../core/transaction';
import { getSetting, setSetting } from './settings';

/** The installation's date rules (settings rows), with the version that locks them. */
export function dateRules(ctx: ServiceContext): DateRules {
  const limit = Number(getSetting(ctx.db, 'backdate_limit_days') ?? BACKDATE_LIMIT_DEFAULT);
  return {
    backdateLimitDays: Number.isInteger(limit) && limit >= 0 ? limit : BACKDATE_LIMIT_DEFAULT,
    version: Number(getSetting(ctx.db, 'rules_version') ?? 1),
  };
}

/** Changes the backdating limit; audited like any record change, refused on a stale version. */
export function saveDateRules(ctx: ServiceContext, input: DateRules): DateRules {
  ctx.changes.mark('settings');
  return inTransaction(ctx, () => {
    const before = dateRules(ctx);
    checkVersion(say('stockCore.dateRules'), before.version, input.version);
    if (before.backdateLimitDays === input.backdateLimitDays) return before;
    setSetting(ctx.db, 'backdate_limit_days', String(input.backdateLimitDays));
    setSetting(ctx.db, 'rules_version', String(before.version + 1));
    const after = dateRules(ctx);
    recordAudit(ctx, [{ entity: 'setting', entityId: 'date_rules', before, after }]);
    return after;
  });
}
