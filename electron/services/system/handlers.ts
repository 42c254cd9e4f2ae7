import { say } from '../../api/i18n';
import { setMessageLanguage } from '../../api/i18n/current';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { auditLog, organisations, type Organisation } from '../../../db/schema';
import type { SystemStatus } from '../../api/system';
import type { ServiceContext } from '../core/context';
import { DomainError, ruleViolation } from '../core/errors';
import type { AreaHandlers } from '../core/handlers';
import { inTransaction } from '../core/transaction';
import { loadDemoScenario } from '../demo/scenario';
import { saveRecords } from '../records/save';
import { organisationSpec } from '../partners/specs';
import { runIntegrity } from './integrity';
import { dateRules, saveDateRules } from './rules';
import { operatorLanguage, saveLanguage } from './language';
import { getSetting, setSetting } from './settings';
import { aboutInfo } from '../support/about';
import { createOperator, operatorCount } from '../operators/accounts';
import { recordAudit } from '../audit/record';
import { withExportTitle } from '../exchange/sources/audit';
import { idleLockMinutes, saveIdleLockMinutes } from './idle-lock';

export const APP_VERSION = '0.1.0';

export function systemStatus(ctx: ServiceContext, copiedDatabase: boolean): SystemStatus {
  const homeId = getSetting(ctx.db, 'home_organisation_id');
  const home = homeId ? ((ctx.db.select().from(organisations).where(eq(organisations.id, homeId)).get() as Organisation) ?? null) : null;
  return {
    setupDone: getSetting(ctx.db, 'setup_done') === '1',
    needsAdministrator: getSetting(ctx.db, 'setup_done') === '1' && operatorCount(ctx) === 0,
    operator: ctx.account(),
    idleLockMinutes: idleLockMinutes(ctx),
    locked: ctx.locked(),
    homeOrganisation: home,
    installationId: ctx.installationId,
    copiedDatabase,
    databasePath: ctx.databasePath,
    schemaVersion: ctx.schemaVersion,
    appVersion: APP_VERSION,
    language: operatorLanguage(ctx.db, ctx.operator()),
  };
}

export function systemHandlers(
  copiedDatabase: () => boolean,
  /** What the background quick_check found after opening, when the file is damaged. */
  databaseDamage: () => string[] | null = () => null,
): AreaHandlers<
  | 'system.status'
  | 'system.about'
  | 'system.setup'
  | 'system.setLanguage'
  | 'system.loadDemo'
  | 'system.integrity'
  | 'audit.list'
  | 'layout.get'
  | 'layout.save'
  | 'system.rules.get'
  | 'system.rules.save'
  | 'system.idleLock.save'
> {
  return {
    'system.status': (ctx) => systemStatus(ctx, copiedDatabase()),
    'system.about': (ctx) => aboutInfo(ctx),
    'system.rules.get': (ctx) => dateRules(ctx),
    'system.rules.save': (ctx, input) => saveDateRules(ctx, input),
    'system.idleLock.save': (ctx, input) => {
      const before = idleLockMinutes(ctx);
      if (before !== input.minutes) {
        ctx.changes.mark('settings');
        inTransaction(ctx, () => {
          saveIdleLockMinutes(ctx, input.minutes);
          recordAudit(ctx, [
            { entity: 'setting', entityId: 'idle_lock_minutes', before: { minutes: before }, after: { minutes: input.minutes } },
          ]);
        });
      }
      return systemStatus(ctx, copiedDatabase());
    },
    'system.setup': async (ctx, input) => {
      if (getSetting(ctx.db, 'setup_done') === '1') throw ruleViolation(say('auth.alreadySetUp'));
      if (ctx.session === null) throw ruleViolation(say('auth.noSession'));
      ctx.changes.mark('settings');
      inTransaction(ctx, () => {
        // The first administrator, signed in at once: the home organisation and the demo scenario
        // below are recorded under their name. (The session is in memory: if this transaction
        // fails, the account it names does not exist and the session counts as signed out.)
        const admin = createOperator(ctx, { name: input.operator, title: input.title, role: 'administrator', pin: input.pin });
        ctx.signIn(admin.id);
        saveLanguage(ctx.db, ctx.operator(), input.language);
        // From here on (the home organisation, the demo scenario, a refusal) in the language just chosen.
        setMessageLanguage(input.language);
        const existing = ctx.db.select().from(organisations).where(eq(organisations.shortName, input.organisation.shortName)).get();
        const [home] = existing
          ? [existing]
          : saveRecords<Organisation>(ctx, organisationSpec, [
              { ...input.organisation, sharing: 'GREEN', notes: say('setup.homeOrgNote') },
            ]);
        setSetting(ctx.db, 'home_organisation_id', home.id);
        setSetting(ctx.db, 'setup_done', '1');
      });
      if (input.demo) {
        try {
          await loadDemoScenario(ctx);
        } catch (e) {
          // Set-up itself is committed; say so, or the user would retry it and be told it is done.
          if (e instanceof DomainError) throw new DomainError(e.code, say('setup.demoFailed', { reason: e.message }), e.issues);
          throw e;
        }
      }
      return systemStatus(ctx, copiedDatabase());
    },
    'system.setLanguage': (ctx, input) => {
      // A preference, like a column layout: no audit entry; `settings` so every window refetches the status.
      ctx.changes.mark('settings');
      inTransaction(ctx, () => saveLanguage(ctx.db, ctx.operator(), input.language));
      return systemStatus(ctx, copiedDatabase());
    },
    'system.loadDemo': async (ctx) => ({ loaded: await loadDemoScenario(ctx) }),
    'system.integrity': (ctx, input) => runIntegrity(ctx.sqlite, input.depth, ctx.now, undefined, databaseDamage()),
    'audit.list': (ctx, input) => {
      const where: SQL[] = [];
      if (input.entity) where.push(eq(auditLog.entity, input.entity));
      if (input.entityId) where.push(eq(auditLog.entityId, input.entityId));
      if (input.operator) where.push(eq(auditLog.operator, input.operator));
      if (input.from) where.push(gte(auditLog.at, input.from));
      if (input.to) where.push(lte(auditLog.at, input.to));
      return ctx.db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(input.limit)
        .all()
        .map(withExportTitle);
    },
    'layout.get': (ctx, input) => {
      const v = getSetting(ctx.db, `layout:${input.key}`);
      return v ? (JSON.parse(v) as unknown) : null;
    },
    'layout.save': (ctx, input) => {
      // Column layout is a preference, not a record: no audit entry and no `changed` event.
      setSetting(ctx.db, `layout:${input.key}`, JSON.stringify(input.state ?? null));
      return null;
    },
  };
}
