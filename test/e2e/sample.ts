import type { E2EServer } from './harness';

/**
 * A small, realistic set of records created through the API (the same operations the UI uses),
 * for tests that need something on screen.
 */
export async function seedSample(server: E2EServer) {
  const orgs = await server.call('organisations.save', {
    rows: [
      { name: 'Helping Hands International', shortName: 'HHI', kind: 'ngo', country: 'Norway' },
      { name: 'World Food Programme', shortName: 'WFP', kind: 'un_agency', country: '' },
      { name: 'Lakeside District Authority', shortName: 'LDA', kind: 'local_authority', country: 'Kandara' },
    ],
  });
  const hhi = orgs.find((o) => o.shortName === 'HHI')!;
  await server.call('contacts.save', {
    rows: [
      {
        organisationId: hhi.id,
        name: 'Amina Diallo',
        role: 'Warehouse manager',
        phone: '+254 700 111 222',
        email: 'amina.diallo@hhi.example.org',
        callSign: '',
      },
      {
        organisationId: hhi.id,
        name: 'Jon Berg',
        role: 'Logistics coordinator',
        phone: '+254 700 333 444',
        email: 'jon.berg@hhi.example.org',
        callSign: 'HAND-2',
      },
    ],
  });
  await server.call('agreements.save', {
    rows: [
      {
        organisationId: hhi.id,
        title: 'MOU on shared warehousing',
        parties: 'NSLB; HHI',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
        scope: 'Storage space and escorted convoys',
      },
    ],
  });
  const sites = await server.call('sites.save', {
    rows: [
      {
        code: 'FOB-N',
        name: 'Forward Operating Base North',
        kind: 'forward_base',
        town: 'Kessa',
        adm1Code: 'KD01',
        adm2Code: 'KD0103',
        latitude: 3.512,
        longitude: 36.08,
      },
      {
        code: 'HHI-WH1',
        name: 'HHI Main Warehouse',
        kind: 'warehouse',
        operatorOrgId: hhi.id,
        town: 'Lodwa',
        adm1Code: 'KD02',
        adm2Code: 'KD0201',
        latitude: 3.121,
        longitude: 35.6,
      },
    ],
  });
  const items = await server.call('items.save', {
    rows: [
      {
        code: 'FOOD-RICE-25',
        name: 'Rice, 25 kg bag',
        category: 'food',
        baseUnit: 'kg',
        packSizes: 'bag=25; pallet=1000',
        unitWeightKg: 1,
        needsLotExpiry: true,
      },
      {
        code: 'WASH-JERRY-20',
        name: 'Jerrycan, collapsible, 20 L',
        category: 'wash',
        baseUnit: 'each',
        packSizes: 'carton=20',
        unitWeightKg: 0.3,
        unitVolumeM3: 0.002,
        unicefCode: 'S0103020',
      },
      {
        code: 'FUEL-DSL',
        name: 'Diesel fuel',
        category: 'fuel',
        supplyClass: 'III',
        baseUnit: 'litre',
        unNumber: 'UN1202',
        dgClass: '3',
        packingGroup: 'III',
        nsn: '9140-00-286-5294',
      },
    ],
  });
  return { orgs, hhi, sites, items };
}
