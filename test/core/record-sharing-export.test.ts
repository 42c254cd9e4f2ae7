import { afterEach, describe, expect, it } from 'vitest';
import { exportThroughJob, readCsv } from '../helpers/exports';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * The record grids' "Sharing label" column (items, sites, contacts, agreements, vehicles) exported
 * as the grid shows it: the grid's column id `sharing` is the export's Sharing column, and a blank
 * label is written as the type default it falls back to (a contact or an agreement takes its
 * organisation's label when that is stricter, as the row's label does).
 */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

const shown = async (source: 'items' | 'sites' | 'vehicles' | 'contacts' | 'agreements', first: string) => {
  const { file } = await exportThroughJob(w.t, { source, format: 'csv', columns: [{ colId: first }, { colId: 'sharing' }] });
  return (await readCsv(file)).filter((r) => r.length === 2 && r[0]);
};

describe('the sharing label in a record grid’s export', () => {
  it('writes each record’s own label, and its type default for a blank one', async () => {
    w = await stockWorld();
    await w.call('sharing.setDefaults', { item: 'AMBER', site: 'GREEN', vehicle: 'AMBER', contact: 'GREEN', agreement: 'CLEAR' });
    const items = await w.call('items.list', {});
    await w.call('items.save', { rows: [{ ...items.find((i) => i.code === 'RICE-25')!, sharing: 'RED' }] });
    const sites = await w.call('sites.list', {});
    await w.call('sites.save', { rows: [{ ...sites.find((s) => s.code === 'WH-A')!, sharing: 'AMBER+STRICT' }] });
    await w.call('vehicles.save', {
      rows: [
        { plate: 'UN 101', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 30, sharing: 'CLEAR' },
        { plate: 'UN 102', kind: 'truck', payloadKg: 10000, cargoVolumeM3: 30 },
      ],
    });
    await w.call('contacts.save', {
      rows: [
        { organisationId: w.org.wfp, name: 'Ana', sharing: 'RED' },
        { organisationId: w.org.wfp, name: 'Ben' },
      ],
    });
    await w.call('agreements.save', { rows: [{ organisationId: w.org.wfp, title: 'MOU', sharing: null }] });

    expect(await shown('items', 'code')).toEqual([
      ['Code', 'Sharing'],
      ['RICE-25', 'TLP:RED'],
      ['TENT-F', 'TLP:AMBER'],
    ]);
    expect(await shown('sites', 'code')).toEqual([
      ['Code', 'Sharing'],
      ['FOB-N', 'TLP:GREEN'],
      ['WH-A', 'TLP:AMBER+STRICT'],
    ]);
    expect(await shown('vehicles', 'plate')).toEqual([
      ['Plate', 'Sharing'],
      ['UN 101', 'TLP:CLEAR'],
      ['UN 102', 'TLP:AMBER'],
    ]);
    // WFP's own label is GREEN (an organisation's default): a CLEAR agreement with it is GREEN.
    expect(await shown('contacts', 'name')).toEqual([
      ['Name', 'Sharing'],
      ['Ana', 'TLP:RED'],
      ['Ben', 'TLP:GREEN'],
    ]);
    expect(await shown('agreements', 'title')).toEqual([
      ['Title', 'Sharing'],
      ['MOU', 'TLP:GREEN'],
    ]);
  });

  it('sorts and filters on the Sharing column by the words the grid shows, a blank label’s too', async () => {
    w = await stockWorld();
    await w.call('sharing.setDefaults', { item: 'GREEN', site: 'GREEN', vehicle: 'AMBER', contact: 'GREEN', agreement: 'CLEAR' });
    await w.call('items.save', {
      rows: [
        { code: 'SH-A', name: 'A', category: 'nfi', baseUnit: 'each', sharing: 'RED' },
        { code: 'SH-B', name: 'B', category: 'nfi', baseUnit: 'each' },
        { code: 'SH-C', name: 'C', category: 'nfi', baseUnit: 'each', sharing: 'AMBER' },
        { code: 'SH-D', name: 'D', category: 'nfi', baseUnit: 'each', sharing: 'CLEAR' },
      ],
    });
    const items = (req: object) =>
      exportThroughJob(w.t, { source: 'items', format: 'csv', columns: [{ colId: 'code' }, { colId: 'sharing' }], ...req })
        .then(({ file }) => readCsv(file))
        .then((rows) => rows.filter((r) => r[0]?.startsWith('SH-')));
    // The grid shows SH-B's blank label as "Type default (TLP:GREEN)", which sorts after "TLP:RED";
    // by the label it leaves under (GREEN) it would sort before it.
    expect(await items({ sort: [{ colId: 'sharing', sort: 'asc' }] })).toEqual([
      ['SH-C', 'TLP:AMBER'],
      ['SH-D', 'TLP:CLEAR'],
      ['SH-A', 'TLP:RED'],
      ['SH-B', 'TLP:GREEN'],
    ]);
    // A filter on the column matches the grid's words: "default" is SH-B alone, "green" too.
    for (const filter of ['default', 'green'])
      expect(await items({ filterModel: { sharing: { filterType: 'text', type: 'contains', filter } } })).toEqual([['SH-B', 'TLP:GREEN']]);
    expect(await items({ quickFilter: 'type default' })).toEqual([['SH-B', 'TLP:GREEN']]);

    // Under a RED organisation a blank contact reads "Organisation’s TLP:RED" (before "TLP:RED" in the
    // grid's sort), though both leave under RED.
    const wfp = (await w.call('organisations.list', {})).find((o) => o.id === w.org.wfp)!;
    await w.call('organisations.save', { rows: [{ ...wfp, sharing: 'RED' }] });
    await w.call('contacts.save', {
      rows: [
        { organisationId: w.org.wfp, name: 'Ana', sharing: 'RED' },
        { organisationId: w.org.wfp, name: 'Ben' },
      ],
    });
    const { file } = await exportThroughJob(w.t, {
      source: 'contacts',
      format: 'csv',
      params: { organisationId: w.org.wfp },
      columns: [{ colId: 'name' }, { colId: 'sharing' }],
      sort: [{ colId: 'sharing', sort: 'asc' }],
    });
    expect((await readCsv(file)).filter((r) => r.length === 2 && r[0] && r[0] !== 'Name')).toEqual([
      ['Ben', 'TLP:RED'],
      ['Ana', 'TLP:RED'],
    ]);
  });
});

describe('labels in the files as TLP 2.0 writes them', () => {
  it('the export profiles’ highest labels and the export history’s labels read "TLP:…", as on the Sharing page', async () => {
    w = await stockWorld();
    await w.call('exportProfiles.save', { rows: [{ organisationId: w.org.wfp, maxLabel: 'AMBER+STRICT' }] });
    const profiles = await exportThroughJob(w.t, { source: 'exportProfiles', format: 'csv', columns: [{ colId: 'maxLabel' }] });
    expect((await readCsv(profiles.file)).slice(1)).toEqual([['TLP:AMBER+STRICT']]);
    // The export just written is in the history, with the label it left under.
    const history = await exportThroughJob(w.t, {
      source: 'exportHistory',
      format: 'csv',
      columns: [{ colId: 'label' }, { colId: 'title' }],
    });
    const rows = (await readCsv(history.file)).slice(1);
    expect(rows[0]).toEqual([`TLP:${profiles.outcome.label}`, 'Export profiles']);
  });
});
