import type { OpInput } from '../../api/contract';
import type { ServiceContext } from '../core/context';
import { ensureRows } from './ensure';

/**
 * Places of the fictional mission. Vireland's admin areas: VR01 Kessen province (districts
 * VR0101 Tarvik, VR0102 Morrow, VR0103 Kallen) in the north, VR02 Aster province (VR0201 Aster
 * Falls) to the south-west, where the supply route from the capital enters the sector.
 */
type SiteRow = Omit<OpInput<'sites.save'>['rows'][number], 'operatorOrgId'> & { operator: string };

export const DEMO_SITES: SiteRow[] = [
  {
    code: 'FOB-N',
    name: 'FOB North',
    kind: 'forward_base',
    operator: 'NSLB',
    town: 'Tarvik',
    adm1Code: 'VR01',
    adm2Code: 'VR0101',
    latitude: 11.0842,
    longitude: 23.6417,
  },
  {
    code: 'HHI-TRV',
    name: 'HHI Warehouse Tarvik',
    kind: 'warehouse',
    operator: 'HHI',
    town: 'Tarvik',
    adm1Code: 'VR01',
    adm2Code: 'VR0101',
    latitude: 11.0561,
    longitude: 23.6072,
  },
  {
    code: 'WWB-MRW',
    name: 'WWB Warehouse Morrow',
    kind: 'warehouse',
    operator: 'WWB',
    town: 'Morrow',
    adm1Code: 'VR01',
    adm2Code: 'VR0102',
    latitude: 10.8723,
    longitude: 24.0188,
  },
  {
    code: 'TH-AST',
    name: 'Aster Falls Transit Hub',
    kind: 'transit_hub',
    operator: 'UNHLS',
    town: 'Aster Falls',
    adm1Code: 'VR02',
    adm2Code: 'VR0201',
    latitude: 10.4135,
    longitude: 23.2206,
  },
  {
    code: 'DP-KLN',
    name: 'Kallen Camp Distribution Point',
    kind: 'distribution_point',
    operator: 'VIRDA',
    town: 'Kallen',
    adm1Code: 'VR01',
    adm2Code: 'VR0103',
    latitude: 11.2694,
    longitude: 24.3127,
  },
];

/** Writes the demo sites; `orgIds` maps organisation short names to ids. Returns site ids by code. */
export async function loadDemoSites(ctx: ServiceContext, orgIds: Map<string, string>): Promise<Map<string, string>> {
  const sites = await ensureRows({
    existing: await ctx.call('sites.list', { includeArchived: true }),
    storedKey: (s) => s.code,
    wanted: DEMO_SITES.map(({ operator, ...s }) => {
      const operatorOrgId = orgIds.get(operator);
      if (!operatorOrgId) throw new Error(`Demo site ${s.code} refers to an unknown organisation ${operator}`);
      return { ...s, operatorOrgId };
    }),
    wantedKey: (s) => String(s.code),
    save: (rows) => ctx.call('sites.save', { rows }),
  });
  return new Map([...sites.values()].map((s) => [s.code, s.id]));
}
