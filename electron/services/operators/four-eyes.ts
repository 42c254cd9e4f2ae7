import { say, type MessageKey } from '../../api/i18n';
import { FOUR_EYES_DEFAULTS, type FourEyesGuard, type FourEyesRules, type SecondOperatorInput } from '../../api/four-eyes';
import { roleAllows, roleLabel } from '../../api/permissions';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, ruleViolation } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { getSetting, setSetting } from '../system/settings';
import { checkPin, displayName, findOperator } from './accounts';
import type Database from 'better-sqlite3';

/**
 * Four-eyes (issue 10): the settings that ask for a second operator, and the check of one. The
 * rules are one settings row (`four_eyes`, JSON with its version), read by the core only: the
 * window learns what is needed from `needsSecondOperator` beside the allowed actions.
 */
const KEY = 'four_eyes' as const;

export function parseFourEyes(stored: string | null | undefined): FourEyesRules {
  const raw = (() => {
    try {
      return stored ? (JSON.parse(stored) as Partial<FourEyesRules>) : {};
    } catch {
      return {};
    }
  })();
  const flag = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const d = FOUR_EYES_DEFAULTS;
  const qty = Number(raw.adjustmentQuantity);
  return {
    countApproval: flag(raw.countApproval, d.countApproval),
    reversals: flag(raw.reversals, d.reversals),
    adjustments: flag(raw.adjustments, d.adjustments),
    adjustmentQuantity: Number.isInteger(qty) && qty >= 1 ? qty : d.adjustmentQuantity,
    exportsAboveGreen: flag(raw.exportsAboveGreen, d.exportsAboveGreen),
    version: Number.isInteger(raw.version) && Number(raw.version) >= 1 ? Number(raw.version) : 1,
  };
}

export const fourEyesRules = (ctx: ServiceContext): FourEyesRules => parseFourEyes(getSetting(ctx.db, KEY));

/** The same rules read from a bare connection (document views are built from one). */
export const fourEyesRulesOf = (sqlite: Database.Database): FourEyesRules =>
  parseFourEyes((sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined) ?? null);

/** Administrators change them on the Database page; audited like any record, refused on a stale version. */
export function saveFourEyesRules(ctx: ServiceContext, input: FourEyesRules): FourEyesRules {
  ctx.changes.mark('settings');
  return inTransaction(ctx, () => {
    const before = fourEyesRules(ctx);
    checkVersion(say('fourEyes.noun'), before.version, input.version);
    const after = { ...input, version: before.version + 1 };
    setSetting(ctx.db, KEY, JSON.stringify(after));
    recordAudit(ctx, [{ entity: 'setting', entityId: KEY, before, after }]);
    return after;
  });
}

const GUARD_KEYS: Record<FourEyesGuard, MessageKey> = {
  countApproval: 'fourEyes.guard.countApproval',
  reversals: 'fourEyes.guard.reversals',
  adjustments: 'fourEyes.guard.adjustments',
  exportsAboveGreen: 'fourEyes.guard.exportsAboveGreen',
};
export const guardLabel = (guard: FourEyesGuard): string => say(GUARD_KEYS[guard]);

/**
 * Verifies a second operator before the operation's transaction opens (a wrong PIN must count
 * toward the account's lock even though the call is refused, as at sign-in): someone other than
 * the operator at the keyboard (and than `notAlso`, e.g. the counter), an approver or above,
 * active, not locked, with the right PIN. Sets ctx.secondOperator for the posting and its audit.
 */
export function verifySecondOperator(
  ctx: ServiceContext,
  second: NonNullable<SecondOperatorInput>,
  counters: readonly string[] = [],
): void {
  const me = ctx.account();
  const row = findOperator(ctx, second.operatorId);
  if (!row || !row.active)
    throw ruleViolation(say('fourEyes.noSuchApprover'), [
      { path: ['secondOperator', 'operatorId'], message: say('fourEyes.noSuchApprover') },
    ]);
  const name = displayName(row);
  if (me && row.id === me.id) {
    throw ruleViolation(say('fourEyes.samePerson', { operator: name }), [
      { path: ['secondOperator', 'operatorId'], message: say('fourEyes.samePersonIssue') },
    ]);
  }
  if (!roleAllows(row.role, 'stock.approve')) {
    throw ruleViolation(say('fourEyes.notApprover', { operator: name, role: roleLabel(row.role), needed: roleLabel('approver') }), [
      { path: ['secondOperator', 'operatorId'], message: say('fourEyes.notApproverIssue') },
    ]);
  }
  if (counters.includes(name)) {
    throw ruleViolation(say('fourEyes.counterChecks', { operator: name }), [
      { path: ['secondOperator', 'operatorId'], message: say('fourEyes.samePersonIssue') },
    ]);
  }
  try {
    checkPin(ctx, row.id, second.pin);
  } catch (e) {
    const err = e as { issues?: { path: (string | number)[]; message: string }[] };
    // The PIN's issue is the second operator's, not the signed-in operator's.
    if (err.issues) err.issues = err.issues.map((i) => ({ ...i, path: ['secondOperator', ...i.path] }));
    throw e;
  }
  ctx.secondOperator = { id: row.id, displayName: name };
}

/** Refuses, naming the setting, when the settings ask for a second operator and none was verified. */
export function requireSecondOperator(ctx: ServiceContext, guard: FourEyesGuard): void {
  if (ctx.secondOperator) return;
  throw ruleViolation(say('fourEyes.required', { setting: guardLabel(guard) }), [
    { path: ['secondOperator'], message: say('fourEyes.requiredIssue') },
  ]);
}

/** The largest line quantity of a draft document (the adjustment threshold compares each line). */
export const largestLine = (sqlite: Database.Database, documentId: string): number =>
  (sqlite.prepare('SELECT coalesce(max(quantity), 0) FROM stock_document_lines WHERE document_id = ?').pluck().get(documentId) as number) ??
  0;
