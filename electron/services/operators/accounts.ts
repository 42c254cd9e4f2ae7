import { fieldName, say } from '../../api/i18n';
import { and, asc, eq, sql } from 'drizzle-orm';
import { operators, organisations, type OperatorRow } from '../../../db/schema';
import type { OperatorChoice, OperatorView, SessionOperator } from '../../api/operators';
import { permissionsOf, type Role } from '../../api/permissions';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, conflict, DomainError, notFound, ruleViolation } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { insertRecord, updateRecord } from '../core/write';
import { hashPin, verifyPin } from './pin';

/** Wrong PINs in a row that lock an account, and for how long. */
export const MAX_FAILED_PINS = 5;
export const PIN_LOCK_MINUTES = 5;

export const displayName = (row: Pick<OperatorRow, 'name' | 'title'>) => (row.title ? `${row.title} ${row.name}` : row.name);

export function sessionOperator(row: OperatorRow): SessionOperator {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    displayName: displayName(row),
    role: row.role,
    permissions: permissionsOf(row.role),
    language: row.language,
  };
}

export function operatorView(row: OperatorRow): OperatorView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    title: row.title,
    organisationId: row.organisationId,
    role: row.role,
    active: row.active,
    failedAttempts: row.failedAttempts,
    lockedUntil: row.lockedUntil,
    language: row.language,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the audit trail keeps of an account: never the PIN's hash. */
const audited = (row: OperatorRow) => {
  const { pinHash: _hash, ...rest } = row;
  return rest;
};

export const findOperator = (ctx: ServiceContext, id: string): OperatorRow | undefined =>
  ctx.db.select().from(operators).where(eq(operators.id, id)).get();

export const operatorCount = (ctx: ServiceContext): number =>
  ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(operators)
    .get()?.n ?? 0;

const lockedNow = (row: OperatorRow, now: string) => (row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null);

/** The sign-in screen's list: active accounts, by name, with whether each is locked now. */
export function operatorChoices(ctx: ServiceContext): OperatorChoice[] {
  const now = ctx.now();
  return ctx.db
    .select()
    .from(operators)
    .where(eq(operators.active, true))
    .orderBy(asc(operators.name))
    .all()
    .map((row) => ({ id: row.id, displayName: displayName(row), role: row.role, lockedUntil: lockedNow(row, now) }));
}

export const listOperators = (ctx: ServiceContext): OperatorView[] =>
  ctx.db.select().from(operators).orderBy(asc(operators.name)).all().map(operatorView);

interface Details {
  name: string;
  title?: string | null;
  organisationId?: string | null;
  language?: string | null;
}

function checkDetails(ctx: ServiceContext, d: Details, id: string | null): void {
  const clash = ctx.db
    .select({ id: operators.id })
    .from(operators)
    .where(sql`${operators.name} = ${d.name} COLLATE NOCASE`)
    .get();
  if (clash && clash.id !== id) {
    throw conflict(say('operators.nameTaken', { name: d.name }), [{ path: ['name'], message: say('operators.nameTakenIssue') }]);
  }
  if (
    d.organisationId &&
    !ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, d.organisationId)).get()
  ) {
    throw new DomainError('invalid_input', say('format.fromList', { field: fieldName('Organisation') }), [
      { path: ['organisationId'], message: say('operators.noSuchOrganisation') },
    ]);
  }
}

/** Creates an account (in the caller's transaction when there is one); the PIN is stored hashed only. */
export function createOperator(ctx: ServiceContext, input: Details & { role: Role; pin: string }): OperatorRow {
  return inTransaction(ctx, () => {
    checkDetails(ctx, input, null);
    const { id } = insertRecord(ctx, 'operators', {
      name: input.name,
      title: input.title ?? null,
      organisation_id: input.organisationId ?? null,
      role: input.role,
      pin_hash: hashPin(input.pin),
      active: 1,
      failed_attempts: 0,
      locked_until: null,
      language: input.language ?? null,
    });
    const row = findOperator(ctx, id)!;
    recordAudit(ctx, [{ entity: 'operator', entityId: id, before: null, after: audited(row) }]);
    return row;
  });
}

const activeAdministrators = (ctx: ServiceContext) =>
  ctx.db
    .select({ id: operators.id })
    .from(operators)
    .where(and(eq(operators.role, 'administrator'), eq(operators.active, true)))
    .all();

export function updateOperator(
  ctx: ServiceContext,
  input: Details & { id: string; version: number; role: Role; active: boolean },
): OperatorRow {
  return inTransaction(ctx, () => {
    const before = findOperator(ctx, input.id);
    if (!before) throw notFound(say('operators.noun'), input.id);
    checkVersion(`${say('operators.noun')} ${displayName(before)}`, before.version, input.version);
    checkDetails(ctx, input, input.id);
    const losesAdministrator = before.role === 'administrator' && before.active && (input.role !== 'administrator' || !input.active);
    if (losesAdministrator && activeAdministrators(ctx).length <= 1) {
      throw ruleViolation(say('operators.onlyAdministrator', { operator: displayName(before) }));
    }
    updateRecord(ctx, 'operators', input.id, {
      name: input.name,
      title: input.title ?? null,
      organisation_id: input.organisationId ?? null,
      role: input.role,
      active: input.active ? 1 : 0,
      language: input.language ?? null,
    });
    const after = findOperator(ctx, input.id)!;
    recordAudit(ctx, [{ entity: 'operator', entityId: input.id, before: audited(before), after: audited(after) }]);
    return after;
  });
}

/** An administrator sets a new PIN (a forgotten one, or after a lock); it also lifts the lock. */
export function resetPin(ctx: ServiceContext, input: { id: string; version: number; pin: string }): OperatorRow {
  return inTransaction(ctx, () => {
    const before = findOperator(ctx, input.id);
    if (!before) throw notFound(say('operators.noun'), input.id);
    checkVersion(`${say('operators.noun')} ${displayName(before)}`, before.version, input.version);
    updateRecord(ctx, 'operators', input.id, { pin_hash: hashPin(input.pin), failed_attempts: 0, locked_until: null });
    const after = findOperator(ctx, input.id)!;
    recordAudit(ctx, [
      { entity: 'operator', entityId: input.id, before: { ...audited(before), pin: 'set' }, after: { ...audited(after), pin: 'reset' } },
    ]);
    return after;
  });
}

const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const timeOf = (iso: string) => iso.slice(11, 16);

/**
 * Checks an operator's PIN. A wrong one counts (committed even though the call is refused, or
 * counting would mean nothing); MAX_FAILED_PINS in a row lock the account for PIN_LOCK_MINUTES.
 * A right one clears the count. Returns the account; throws a refusal naming what to do.
 */
export function checkPin(ctx: ServiceContext, operatorId: string, pin: string): OperatorRow {
  const row = findOperator(ctx, operatorId);
  if (!row || !row.active) throw ruleViolation(say('auth.noAccount'));
  const now = ctx.now();
  const locked = lockedNow(row, now);
  if (locked) {
    throw ruleViolation(say('auth.locked', { operator: displayName(row), max: MAX_FAILED_PINS, time: timeOf(locked) }));
  }
  if (!verifyPin(pin, row.pinHash)) {
    const failed = row.failedAttempts + 1;
    const lockNow = failed >= MAX_FAILED_PINS;
    inTransaction(ctx, () => {
      updateRecord(ctx, 'operators', row.id, {
        failed_attempts: lockNow ? 0 : failed,
        locked_until: lockNow ? minutesAfter(now, PIN_LOCK_MINUTES) : row.lockedUntil,
      });
      if (lockNow) {
        recordAudit(ctx, [
          { entity: 'operator', entityId: row.id, before: null, after: { event: 'locked', reason: `${MAX_FAILED_PINS} wrong PINs` } },
        ]);
      }
    });
    throw ruleViolation(
      lockNow
        ? say('auth.wrongPinLocked', { operator: displayName(row), minutes: PIN_LOCK_MINUTES, max: MAX_FAILED_PINS })
        : say('auth.wrongPin', { operator: displayName(row), left: MAX_FAILED_PINS - failed, minutes: PIN_LOCK_MINUTES }),
      [{ path: ['pin'], message: say('auth.wrongPinIssue') }],
    );
  }
  if (row.failedAttempts > 0 || row.lockedUntil) {
    inTransaction(ctx, () => updateRecord(ctx, 'operators', row.id, { failed_attempts: 0, locked_until: null }));
  }
  return findOperator(ctx, row.id)!;
}
