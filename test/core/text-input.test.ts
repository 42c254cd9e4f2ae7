import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type OpName } from '../../electron/api/contract';
import { textProblem } from '../../electron/api/text';
import { openTestCore, refusedWritingNothing, type TestCore } from '../helpers/core';

/**
 * Issue 7 point 12: text that becomes code elsewhere. Every free-text field of the contract
 * refuses control characters (tab and line breaks only in multi-line notes) and bidirectional
 * override/isolate characters, with a message naming the field.
 */

const REFUSED_EVERYWHERE = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const BIDI_ISOLATES = ['\u2066', '\u2067', '\u2068', '\u2069'];
const LINE_BREAKS = ['\t', '\n', '\r', '\u2028', '\u2029'];

describe('the text schema', () => {
  it('refuses exactly what the four checks refuse, with or without its one-scan shortcut for plain text', () => {
    // The checks as they read in full (text.ts), without the shortcut that skips them for text holding none of their characters.
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
    const lineBreak = /[\t\n\r\u2028\u2029]/;
    const bidi = /[\u202A-\u202E\u2066-\u2069]/;
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const chars = [
      ...'aZ 0é',
      'عر',
      ...REFUSED_EVERYWHERE,
      ...BIDI_ISOLATES,
      ...LINE_BREAKS,
      '\u200E',
      '\u200F',
      '\uD83D',
      '\uDE00',
      '\u00A0',
      '\u2027',
      '\u202F',
      '\u206A',
      '\uE000',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), fc.boolean(), (parts, multiline) => {
        const s = parts.join('');
        const refused = control.test(s) || bidi.test(s) || (!multiline && lineBreak.test(s)) || lone.test(s);
        expect(textProblem('Name', s, multiline) !== null).toBe(refused);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the field and the character', () => {
    expect(textProblem('Name', 'Rice\u0000')).toBe('Name cannot contain control characters (found U+0000 at character 5)');
    expect(textProblem('Short name', 'abc\u202Efdp.exe')).toMatch(
      /^Short name cannot contain bidirectional override characters \(found U\+202E/,
    );
    expect(textProblem('Reference', 'WB\t12')).toBe('Reference must be one line: no tabs or line breaks (found U+0009 at character 3)');
    expect(textProblem('Notes', 'line one\nline two\twith a tab', true)).toBeNull();
    expect(textProblem('Notes', 'ok\u0000', true)).toMatch(/^Notes cannot contain control characters/);
    expect(textProblem('Name', '\uD800x')).toMatch(/broken character/);
  });

  it('accepts ordinary text in any script, with the marks right-to-left text uses', () => {
    for (const s of ['Rice 25 kg', 'Bâche de protection', 'مستودع الشمال', 'abc\u200Fdef', '=SUM(A1)', '-5', 'Ω 😀']) {
      expect(textProblem('Name', s), s).toBeNull();
    }
  });
});

/* ------------------------------------------------------------------------------------------------
 * Every free-text field of the contract, found by walking the input schemas
 * ---------------------------------------------------------------------------------------------- */

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths to every leaf field, through objects, arrays (element 0) and wrappers. */
function leafPaths(schema: z.ZodType, path: (string | number)[] = []): (string | number)[][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([k, v]) => leafPaths(v, [...path, k]));
    case 'array':
      return leafPaths(def.element!, [...path, 0]);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return leafPaths(def.innerType!, path);
    case 'pipe': {
      const inner = leafPaths(def.in!, path);
      const out = leafPaths(def.out!, path);
      return inner.length > 1 || (inner.length === 1 && inner[0].length > path.length) ? inner : out;
    }
    default:
      return [path];
  }
}

function withValue(path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [withValue(rest, value)] : { [head]: withValue(rest, value) };
}

const issuesAt = (schema: z.ZodType, path: (string | number)[], value: unknown) => {
  const r = schema.safeParse(withValue(path, value));
  return r.success ? [] : r.error.issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
};

/** Fields that take any short text: "Hello world" gives no issue at the field itself. */
function freeTextFields(): { op: OpName; path: (string | number)[] }[] {
  return (Object.keys(contract) as OpName[]).flatMap((op) =>
    leafPaths(contract[op].input)
      .filter((path) => path.length > 0 && path[path.length - 1] !== 'state') // layout state: opaque JSON, never shown or exported
      .filter((path) => issuesAt(contract[op].input, path, 'Hello world').length === 0)
      .filter((path) => issuesAt(contract[op].input, path, 12345).length > 0) // a text field, not "anything goes"
      .map((path) => ({ op, path })),
  );
}

describe('every free-text field of the contract', () => {
  const fields = freeTextFields();

  it('is found (names, notes, references, reasons, lot numbers, searches, filters)', () => {
    const names = new Set(fields.map((f) => `${f.op}:${f.path.filter((p) => typeof p === 'string').join('.')}`));
    for (const expected of [
      'organisations.save:rows.name',
      'organisations.save:rows.notes',
      'contacts.save:rows.callSign',
      'agreements.save:rows.scope',
      'sites.save:rows.town',
      'items.save:rows.name',
      'system.setup:operator',
      'system.setup:organisation.name',
      'stock.documents.create:reference',
      'stock.documents.create:lines.lotNumber',
      'stock.documents.create:lines.fefoOverrideReason',
      'stock.documents.reverse:reason',
      'stock.count.addLine:lotNumber',
      'stock.onHand:search',
      'audit.list:operator',
    ]) {
      expect(names, expected).toContain(expected);
    }
    expect(fields.length).toBeGreaterThan(40);
  });

  it('refuses control and bidi-override characters with a message naming the field', () => {
    const failures: string[] = [];
    for (const { op, path } of fields) {
      for (const ch of [...REFUSED_EVERYWHERE, ...BIDI_ISOLATES]) {
        const issues = issuesAt(contract[op].input, path, `Hello${ch}world`);
        if (issues.length === 0) failures.push(`${op} ${path.join('.')} accepted U+${ch.charCodeAt(0).toString(16)}`);
      }
      const ld = issuesAt(contract[op].input, path, 'Hello\u202Edlrow');
      if (ld.length > 0 && !/^[A-Z][\w &/-]+ (cannot contain|must)/.test(ld[0].message)) {
        failures.push(`${op} ${path.join('.')}: message does not name the field: ${ld[0].message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses tabs and line breaks except in multi-line notes', () => {
    const multiline = fields.filter(({ op, path }) => issuesAt(contract[op].input, path, 'one\ntwo').length === 0);
    const names = multiline.map(({ path }) => path.filter((p) => typeof p === 'string').pop());
    // Requests: the justification, the last-resort record, the escort criteria, what is asked, comments and delivery notes.
    const requestTexts = [
      ...['justification', 'civilianOptionsTried', 'capabilityGap', 'whyMilitaryUnique', 'exitPlan'],
      ...['escortNeed', 'escortAuthorities', 'escortSafety', 'escortSustainability', 'askedKnowledge', 'askedWhy', 'comment', 'note'],
    ];
    // `text` is a block of cells pasted for an import: tabs and line breaks are its cells and rows.
    expect(new Set(names)).toEqual(new Set(['notes', 'scope', 'parties', 'reason', ...requestTexts, 'text']));
    for (const { op, path } of fields.filter((f) => !multiline.includes(f))) {
      for (const ch of LINE_BREAKS)
        expect(issuesAt(contract[op].input, path, `one${ch}two`).length, `${op} ${path.join('.')}`).toBeGreaterThan(0);
    }
  });
});

describe('through the core', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await openTestCore();
  });
  afterAll(() => t?.cleanup());

  it('refuses a NUL or a right-to-left override in a name and writes nothing', async () => {
    const nul = await refusedWritingNothing(t.core, 'organisations.save', {
      rows: [{ name: 'Evil\u0000Corp', shortName: 'EVIL', kind: 'ngo' }],
    });
    expect(nul.code).toBe('invalid_input');
    expect(nul.issues).toEqual([
      { path: ['rows', 0, 'name'], message: 'Name cannot contain control characters (found U+0000 at character 5)' },
    ]);
    const rlo = await refusedWritingNothing(t.core, 'items.save', {
      rows: [{ code: 'X-1', name: 'Tent \u202Egpj.exe', category: 'shelter', baseUnit: 'each' }],
    });
    expect(rlo.issues?.[0]).toMatchObject({ path: ['rows', 0, 'name'], message: expect.stringContaining('bidirectional override') });
  });

  it('keeps line breaks in notes (Windows line ends become \\n) and names that merely look like formulas', async () => {
    const [org] = await t.core.call('organisations.save', {
      rows: [{ name: '=HYPERLINK("x")', shortName: '@HQ', kind: 'ngo', notes: 'Line one\r\nLine two\tindented' }],
    });
    expect(org).toMatchObject({ name: '=HYPERLINK("x")', shortName: '@HQ', notes: 'Line one\nLine two\tindented' });
  });
});
