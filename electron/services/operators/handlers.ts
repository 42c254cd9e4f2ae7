import { say } from '../../api/i18n';
import type { AreaHandlers } from '../core/handlers';
import type { ServiceContext } from '../core/context';
import { ruleViolation } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { recordAudit } from '../audit/record';
import { getSetting } from '../system/settings';
import { operatorLanguage, saveLanguage } from '../system/language';
import {
  checkPin,
  createOperator,
  listOperators,
  operatorChoices,
  operatorCount,
  operatorView,
  resetPin,
  sessionOperator,
  updateOperator,
} from './accounts';
import { fourEyesRules, saveFourEyesRules } from './four-eyes';

/** Signs this session in as a verified account and records it (who took over the keyboard, from whom). */
function signInVerified(ctx: ServiceContext, operatorId: string, event: string): void {
  const before = ctx.operator();
  // An operator who never chose a language carries on in the one on screen.
  const onScreen = operatorLanguage(ctx.db, before);
  ctx.signIn(operatorId);
  inTransaction(ctx, () => {
    const now = ctx.operator();
    if (now && getSetting(ctx.db, `language:${now}`) === null) saveLanguage(ctx.db, now, onScreen);
    recordAudit(ctx, [{ entity: 'session', entityId: operatorId, before: before ? { operator: before } : null, after: { event } }]);
  });
}

export const operatorHandlers: AreaHandlers<
  | 'auth.operators'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.createAdministrator'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.touch'
  | 'operators.list'
  | 'operators.create'
  | 'operators.update'
  | 'operators.resetPin'
  | 'system.fourEyes.get'
  | 'system.fourEyes.save'
> = {
  'auth.operators': (ctx) => operatorChoices(ctx),
  'auth.signIn': (ctx, input) => {
    if (ctx.session === null) {
      throw ruleViolation(say('auth.noSession'));
    }
    const row = checkPin(ctx, input.operatorId, input.pin);
    signInVerified(ctx, row.id, 'signed in');
    return sessionOperator(row);
  },
  'auth.signOut': (ctx) => {
    ctx.signOut();
    return null;
  },
  'auth.lock': (ctx) => {
    if (ctx.account()) ctx.lock();
    return null;
  },
  'auth.unlock': (ctx, input) => {
    const account = ctx.account();
    if (!account) throw ruleViolation(say('auth.unlockSignedOut'));
    const row = checkPin(ctx, account.id, input.pin);
    ctx.unlock();
    inTransaction(ctx, () => recordAudit(ctx, [{ entity: 'session', entityId: row.id, before: null, after: { event: 'unlocked' } }]));
    return sessionOperator(row);
  },
  'auth.touch': () => null,
  'auth.createAdministrator': (ctx, input) => {
    if (getSetting(ctx.db, 'setup_done') !== '1') throw ruleViolation(say('auth.setupFirst'));
    if (operatorCount(ctx) > 0) {
      throw ruleViolation(say('auth.hasAccounts'));
    }
    if (ctx.session === null) throw ruleViolation(say('auth.noSession'));
    const row = createOperator(ctx, { ...input, role: 'administrator' });
    signInVerified(ctx, row.id, 'created the first administrator');
    return sessionOperator(row);
  },
  'operators.list': (ctx) => listOperators(ctx),
  'operators.create': (ctx, input) => operatorView(createOperator(ctx, input)),
  'operators.update': (ctx, input) => operatorView(updateOperator(ctx, input)),
  'operators.resetPin': (ctx, input) => operatorView(resetPin(ctx, input)),
  'system.fourEyes.get': (ctx) => fourEyesRules(ctx),
  'system.fourEyes.save': (ctx, input) => saveFourEyesRules(ctx, input),
};
