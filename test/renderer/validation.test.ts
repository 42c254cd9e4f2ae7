import { describe, expect, it } from 'vitest';
import { itemRow } from '../../electron/api/catalogue';
import { siteRow } from '../../electron/api/sites';
import { cellText, choiceProblem, parseCellText, type GridColumn } from '../../renderer/src/grid/columns';
import { checkRow, isBlank, issuesByRow, toPayload } from '../../renderer/src/grid/validation';
import { countSummary, parseCounted, planCountPaste } from '../../renderer/src/features/stock/countInput';

describe('cell validation with the core’s row schema', () => {
  it('accepts a valid row and names the first problem of each bad field', () => {
    expect(checkRow(siteRow, { code: 'FOB-N', name: 'FOB North', kind: 'forward_base' })).toEqual({ ok: true });
    const r = checkRow(siteRow, { code: 'x', name: '', kind: 'spaceport', latitude: '123' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.problems).sort()).toEqual(['code', 'kind', 'latitude', 'name']);
    expect(r.problems.latitude).toContain('Latitude must be between -90 and 90');
    expect(r.problems.code).toContain('2–12 letters');
  });

  it('applies cross-field rules exactly as the core does', () => {
    const base = { code: 'FUEL-DSL', name: 'Diesel', category: 'fuel', baseUnit: 'litre' };
    expect(checkRow(itemRow, base).ok).toBe(true);
    expect(checkRow(itemRow, { ...base, nsn: '12-34' })).toEqual({
      ok: false,
      problems: { nsn: expect.stringContaining('NSN must be 13 digits written NNNN-NN-NNN-NNNN') },
    });
    // A UN number needs a dangerous-goods class: the message lands on the class.
    expect(checkRow(itemRow, { ...base, unNumber: 'UN1202' })).toEqual({
      ok: false,
      problems: { dgClass: 'Dangerous goods need a DG class (e.g. 3)' },
    });
  });

  it('sends only what a save takes: bookkeeping fields and undefined values are dropped', () => {
    expect(
      toPayload({ id: 'a', version: 2, name: 'x', createdAt: 't', updatedAt: 't', archived: false, replacedBy: null, town: undefined }),
    ).toEqual({ id: 'a', version: 2, name: 'x' });
  });

  it('groups a refusal’s issues by row and field, ignoring issues outside the rows', () => {
    const byRow = issuesByRow([
      { path: ['rows', 1, 'code'], message: 'Code taken' },
      { path: ['rows', 1, 'code'], message: 'second message for the same field' },
      { path: ['rows', 0], message: 'Row refused' },
      { path: ['documentId'], message: 'elsewhere' },
    ]);
    expect([...byRow.entries()]).toEqual([
      [1, { code: 'Code taken' }],
      [0, { '': 'Row refused' }],
    ]);
    expect(issuesByRow(undefined).size).toBe(0);
  });

  it('treats null, blank text and empty lists as blank, and 0 or false as values', () => {
    expect([null, undefined, '  ', []].every(isBlank)).toBe(true);
    expect([0, false, 'x', [1]].some(isBlank)).toBe(false);
  });
});

describe('cell text', () => {
  const kind: GridColumn = {
    field: 'kind',
    header: 'Kind',
    type: 'choice',
    choices: [{ value: 'forward_base', label: 'Forward base' }],
    blankLabel: '',
  };
  it('reads a choice by its label or its value, loosely, and leaves anything else for the schema to name', () => {
    expect(parseCellText(kind, ' forward-BASE ')).toBe('forward_base');
    expect(parseCellText(kind, 'Forward base')).toBe('forward_base');
    expect(parseCellText(kind, '')).toBeNull();
    expect(parseCellText(kind, 'moon')).toBe('moon');
    expect(choiceProblem(kind, 'moon')).toContain('"moon" is not a kind here; use one of: Forward base');
    expect(choiceProblem(kind, 'forward_base')).toBeNull();
  });

  it('shows numbers as plain decimals and yes/no for booleans', () => {
    expect(cellText({ field: 'v', header: 'V', type: 'number' }, 0.0000007)).toBe('0.0000007');
    expect(cellText({ field: 'b', header: 'B', type: 'boolean' }, true)).toBe('yes');
    expect(cellText(kind, 'forward_base')).toBe('Forward base');
    expect(cellText(kind, null)).toBe('');
  });
});

describe('a typed or pasted count', () => {
  it('takes whole numbers with spaces or separators, blank as not counted', () => {
    expect(parseCounted('1 200')).toEqual({ ok: true, value: 1200 });
    expect(parseCounted('1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseCounted(0)).toEqual({ ok: true, value: 0 });
    expect(parseCounted('  ')).toEqual({ ok: true, value: null });
    expect(parseCounted(null)).toEqual({ ok: true, value: null });
  });

  it('refuses letters, negatives and fractions with a message naming the value', () => {
    expect(parseCounted('abc')).toEqual({ ok: false, message: expect.stringContaining('"abc" is not a count') });
    expect(parseCounted('-3').ok).toBe(false);
    expect(parseCounted(2.5).ok).toBe(false);
  });
});

describe('a column of counts pasted on a count sheet', () => {
  const sheet = [
    { id: 'a', lineNo: 1, itemCode: 'RICE' },
    { id: 'b', lineNo: 2, itemCode: 'OIL' },
  ];
  const at = (k: number) => sheet[k];

  it('lands each pasted line on the sheet line below the focused one', () => {
    expect(planCountPaste([['1 200'], ['']], 'counted', at)).toEqual({
      lines: [
        { lineId: 'a', counted: 1200 },
        { lineId: 'b', counted: null },
      ],
      problems: [],
    });
  });

  it('refuses the whole block when one line is bad or has no sheet line, naming each', () => {
    const plan = planCountPaste([['4'], ['x'], ['5']], 'counted', at);
    expect(plan.lines).toEqual([]);
    expect(plan.problems).toEqual([
      'Paste refused, nothing was saved. 2 problems:',
      expect.stringContaining('Pasted line 2 (sheet line 2, OIL): "x" is not a count'),
      expect.stringContaining('Pasted line 3: there is no sheet line below'),
    ]);
  });

  it('takes only one column, and only on the Counted column', () => {
    expect(planCountPaste([['1', '2']], 'counted', at).problems[0]).toContain('2 columns wide');
    expect(planCountPaste([['1']], 'itemCode', at).problems[0]).toContain('Click a cell in the Counted column first');
  });

  it('totals what is counted and the differences', () => {
    expect(
      countSummary([
        { counted: null, expected: 3 },
        { counted: 5, expected: 5 },
        { counted: 2, expected: 6 },
        { counted: 9, expected: 7 },
      ]),
    ).toEqual({ lines: 4, counted: 3, differences: 2, net: -2 });
  });
});
