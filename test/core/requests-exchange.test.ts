import { afterEach, describe, expect, it } from 'vitest';
import { countsOnDisk } from '../helpers/jobs';
import { exportThroughJob, readXlsx } from '../helpers/exports';
import { imported, importThroughJob, upload } from '../helpers/imports';
import { requestIn, requestWorld, transportRequest, type RequestWorld } from './requests-fixture';

/**
 * Requests through the partner-spreadsheets exchange (issue 14 points 6 and 7): the register and
 * the measures exported (read back with exceljs, HXL row and a partner's profile applied), and a
 * partner's request list imported as drafts, all or nothing, and only once.
 */
let w: RequestWorld;
afterEach(async () => {
  await w?.core.jobs.idle();
  w?.cleanup();
});

/** Header row, HXL row and data rows of an export with its title block (4 lines and a blank). */
async function sheetOf(file: string) {
  const { rows } = await readXlsx(file);
  const header = rows[5] as string[];
  return { rows, header, hxl: rows[6] as string[], data: rows.slice(7), cell: (r: unknown[], h: string) => r[header.indexOf(h)] };
}

describe('requests: export', () => {
  it('exports the register as filtered, with HXL hashtags, each row labelled; for a partner, above its label withheld and routes and escorts left out', async () => {
    w = await requestWorld();
    await requestIn(w, 'submitted');
    await w.call(
      'requests.create',
      transportRequest(w, { title: 'Water trucking to Kamsa', sharing: 'GREEN', requesterOrgId: w.ngo2, actingOrgId: w.ngo2 }),
    );
    await w.call(
      'requests.create',
      transportRequest(w, {
        title: 'Escort for the Tarvik convoy',
        type: 'escort',
        sharing: 'RED',
        lines: [{ kind: 'capacity', description: 'Armed escort, 2 vehicles', quantity: 1, unit: 'escorts', durationDays: 2 }],
      }),
    );

    const all = await exportThroughJob(w, { source: 'requests', params: {}, format: 'xlsx', hxl: true });
    expect(all.outcome).toMatchObject({ rows: 3, withheldRows: 0, label: 'RED' });
    const s = await sheetOf(all.file);
    expect(s.rows[0][0]).toBe('Request register');
    for (const tag of [
      '#activity +request +code',
      '#org +requesting',
      '#org +providing',
      '#priority',
      '#date +needed',
      '#status',
      '#loc +from',
    ])
      expect(s.hxl).toContain(tag);
    const transport = s.data.find((r) => s.cell(r, 'Title') === 'Trucks for shelter kits to Tarvik')!;
    expect(s.cell(transport, 'Requesting organisation')).toBe('HHI');
    expect(s.cell(transport, 'Providing organisation')).toBe('TLB');
    expect(s.cell(transport, 'Status')).toBe('Submitted');
    expect(s.cell(transport, 'Needed by')).toEqual(new Date('2026-06-30T00:00:00Z'));
    expect(s.cell(transport, 'What is asked')).toBe('2 trucks Truck 10 t for 3 days');
    expect(s.cell(transport, 'From')).toBe('Port of Varna, warehouse 3');
    expect(s.cell(transport, 'Sharing')).toBe('TLP:AMBER');
    const escort = s.data.find((r) => s.cell(r, 'Title') === 'Escort for the Tarvik convoy')!;
    expect(s.cell(escort, 'Escort asked')).toBe('1 escorts Armed escort, 2 vehicles for 2 days');
    expect(s.cell(escort, 'What is asked')).toBeFalsy();

    // The register's filters: the submitted ones only.
    const submitted = await exportThroughJob(w, { source: 'requests', params: { status: ['submitted'] }, format: 'csv' });
    expect(submitted.outcome.rows).toBe(1);

    // For WFA (up to AMBER; routes and escort composition omitted): the RED escort request stays home.
    await w.call('exportProfiles.save', {
      rows: [{ organisationId: w.ngo2, maxLabel: 'AMBER', routes: 'omit', escortComposition: 'omit' }],
    });
    const preview = await w.call('exports.preview', {
      source: 'requests',
      params: {},
      format: 'xlsx',
      hxl: true,
      sort: [],
      partnerOrgId: w.ngo2,
    });
    expect(preview.withheld).toEqual([{ label: 'RED', rows: 1, why: expect.stringContaining("above WFA's highest label") }]);
    expect(preview.fields.map((f) => [f.column, f.rule])).toEqual([
      ['From', 'omit'],
      ['To', 'omit'],
      ['Escort asked', 'omit'],
    ]);
    const forWfa = await exportThroughJob(w, { source: 'requests', params: {}, format: 'xlsx', hxl: true, partnerOrgId: w.ngo2 });
    expect(forWfa.outcome).toMatchObject({ rows: 2, withheldRows: 1, label: 'AMBER', partnerShortName: 'WFA' });
    const p = await sheetOf(forWfa.file);
    expect(p.header).not.toContain('From');
    expect(p.header).not.toContain('Escort asked');
    expect(p.hxl).not.toContain('#loc +from');
    expect(JSON.stringify(p.rows)).not.toContain('Port of Varna');
    expect(JSON.stringify(p.rows)).not.toContain('Escort for the Tarvik convoy');
    expect(p.data.map((r) => p.cell(r, 'Title')).sort()).toEqual(['Trucks for shelter kits to Tarvik', 'Water trucking to Kamsa']);
  });

  it('exports the measures of a period: all partners, then one row per partner, each labelled by the requests it counts', async () => {
    w = await requestWorld();
    await requestIn(w, 'submitted');
    await requestIn(w, 'declined');
    await w.call('requests.create', transportRequest(w, { requesterOrgId: w.ngo2, actingOrgId: w.ngo2, sharing: 'GREEN' }));
    const { outcome, file } = await exportThroughJob(w, {
      source: 'requestMeasures',
      params: { from: '2026-06-01', to: '2026-06-30' },
      format: 'xlsx',
      hxl: true,
    });
    expect(outcome).toMatchObject({ rows: 3, label: 'AMBER' });
    const s = await sheetOf(file);
    expect(s.rows[0][0]).toBe('Request measures');
    expect(s.hxl).toContain('#x_requests +submitted +num');
    const row = (partner: string) => s.data.find((r) => s.cell(r, 'Partner') === partner)!;
    expect(s.cell(s.data[0], 'Partner')).toBe('All partners');
    expect(s.cell(row('All partners'), 'Submitted')).toBe(2);
    expect(s.cell(row('All partners'), 'Declined')).toBe(1);
    expect(s.cell(row('All partners'), 'Open now: 2 urgent')).toBe(2);
    expect(s.cell(row('All partners'), 'Open now: drafts not submitted')).toBe(1);
    expect(s.cell(row('HHI'), 'Submitted')).toBe(2);
    expect(s.cell(row('WFA'), 'Submitted')).toBe(0);

    // One partner chosen: all partners and that partner; a GREEN-only partner's row goes to a GREEN partner.
    await w.call('exportProfiles.save', { rows: [{ organisationId: w.ngo2, maxLabel: 'GREEN' }] });
    const one = await exportThroughJob(w, {
      source: 'requestMeasures',
      params: { from: '2026-06-01', to: '2026-06-30', orgId: w.ngo2 },
      format: 'csv',
      partnerOrgId: w.ngo2,
    });
    expect(one.outcome).toMatchObject({ rows: 1, withheldRows: 1, label: 'GREEN' });
  });
});

/** A partner's request list as partners write it: French headers, two lines under one reference. */
const LIST = [
  'Liste des demandes — HHI,,,,,,,,,',
  'Référence,Organisation demandeuse,Organisation sollicitée,Type de demande,Priorité,Besoin pour le,De,Vers,Besoin,Quantité,Unité,Durée (jours),Justification',
  'HHI-001,HHI,TLB,Transport,Urgent,30/06/2026,Varna port,Tarvik,Camion 10 t,2,camions,3,Abris avant les pluies',
  'HHI-001,HHI,TLB,Transport,Urgent,30/06/2026,Varna port,Tarvik,Chariot élévateur,1,unité,3,Abris avant les pluies',
  'HHI-002,HHI,TLB,Stockage,Routine,15/07/2026,,Kamsa,Entrepôt couvert,40,m3,21,Stock tampon',
  'HHI-003,HHI,UNHAS,Carburant,Vitale,01/07/2026,,Kamsa,Gasoil,5000,litres,,Générateurs hôpital',
  'HHI-004,HHI,TLB,Transport,Urgent,02/07/2026,,,,,camions,,',
].join('\r\n');

describe('requests: import of a partner request list', () => {
  it('reads French headers and words, reports bad rows with row, column and reason, writes nothing until all are good, then drafts once', async () => {
    w = await requestWorld();
    const id = upload(w, 'demandes-hhi.csv', LIST);
    const p = await imported(w, id, { target: 'requests' });
    expect(p.columns.filter((c) => c.field).map((c) => [c.letter, c.field])).toEqual([
      ['A', 'partnerReference'],
      ['B', 'requester'],
      ['C', 'provider'],
      ['D', 'type'],
      ['E', 'priority'],
      ['F', 'neededBy'],
      ['G', 'fromPlace'],
      ['H', 'toPlace'],
      ['I', 'description'],
      ['J', 'quantity'],
      ['K', 'unit'],
      ['L', 'durationDays'],
      ['M', 'justification'],
    ]);
    const words = (field: string) => Object.fromEntries(p.values.find((v) => v.field === field)!.words.map((x) => [x.word, x.to]));
    expect(words('type')).toEqual({ Transport: 'transport', Stockage: 'storage', Carburant: 'fuel' });
    expect(words('priority')).toEqual({ Urgent: '2', Routine: '3', Vitale: '1' });
    expect(words('unit')).toEqual({ camions: 'trucks', unité: 'each', m3: 'm³', litres: 'L' });
    expect(p.bad).toEqual([
      { row: 6, column: 'C (Organisation sollicitée)', value: 'UNHAS', reason: 'No organisation has the short name UNHAS' },
      { row: 7, column: 'J (Quantité)', value: '', reason: 'Quantity is required' },
    ]);
    expect(p).toMatchObject({ creates: 2, badRows: 2 });

    const before = countsOnDisk(w.dbPath);
    const refused = await importThroughJob(w, id, { target: 'requests', commit: true });
    expect(refused.job.state).toBe('failed');
    expect(refused.message).toMatch(/^Nothing was written: 2 rows are bad \(first: row 6/);
    expect(countsOnDisk(w.dbPath).counts).toEqual(before.counts);

    // The partner fixes its list: UNHAS becomes TLB, and the incomplete row is gone.
    const fixedList = LIST.replace(',UNHAS,', ',TLB,').split('\r\n').slice(0, -1).join('\r\n');
    const fixed = upload(w, 'demandes-hhi.csv', fixedList);
    const done = await imported(w, fixed, { target: 'requests', commit: true });
    expect(done).toMatchObject({ committed: true, creates: 3, badRows: 0 });
    const list = await w.call('requests.list', { sort: [], offset: 0, limit: 50 });
    expect(list.rows.map((r) => r.status)).toEqual(['draft', 'draft', 'draft']);
    const first = list.rows.find((r) => r.type === 'transport')!;
    const detail = await w.call('requests.get', { id: first.id });
    expect(detail.request).toMatchObject({
      partnerReference: 'HHI-001',
      requester: 'HHI',
      provider: 'TLB',
      priority: 2,
      neededBy: '2026-06-30',
      fromPlace: 'Varna port',
      submittedAt: null,
    });
    expect(detail.lines.map((l) => [l.kind, l.description, l.quantity, l.unit, l.durationDays])).toEqual([
      ['capacity', 'Camion 10 t', 2, 'trucks', 3],
      ['capacity', 'Chariot élévateur', 1, 'each', 3],
    ]);
    expect(detail.timeline.map((e) => [e.action, e.org, e.toStatus])).toEqual([['create', 'HHI', 'draft']]);

    // The same list chosen again (the committed file was removed from the laptop): every reference
    // is there already, nothing is added.
    const chosenAgain = upload(w, 'demandes-hhi.csv', fixedList);
    const again = await imported(w, chosenAgain, { target: 'requests', commit: false });
    expect(again).toMatchObject({ creates: 0, unchanged: 4, badRows: 0 });
    const twice = await importThroughJob(w, chosenAgain, { target: 'requests', commit: true });
    expect(twice.job.state).toBe('done');
    expect((await w.call('requests.list', { sort: [], offset: 0, limit: 50 })).total).toBe(3);
  });
});
