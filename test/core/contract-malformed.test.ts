import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type OpName } from '../../electron/api/contract';
import { openTestCore, writeSnapshot, type TestCore } from '../helpers/core';

/**
 * Every operation of the contract, present and future, is fed malformed input: each call must
 * come back as an error value (never a throw, never `internal`) and leave every table and the
 * audit trail exactly as they were. Inputs an operation legitimately accepts (an empty filter
 * for a list) must succeed without writing. New operations are covered by being in `contract`.
 */

const HUGE = 'x'.repeat(1_000_000);
const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

/** A list nested so deep that String() of it overflows the stack (found by the contract fuzz in a yes/no field). */
const DEEP: unknown = Array.from({ length: 20_000 }).reduce<unknown>((inner) => [inner], 'bottom');
/** Values of the wrong type, or absurd size, for any field (a short string may be valid free text). */
const WRONG_VALUES: unknown[] = [null, 12345, -1, Number.NaN, true, [], {}, [1, 2, 3], HUGE, { nested: { deeper: [HUGE] } }, DEEP];

const WHOLE_INPUTS: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'organisations'],
  ['a huge string', HUGE],
  ['an array', [{ id: NO_SUCH_ID }]],
  ['{}', {}],
  ['prototype keys', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
  ['rows not an array', { rows: 'A1\tFlour\tfood' }],
  ['no rows', { rows: [] }],
  ['rows of junk', { rows: [null, 42, 'row', [], {}] }],
  [
    'row with wrong types',
    { rows: [{ id: 42, version: 'one', code: 7, name: [], category: {}, kind: 1, organisationId: true, shortName: null }] },
  ],
  ['row with huge strings', { rows: [{ code: HUGE, name: HUGE, shortName: HUGE, kind: HUGE, category: HUGE, organisationId: HUGE }] }],
  ['too many rows', { rows: Array.from({ length: 20_001 }, () => ({})) }],
  ['an id that is not an id', { id: 'DROP TABLE items' }],
  ['a yes/no cell holding a list nested 20,000 deep', { rows: [{ needsLotExpiry: DEEP, freezeSensitive: DEEP }] }],
  ['a huge id', { id: HUGE }],
];

/** The object shape behind optional/default/preprocess wrappers, to aim wrong values at each field. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      return def.shape as Record<string, z.ZodType>;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      return shapeOf(def.innerType as z.ZodType);
    case 'pipe':
      return shapeOf(def.in as z.ZodType) ?? shapeOf(def.out as z.ZodType);
    default:
      return null;
  }
}

/** Inputs setting one field at a time to a wrong value (the other fields absent). */
function perFieldInputs(name: OpName): [string, unknown][] {
  const shape = shapeOf(contract[name].input);
  if (!shape) return [];
  return Object.keys(shape).flatMap((key) =>
    WRONG_VALUES.map((v): [string, unknown] => [
      `${key} = ${v === DEEP ? 'a list nested 20,000 deep' : typeof v === 'string' && v.length > 40 ? 'huge string' : JSON.stringify(v)}`,
      { [key]: v },
    ]),
  );
}

let t: TestCore;
beforeAll(async () => {
  // The demo is loaded so removes and updates have real records to (not) touch, and
  // system.loadDemo, which legitimately takes {}, has nothing left to write.
  t = await openTestCore({ demo: true });
});
afterAll(() => t?.cleanup());

describe('every operation refuses malformed input without writing', () => {
  const names = Object.keys(contract) as OpName[];

  it('covers the whole contract', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of names) {
    it(name, async () => {
      const accepted: string[] = [];
      for (const [label, input] of [...WHOLE_INPUTS, ...perFieldInputs(name)]) {
        const before = writeSnapshot(t.core);
        let result: Awaited<ReturnType<typeof t.core.invoke>>;
        try {
          // Signing out is a write that takes {}: done on a session of its own, so this core stays signed in.
          result = await t.core.invoke(name, input, name === 'auth.signOut' || name === 'auth.lock' ? 'another-window' : undefined);
        } catch (e) {
          throw new Error(`${name} threw on ${label}: ${(e as Error).message}`, { cause: e });
        }
        expect(writeSnapshot(t.core), `${name} wrote something on ${label}`).toEqual(before);
        if (result.ok) {
          // Only reads (and the already-loaded demo) may accept a stray or empty input.
          expect(
            contract[name].write && name !== 'system.loadDemo' && name !== 'auth.signOut' && name !== 'auth.lock',
            `${name} accepted ${label}`,
          ).toBe(false);
          accepted.push(label);
          continue;
        }
        expect(result.error.code, `${name} on ${label}: ${result.error.message}`).not.toBe('internal');
        expect(result.error.message.length, `${name} on ${label}`).toBeGreaterThan(0);
        expect(result.error.message.length, `${name} on ${label}: message too long`).toBeLessThan(2000);
        for (const issue of result.error.issues ?? []) expect(Array.isArray(issue.path)).toBe(true);
      }
      if (!contract[name].write) {
        // A read with an empty filter is a normal call: it must succeed (and wrote nothing, above).
        const shape = shapeOf(contract[name].input);
        const needsFields = shape && Object.values(shape).some((f) => !f.safeParse(undefined).success);
        if (!needsFields) expect(accepted, `${name} should accept {}`).toContain('{}');
      }
    });
  }

  it('says which operation wanted an object when given something else', async () => {
    expect(await t.core.invoke('items.save', null)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'items.save takes an object of named fields, not null' },
    });
    expect(await t.core.invoke('sites.remove', 'FOB-N')).toMatchObject({
      error: { message: 'sites.remove takes an object of named fields, not a string' },
    });
    expect(await t.core.invoke('system.setup', [1])).toMatchObject({
      error: { message: 'system.setup takes an object of named fields, not a list' },
    });
  });

  it('refuses unknown operation names as values', async () => {
    for (const name of ['nope', 'items.drop', '__proto__', 'constructor', 'toString', 42, null, undefined, HUGE]) {
      const r = await t.core.invoke(name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
      if (!r.ok) expect(r.error.message.length).toBeLessThan(200);
    }
  });
});
