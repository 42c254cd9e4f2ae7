import { contract, isOpName, type OpName } from '../../api/contract';
import { say } from '../../api/i18n';
import type { ApiError, FieldIssue, Result } from '../../api/result';
import { speakTo } from '../system/language';
import { permissionFor } from '../../api/define';
import { PERMISSION_ROLE, permissionLabel, roleAllows, roleLabel, type Permission } from '../../api/permissions';
import type { ServiceContext } from './context';
import { DomainError, isSqliteBusy } from './errors';
import type { Handlers } from './handlers';
import { restrictWorkflows } from '../workflow/for-operator';

/**
 * The caller's session may call an operation needing `needed`, or the refusal to return: it names
 * the permission, the role that grants it, and who is signed in. Nothing is read or written first.
 */
function refusalFor(ctx: ServiceContext, name: OpName, needed: Permission): ApiError | null {
  if (needed === 'public') return null;
  const account = ctx.account();
  if (!account) return { code: 'not_ready', message: say('dispatch.signInFirst', { name }) };
  // 'session' is granted to every role, so a refusal is always for a permission a role grants.
  if (needed === 'session' || roleAllows(account.role, needed)) return null;
  return {
    code: 'forbidden',
    message: say('dispatch.forbidden', {
      name,
      permission: needed,
      what: permissionLabel(needed),
      role: roleLabel(account.role),
      operator: account.displayName,
      grantedBy: roleLabel(PERMISSION_ROLE[needed]),
    }),
  };
}

/** ['rows', 2, 'nsn'] → "Row 3, nsn"; ['organisation', 'shortName'] → "organisation.shortName". */
function pathLabel(path: (string | number)[]): string {
  let label = '';
  path.forEach((p, k) => {
    if (typeof p === 'number') {
      label = path[k - 1] === 'rows' ? `${label.slice(0, -'rows'.length)}${say('dispatch.row', { n: p + 1 })}` : `${label}[${p + 1}]`;
    } else {
      label += label === '' ? p : /\d+$/.test(label) && typeof path[k - 1] === 'number' ? `, ${p}` : `.${p}`;
    }
  });
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : v === undefined ? 'nothing' : `a ${typeof v}`);

export function describeIssues(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path.length ? `${pathLabel(i.path)}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` ${say('dispatch.andMore', { count: issues.length - 3 })}` : '';
  return `${shown.join('; ')}${more}`;
}

function toApiError(e: unknown): ApiError {
  if (e instanceof DomainError) return { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) };
  const err = e as { code?: string; message?: string };
  if (isSqliteBusy(e)) {
    return {
      code: 'conflict',
      message: say('dispatch.busy'),
    };
  }
  return { code: 'internal', message: say('dispatch.internal', { detail: err?.message ?? String(e) }) };
}

/**
 * The single entry point of the core: refuses unknown names, refuses a caller whose verified
 * operator lacks the operation's permission, parses input with the contract's schema, runs the handler and turns every failure into an
 * error value. A `changed` event follows each successful write.
 */
export async function dispatch(
  handlers: Handlers,
  makeContext: (operation: OpName) => ServiceContext,
  name: unknown,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isOpName(name)) {
    return {
      ok: false,
      error: { code: 'unknown_operation', message: say('dispatch.unknownOperation', { name: String(name).slice(0, 80) }) },
    };
  }
  const def = contract[name];
  const ctx = makeContext(name);
  // Refusals, the schemas' included, are worded in the language of the operator at the keyboard,
  // their dates in the installation's date style.
  speakTo(ctx, ctx.operator());
  // A fixed permission is checked before the input is even read; one that depends on the input
  // (jobs.start) needs a signed-in operator now and is checked in full after parsing, below.
  const refusal = refusalFor(ctx, name, typeof def.permission === 'string' ? def.permission : 'session');
  if (refusal) return { ok: false, error: refusal };
  let parsed: ReturnType<typeof def.input.safeParse>;
  try {
    parsed = def.input.safeParse(rawInput);
  } catch (e) {
    // A value no schema step expected to throw on (e.g. an array nested thousands deep overflows
    // String()): still bad input, refused as such, never an exception out of the core.
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: say('dispatch.unreadable', { name, detail: (e as Error)?.message ?? 'unreadable value' }),
      },
    };
  }
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => {
      const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
      // A problem inside a cell (e.g. the 2nd pack size) is reported at the cell: ['rows', i, field].
      if (path[0] === 'rows' && typeof path[1] === 'number' && path.length > 3) return { path: path.slice(0, 3), message: i.message };
      // Zod's "expected object, received null" names no operation; say which one and what it takes.
      if (path.length === 0 && i.code === 'invalid_type')
        return { path, message: say('dispatch.notObject', { name, kind: kindOf(rawInput) }) };
      return { path, message: i.message };
    });
    return { ok: false, error: { code: 'invalid_input', message: describeIssues(issues), issues } };
  }
  if (typeof def.permission === 'function') {
    const refused = refusalFor(ctx, name, permissionFor(def, parsed.data));
    if (refused) return { ok: false, error: refused };
  }
  try {
    const handler = handlers[name] as (c: ServiceContext, i: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    const account = ctx.account();
    if (account) restrictWorkflows(value, account.role);
    if (ctx.changes.size > 0) ctx.emit({ type: 'changed', changes: ctx.changes.toChanges() });
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof DomainError) && !isSqliteBusy(e)) console.error(`[corridor] ${name} failed:`, e);
    return { ok: false, error: toApiError(e) };
  }
}
