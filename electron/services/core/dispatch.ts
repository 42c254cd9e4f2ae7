import { contract, isOpName, type OpName } from '../../api/contract';
import type { ApiError, FieldIssue, Result } from '../../api/result';
import type { ServiceContext } from './context';
import { DomainError } from './errors';
import type { Handlers } from './handlers';

/** Operations allowed before an operator has said who they are. */
const SETUP_OPERATIONS = new Set<OpName>(['system.setup', 'layout.save', 'system.setLanguage']);

/** ['rows', 2, 'nsn'] → "Row 3, nsn"; ['organisation', 'shortName'] → "organisation.shortName". */
function pathLabel(path: (string | number)[]): string {
  let label = '';
  path.forEach((p, k) => {
    if (typeof p === 'number') {
      label = path[k - 1] === 'rows' ? `${label.slice(0, -'rows'.length)}row ${p + 1}` : `${label}[${p + 1}]`;
    } else {
      label += label === '' ? p : /row \d+$/.test(label) ? `, ${p}` : `.${p}`;
    }
  });
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : v === undefined ? 'nothing' : `a ${typeof v}`);

export function describeIssues(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path.length ? `${pathLabel(i.path)}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** Another program (or process) holds SQLite's write lock: an expected refusal, not a failure to log. */
const isBusy = (e: unknown) =>
  typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_BUSY');

function toApiError(e: unknown): ApiError {
  if (e instanceof DomainError) return { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) };
  const err = e as { code?: string; message?: string };
  if (isBusy(e)) {
    return {
      code: 'conflict',
      message: 'The database file is busy: another program is writing to it. Nothing was saved; try again in a moment.',
    };
  }
  return { code: 'internal', message: `Unexpected error: ${err?.message ?? String(e)}. Nothing was saved.` };
}

/**
 * The single entry point of the core: refuses unknown names, parses input with the contract's
 * schema, requires an operator for writes, runs the handler and turns every failure into an
 * error value. A `changed` event follows each successful write.
 */
export async function dispatch(
  handlers: Handlers,
  makeContext: (operation: OpName) => ServiceContext,
  name: unknown,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isOpName(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation "${String(name).slice(0, 80)}"` } };
  }
  const def = contract[name];
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
        message: `${name} could not read its input (${(e as Error)?.message ?? 'unreadable value'}); send plain named fields`,
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
        return { path, message: `${name} takes an object of named fields, not ${kindOf(rawInput)}` };
      return { path, message: i.message };
    });
    return { ok: false, error: { code: 'invalid_input', message: describeIssues(issues), issues } };
  }
  const ctx = makeContext(name);
  if (def.write && !SETUP_OPERATIONS.has(name) && !ctx.operator()) {
    return { ok: false, error: { code: 'not_ready', message: 'Say who you are first (first-start setup) before changing records' } };
  }
  try {
    const handler = handlers[name] as (c: ServiceContext, i: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    if (ctx.changes.size > 0) ctx.emit({ type: 'changed', changes: ctx.changes.toChanges() });
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof DomainError) && !isBusy(e)) console.error(`[corridor] ${name} failed:`, e);
    return { ok: false, error: toApiError(e) };
  }
}
