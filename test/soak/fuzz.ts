import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { z } from 'zod';
import { contract, type OpName } from '../../electron/api/contract';
import { createCore, type LocalCore } from '../../electron/services/core/create';

/**
 * The contract fuzz (issue 7, `npm run soak:fuzz`; 1,000 inputs in `npm test`): random malformed
 * and adversarial inputs to every operation of the contract, against a real core on a real SQLite
 * file holding the demo scenario. Inputs are shaped after each operation's schema (its own field
 * names, nested rows and lines, ids of records that exist) so they reach the services, not only
 * the parser, and filled with wrong types, huge strings, NaN/Infinity/1e308, prototype keys,
 * deep nesting and control/bidi characters. Counted: calls that threw (crashes), answers with
 * code `internal`, and refused calls that wrote anything (PRAGMA data_version seen from a second
 * connection, and every table's row count).
 */

export interface FuzzFigures {
  inputs: number;
  accepted: number;
  refused: number;
  crashes: number;
  internalErrors: number;
  partialWrites: number;
  /** The first few failures, for the report. */
  failures: string[];
  seconds: number;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A sketch of a schema: objects with their keys, arrays of elements, leaves. */
type Sketch = { kind: 'object'; fields: Record<string, Sketch> } | { kind: 'array'; element: Sketch } | { kind: 'leaf'; name: string };

function sketch(schema: z.ZodType, name = '', depth = 0): Sketch {
  const def = defOf(schema);
  if (depth > 8) return { kind: 'leaf', name };
  switch (def.type) {
    case 'object':
      return {
        kind: 'object',
        fields: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, sketch(v, k, depth + 1)])),
      };
    case 'array':
      return { kind: 'array', element: sketch(def.element!, name, depth + 1) };
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return sketch(def.innerType!, name, depth + 1);
    case 'pipe': {
      const inner = sketch(def.in!, name, depth + 1);
      return inner.kind === 'leaf' ? sketch(def.out!, name, depth + 1) : inner;
    }
    default:
      return { kind: 'leaf', name };
  }
}

const HUGE = 'x'.repeat(2_000_000);
const CONTROL = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u202E', '\u2066', '\uD800', '\r\n', '\t'];

function deep(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

/** Ids of records that exist, so inputs reach the services' lookups and locks. */
function knownIds(core: LocalCore): string[] {
  const ids: string[] = [];
  for (const table of [
    'organisations',
    'sites',
    'items',
    'stock_lots',
    'stock_documents',
    'stock_document_lines',
    'stock_count_lines',
    'stock_thresholds',
    'contacts',
    'agreements',
  ]) {
    try {
      ids.push(...(core.sqlite.prepare(`SELECT id FROM "${table}" LIMIT 40`).all() as { id: string }[]).map((r) => r.id));
    } catch {
      // a table another version does not have
    }
  }
  return ids;
}

function adversarialValue(ids: string[]): fc.Arbitrary<unknown> {
  const strings = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...CONTROL).chain((c) => fc.string({ maxLength: 10 }).map((s) => `${s}${c}${s}`)),
    fc.constantFrom(
      '',
      ' ',
      '=cmd|/C calc!A0',
      '-1',
      '1e308',
      'NaN',
      'null',
      'undefined',
      '__proto__',
      'DROP TABLE items; --',
      '2026-02-30',
      '0001-01-01',
      '9999-12-31',
      '1 200',
      "O'Brien",
      HUGE,
    ),
  );
  const numbers = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      1e308,
      -1e308,
      -0,
      0,
      1,
      2,
      3,
      Number.MAX_SAFE_INTEGER + 2,
      1_000_000_001,
      2 ** 31,
    ),
  );
  const specials = fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    [],
    {},
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    deep(5_000, 'array'),
    deep(5_000, 'object'),
    Array.from({ length: 25_000 }, (_, i) => i),
    10n,
    Symbol('s'),
    () => 1,
    new Date(Number.NaN),
    new Map([[1, 2]]),
  );
  const id = ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid();
  return fc.oneof(
    { weight: 3, arbitrary: strings },
    { weight: 3, arbitrary: numbers },
    { weight: 2, arbitrary: specials },
    { weight: 3, arbitrary: id },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}

/** An input shaped like the schema, each field kept, dropped, or replaced by something hostile. */
function shaped(s: Sketch, value: fc.Arbitrary<unknown>, depth = 0): fc.Arbitrary<unknown> {
  if (s.kind === 'leaf' || depth > 4) return value;
  if (s.kind === 'array') {
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(shaped(s.element, value, depth + 1), { maxLength: 4 }) },
      { weight: 1, arbitrary: value },
    );
  }
  const keys = Object.keys(s.fields);
  const fields = Object.fromEntries(keys.map((k) => [k, fc.option(shaped(s.fields[k], value, depth + 1), { nil: undefined, freq: 3 })]));
  return fc.oneof(
    { weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    {
      weight: 1,
      arbitrary: fc
        .record(fields, { requiredKeys: [] })
        .chain((o) =>
          fc
            .constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty')
            .map((k) => Object.assign(JSON.parse(`{"${k}": {"polluted": true}}`), o)),
        ),
    },
    { weight: 1, arbitrary: value },
  );
}

export function inputs(ids: string[]): fc.Arbitrary<{ op: OpName; input: unknown }> {
  const value = adversarialValue(ids);
  const ops = Object.keys(contract) as OpName[];
  return fc.constantFrom(...ops).chain((op) => shaped(sketch(contract[op].input), value).map((input) => ({ op, input })));
}

const counts = (core: LocalCore) =>
  JSON.stringify(
    (
      core.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    ).map((t) => (core.sqlite.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n),
  );

function describeInput(input: unknown): string {
  try {
    const s = JSON.stringify(input, (_k, v: unknown) =>
      typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v,
    );
    return (s ?? String(input)).slice(0, 300);
  } catch {
    return String(typeof input);
  }
}

/** Runs `count` inputs (deterministic for a seed) against a fresh core with the demo scenario. */
export async function runFuzz(opts: { count: number; seed?: number; onProgress?: (done: number) => void }): Promise<FuzzFigures> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-fuzz-'));
  const dbPath = path.join(dir, 'fuzz.sqlite');
  const core = createCore({ databasePath: dbPath, homeDir: path.join(dir, 'home') });
  const observer = new Database(dbPath, { readonly: true, fileMustExist: true });
  const figures: FuzzFigures = {
    inputs: 0,
    accepted: 0,
    refused: 0,
    crashes: 0,
    internalErrors: 0,
    partialWrites: 0,
    failures: [],
    seconds: 0,
  };
  const fail = (what: string) => figures.failures.length < 20 && figures.failures.push(what);
  try {
    await core.call('system.setup', {
      operator: 'Fuzz Tester',
      pin: '1234',
      organisation: { name: 'Fuzz Logistics Battalion', shortName: 'FLB', kind: 'military', country: 'XX' },
      demo: true,
    });
    const ids = knownIds(core);
    const fuzzTester = (await core.call('auth.operators', {})).find((o) => o.displayName === 'Fuzz Tester')!.id;
    const samples = fc.sample(inputs(ids), { numRuns: opts.count, seed: opts.seed ?? 7 });
    const dataVersion = () => observer.pragma('data_version', { simple: true }) as number;
    for (const { op, input } of samples) {
      figures.inputs++;
      const before = { version: dataVersion(), counts: counts(core) };
      let result: Awaited<ReturnType<LocalCore['invoke']>>;
      try {
        result = await core.invoke(op, input);
      } catch (e) {
        figures.crashes++;
        fail(`crash: ${op} ${describeInput(input)}: ${(e as Error).message}`);
        continue;
      }
      if (result.ok) {
        figures.accepted++;
      } else {
        figures.refused++;
        if (result.error.code === 'internal') {
          figures.internalErrors++;
          fail(`internal: ${op} ${describeInput(input)}: ${result.error.message}`);
        }
        // A wrong PIN is refused and counted on purpose (enough of them lock the account): that
        // write is the rule, not a partial write.
        const wrongPin = op.startsWith('auth.') && (result.error.issues ?? []).some((i) => i.path.join('.') === 'pin');
        if (!wrongPin && (dataVersion() !== before.version || counts(core) !== before.counts)) {
          figures.partialWrites++;
          fail(`refused but wrote: ${op} ${describeInput(input)}: ${result.error.message}`);
        }
      }
      // A signed-out (or re-signed) session would refuse everything after it: sign the fuzzer back in.
      if (op.startsWith('auth.')) await core.invoke('auth.signIn', { operatorId: fuzzTester, pin: '1234' });
      if (figures.inputs % 1000 === 0) opts.onProgress?.(figures.inputs);
    }
  } finally {
    observer.close();
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  figures.seconds = Math.round((performance.now() - started) / 100) / 10;
  return figures;
}
