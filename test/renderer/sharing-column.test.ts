import { afterEach, describe, expect, it } from 'vitest';
import { itemRow } from '../../electron/api/catalogue';
import { vehicleRow } from '../../electron/api/convoys';
import { BUILT_IN_SHARING_DEFAULTS, TLP_LABELS } from '../../electron/api/vocabularies';
import { queryClient } from '../../renderer/src/app/queries';
import { agreementRow, contactRow } from '../../electron/api/partners';
import { siteRow } from '../../electron/api/sites';
import { sharingColumn } from '../../renderer/src/app/sharing-column';
import { choiceProblem, parseCellText, shownText, type GridColumn } from '../../renderer/src/grid/columns';
import { planPaste, type PasteRowTarget } from '../../renderer/src/grid/paste';
import { checkRow } from '../../renderer/src/grid/validation';
import { applyLanguage } from '../../renderer/src/i18n';

/* The "Sharing label" column of the record grids (items, sites, contacts, agreements, vehicles). */

const defaults = { ...BUILT_IN_SHARING_DEFAULTS, item: 'AMBER' as const };

afterEach(() => applyLanguage('en'));

describe('the sharing-label column', () => {
  it('names the type default in its blank choice, in each language', () => {
    expect(sharingColumn('item', defaults).blankLabel).toBe('Type default (TLP:AMBER)');
    expect(sharingColumn('site', defaults).blankLabel).toBe('Type default (TLP:GREEN)');
    expect(sharingColumn('item', undefined).blankLabel).toBe('Type default (…)');
    applyLanguage('fr');
    const fr = sharingColumn('vehicle', defaults);
    expect(fr.header).toBe('Marquage de diffusion');
    expect(fr.blankLabel).toBe('Défaut du type (TLP:AMBER)');
    applyLanguage('ar');
    expect(sharingColumn('contact', defaults).blankLabel).toBe('افتراضي النوع (TLP:AMBER)');
  });

  it('shows the blank choice in an empty cell, and reads back blank, a label or the blank’s own words', () => {
    const col = sharingColumn('item', defaults);
    expect(shownText(col, null)).toBe('Type default (TLP:AMBER)');
    // As TLP 2.0 writes it, the record pages say it and the files carry it; the bare label is still read back.
    expect(shownText(col, 'RED')).toBe('TLP:RED');
    expect(parseCellText(col, '')).toBeNull();
    expect(parseCellText(col, ' red ')).toBe('RED');
    expect(parseCellText(col, 'TLP:RED')).toBe('RED');
    expect(parseCellText(col, 'tlp:amber+strict')).toBe('AMBER+STRICT');
    expect(parseCellText(col, 'Amber+Strict')).toBe('AMBER+STRICT');
    expect(parseCellText(col, 'Type default (TLP:AMBER)')).toBeNull();
    for (const v of [null, 'CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']) expect(choiceProblem(col, v)).toBeNull();
  });

  it('offers an operator who may not lower labels only the row’s label as it applies and stricter ones; anyone else all', () => {
    const col = sharingColumn('item', defaults);
    const offered = (row: Record<string, unknown>) => [null, ...TLP_LABELS].filter(col.offered!(row));
    queryClient.setQueryData(['system.status', {}], { operator: { permissions: ['read', 'records.edit', 'stock.edit'] } });
    // Blank is the type default, AMBER: AMBER and up, blank included.
    expect(offered({ sharing: null })).toEqual([null, 'AMBER', 'AMBER+STRICT', 'RED']);
    expect(offered({})).toEqual([null, 'AMBER', 'AMBER+STRICT', 'RED']);
    expect(offered({ sharing: 'RED' })).toEqual(['RED']);
    expect(offered({ sharing: 'GREEN' })).toEqual([null, 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
    queryClient.setQueryData(['system.status', {}], { operator: { permissions: ['read', 'stock.edit', 'exports.release'] } });
    expect(offered({ sharing: 'RED' })).toEqual([null, ...TLP_LABELS]);
    queryClient.removeQueries({ queryKey: ['system.status'] });
  });

  it('refuses anything else, naming the five labels and the blank', () => {
    const col = sharingColumn('item', defaults);
    const value = parseCellText(col, 'PURPLE');
    expect(value).toBe('PURPLE');
    expect(choiceProblem(col, value)).toBe(
      '"PURPLE" is not a sharing label here; use one of: TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED, or leave it blank (Type default (TLP:AMBER))',
    );
  });

  it('is accepted by each record type’s row schema as blank or one of the five labels, and nothing else', () => {
    const rows = [
      [itemRow, { code: 'FUEL-DSL', name: 'Diesel', category: 'fuel', baseUnit: 'litre' }],
      [siteRow, { code: 'FOB-N', name: 'FOB North', kind: 'forward_base' }],
      [contactRow, { organisationId: '0190a0a0-0000-7000-8000-000000000001', name: 'Ana' }],
      [agreementRow, { organisationId: '0190a0a0-0000-7000-8000-000000000001', title: 'MOU' }],
      [vehicleRow, { plate: 'UN 1234', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 30 }],
    ] as const;
    for (const [schema, row] of rows) {
      for (const sharing of [null, '', 'CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'])
        expect(checkRow(schema, { ...row, sharing })).toEqual({ ok: true });
      expect(checkRow(schema, { ...row, sharing: 'PURPLE' })).toEqual({
        ok: false,
        problems: { sharing: 'Sharing label must be one of: CLEAR, GREEN, AMBER, AMBER+STRICT, RED, or blank for the default' },
      });
    }
  });

  it('pastes a label, blank and the blank’s words into items, and lists a wrong one with its line', () => {
    const columns: GridColumn[] = [{ field: 'code', header: 'Code' }, sharingColumn('item', defaults)];
    const ID = '0190a0a0-0000-7000-8000-000000000002';
    const existing: PasteRowTarget = {
      key: ID,
      label: 'row 1 (FUEL-DSL)',
      row: { id: ID, version: 1, code: 'FUEL-DSL', name: 'Diesel', category: 'fuel', baseUnit: 'litre', sharing: 'GREEN' },
    };
    const plan = (text: string) =>
      planPaste({
        block: [[text]],
        columns: columns.slice(1),
        allColumns: columns,
        rows: [existing],
        newRow: () => ({}),
        schema: itemRow,
        noun: 'item',
      });
    expect(plan('red').payload[0]).toMatchObject({ sharing: 'RED' });
    expect(plan('').payload[0]).toMatchObject({ sharing: null });
    const blank = plan('Type default (TLP:AMBER)');
    expect(blank.payload[0]).toMatchObject({ sharing: null });
    expect(blank.changes).toEqual([expect.objectContaining({ before: 'TLP:GREEN', after: 'Type default (TLP:AMBER)' })]);
    const bad = plan('purple');
    expect(bad.problems).toEqual([expect.objectContaining({ line: 1, column: 'Sharing label', value: 'purple' })]);
    expect(bad.problems[0].message).toContain('use one of: TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED');
  });
});
