/* eslint-disable max-lines -- demo data: partner organisations, places and profiles written as one readable scenario */
import type { OpInput } from '../../api/contract';
import type { ServiceContext } from '../core/context';
import { dayOffset, ensureRows } from './ensure';
import { DEMO_HOME_ORGANISATION } from './identity';

/**
 * The partners of the fictional UN Multidimensional Mission in Northern Vireland (UNMNV):
 * the base's own logistics battalion and two sister units, a UN common service, three NGOs,
 * the district council, a commercial transporter and a donor. Phone numbers use the fictional
 * +999 country code and e-mail addresses the reserved example.org domain.
 */
type OrgRow = OpInput<'organisations.save'>['rows'][number];
type ContactRow = Omit<OpInput<'contacts.save'>['rows'][number], 'organisationId'> & { org: string };
type AgreementRow = Omit<OpInput<'agreements.save'>['rows'][number], 'organisationId' | 'validFrom' | 'validUntil'> & {
  org: string;
  /** Days from the day the demo is loaded. */
  fromDay: number;
  untilDay: number;
};

export const DEMO_ORGANISATIONS: OrgRow[] = [
  {
    ...DEMO_HOME_ORGANISATION,
    sharing: 'AMBER',
    notes: 'Runs the FOB North warehouse, fuel point and convoy troop for Sector North.',
  },
  {
    name: '4th Field Engineer Company',
    shortName: '4FEC',
    kind: 'military',
    country: 'Estmark',
    sharing: 'AMBER',
    notes: 'Route repair, bridging and well drilling in Sector North; co-located at FOB North.',
  },
  {
    name: 'Sector North Level 2 Hospital',
    shortName: 'L2H-N',
    kind: 'military',
    country: 'Caldoria',
    sharing: 'AMBER',
    notes: 'Role 2 medical facility at FOB North; holds the sector cold chain for vaccines.',
  },
  {
    name: 'UN Humanitarian Logistics Service',
    shortName: 'UNHLS',
    kind: 'un_agency',
    country: 'International',
    sharing: 'GREEN',
    notes: 'Common transport and storage service for the humanitarian community; runs the Aster Falls transit hub.',
  },
  {
    name: 'Helping Hands International',
    shortName: 'HHI',
    kind: 'ngo',
    country: 'International',
    sharing: 'GREEN',
    notes: 'Food assistance and shelter; main warehouse in Tarvik.',
  },
  {
    name: 'WASH Without Borders',
    shortName: 'WWB',
    kind: 'ngo',
    country: 'International',
    sharing: 'GREEN',
    notes: 'Water trucking, latrines and hygiene promotion; warehouse in Morrow.',
  },
  {
    name: 'Vireland Relief and Development Association',
    shortName: 'VIRDA',
    kind: 'ngo',
    country: 'Vireland',
    sharing: 'GREEN',
    notes: 'National NGO; runs distributions at Kallen camp for HHI and WWB.',
  },
  {
    name: 'Tarvik District Council',
    shortName: 'TDC',
    kind: 'local_authority',
    country: 'Vireland',
    sharing: 'GREEN',
    notes: 'Local authority for Tarvik district (VR0101); chairs the district coordination meeting.',
  },
  {
    name: 'Aster Valley Transport Cooperative',
    shortName: 'AVTC',
    kind: 'other',
    country: 'Vireland',
    sharing: 'GREEN',
    notes: 'Commercial truckers (12 trucks, 10–20 t); the first civilian option before asking for military transport.',
  },
  {
    name: 'Aldorian Humanitarian Aid Office',
    shortName: 'AHAO',
    kind: 'other',
    country: 'Aldoria',
    sharing: 'CLEAR',
    notes: 'Donor: funds HHI food assistance and WWB water programmes in Sector North.',
  },
];

export const DEMO_CONTACTS: ContactRow[] = [
  {
    org: 'NSLB',
    name: 'Maj. Lena Brandt',
    role: 'Officer commanding, logistics',
    phone: '+999 20 410 1101',
    email: 'oc.nslb@unmnv.example.org',
    callSign: 'LOGBASE 6',
  },
  {
    org: 'NSLB',
    name: 'WO2 Dana Okafor',
    role: 'Warehouse manager, FOB North',
    phone: '+999 20 410 1124',
    email: 'stores.fobn@unmnv.example.org',
    callSign: 'LOGBASE 14',
  },
  {
    org: 'NSLB',
    name: 'Lt. Tomas Varga',
    role: 'Convoy commander',
    phone: '+999 20 410 1131',
    email: 'movcon.fobn@unmnv.example.org',
    callSign: 'LOGBASE 31',
  },
  {
    org: '4FEC',
    name: 'Capt. Ines Holm',
    role: 'Officer commanding',
    phone: '+999 20 410 2201',
    email: 'oc.4fec@unmnv.example.org',
    callSign: 'SAPPER 6',
  },
  {
    org: '4FEC',
    name: 'Sgt. Piet Lund',
    role: 'Plant and water-drilling section',
    phone: '+999 20 410 2230',
    email: '',
    callSign: 'SAPPER 23',
  },
  {
    org: 'L2H-N',
    name: 'Lt. Col. Amara Diallo',
    role: 'Senior medical officer',
    phone: '+999 20 410 3301',
    email: 'smo.l2hn@unmnv.example.org',
    callSign: 'CASTLE 6',
  },
  {
    org: 'L2H-N',
    name: 'Cpl. Ruth Ekwueme',
    role: 'Pharmacy and cold chain',
    phone: '+999 20 410 3342',
    email: 'pharmacy.l2hn@unmnv.example.org',
    callSign: 'CASTLE 42',
  },
  {
    org: 'UNHLS',
    name: 'Sofia Marchetti',
    role: 'Logistics coordinator, Sector North',
    phone: '+999 71 550 2040',
    email: 's.marchetti@unhls.example.org',
    callSign: '',
  },
  {
    org: 'UNHLS',
    name: 'Joseph Nkemelu',
    role: 'Transit hub manager, Aster Falls',
    phone: '+999 71 550 2077',
    email: 'j.nkemelu@unhls.example.org',
    callSign: '',
  },
  {
    org: 'HHI',
    name: 'Aisha Rahman',
    role: 'Country logistics manager',
    phone: '+999 77 230 4410',
    email: 'a.rahman@hhi.example.org',
    callSign: '',
  },
  {
    org: 'HHI',
    name: 'Daniel Okoth',
    role: 'Warehouse officer, Tarvik',
    phone: '+999 77 230 4466',
    email: 'd.okoth@hhi.example.org',
    callSign: '',
  },
  {
    org: 'WWB',
    name: 'Marta Jansen',
    role: 'WASH programme manager',
    phone: '+999 77 881 0902',
    email: 'm.jansen@wwb.example.org',
    callSign: '',
  },
  {
    org: 'WWB',
    name: 'Hamid Sorensen',
    role: 'Logistics and water trucking officer',
    phone: '+999 77 881 0915',
    email: 'h.sorensen@wwb.example.org',
    callSign: '',
  },
  {
    org: 'VIRDA',
    name: 'Grace Amani',
    role: 'Executive director',
    phone: '+999 75 120 3300',
    email: 'director@virda.example.org',
    callSign: '',
  },
  {
    org: 'VIRDA',
    name: 'Samuel Teku',
    role: 'Distribution point supervisor, Kallen',
    phone: '+999 75 120 3318',
    email: 's.teku@virda.example.org',
    callSign: '',
  },
  {
    org: 'TDC',
    name: 'Hon. Miriam Obuya',
    role: 'District commissioner',
    phone: '+999 61 400 1000',
    email: 'commissioner@tarvik-dc.example.org',
    callSign: '',
  },
  {
    org: 'TDC',
    name: 'Peter Lowassa',
    role: 'Disaster management focal point',
    phone: '+999 61 400 1022',
    email: 'drm@tarvik-dc.example.org',
    callSign: '',
  },
  {
    org: 'AVTC',
    name: 'Yusuf Karimi',
    role: 'Fleet dispatcher',
    phone: '+999 78 300 5511',
    email: 'dispatch@avtc.example.org',
    callSign: '',
  },
  {
    org: 'AHAO',
    name: 'Clara Weiss',
    role: 'Humanitarian programme officer, Vireland',
    phone: '+999 70 900 4040',
    email: 'c.weiss@ahao.example.org',
    callSign: '',
  },
];

export const DEMO_AGREEMENTS: AgreementRow[] = [
  {
    org: 'HHI',
    title: 'MOU on storage and convoy space at FOB North',
    parties: 'Northern Sector Logistics Battalion (NSLB); Helping Hands International (HHI)',
    fromDay: -120,
    untilDay: 245,
    scope:
      'NSLB provides up to 200 m³ of dry storage at FOB North and space on scheduled resupply convoys to Kallen, ' +
      'as a last resort when UNHLS and commercial transport are unavailable. HHI cargo stays HHI-owned and is ' +
      'stored apart from military stock; movements are notified 48 h ahead.',
  },
  {
    org: 'UNHLS',
    title: 'Common logistics services agreement, Sector North',
    parties: 'UN Humanitarian Logistics Service (UNHLS); HHI; WWB; VIRDA',
    fromDay: -200,
    untilDay: 165,
    scope:
      'Free-to-user transport from Aster Falls transit hub to Tarvik and Morrow, and temporary storage at the hub ' +
      '(up to 30 days) for partner cargo, on request through the service request form.',
  },
  {
    org: 'WWB',
    title: 'Water trucking agreement, Tarvik district',
    parties: 'WASH Without Borders (WWB); Tarvik District Council (TDC)',
    fromDay: -60,
    untilDay: 120,
    scope: 'WWB trucks 150 m³ of chlorinated water a day to Kallen camp; TDC provides the borehole at Tarvik and site security.',
  },
  {
    org: 'AHAO',
    title: 'Grant agreement AHAO-VIR-2026-014 (food assistance)',
    parties: 'Aldorian Humanitarian Aid Office (AHAO); Helping Hands International (HHI)',
    fromDay: -90,
    untilDay: 275,
    scope: 'Funds general food distribution for 12,000 people in Tarvik and Kallen; goods bought under the grant stay donor-marked.',
  },
];

/** Writes the demo partners through the ordinary operations; returns organisation ids by short name. */
export async function loadDemoPartners(ctx: ServiceContext): Promise<Map<string, string>> {
  const orgs = await ensureRows({
    existing: await ctx.call('organisations.list', { includeArchived: true }),
    storedKey: (o) => o.shortName,
    wanted: DEMO_ORGANISATIONS,
    wantedKey: (o) => String(o.shortName),
    save: (rows) => ctx.call('organisations.save', { rows }),
  });
  const orgId = (shortName: string): string => {
    const org = orgs.get(shortName.toLowerCase());
    if (!org) throw new Error(`Demo data refers to an unknown organisation ${shortName}`);
    return org.id;
  };

  await ensureRows({
    existing: await ctx.call('contacts.list', {}),
    storedKey: (c) => `${c.organisationId}|${c.name}`,
    wanted: DEMO_CONTACTS.map(({ org, ...c }) => ({ ...c, organisationId: orgId(org) })),
    wantedKey: (c) => `${c.organisationId}|${String(c.name)}`,
    save: (rows) => ctx.call('contacts.save', { rows }),
  });

  const today = ctx.now();
  await ensureRows({
    existing: await ctx.call('agreements.list', {}),
    storedKey: (a) => `${a.organisationId}|${a.title}`,
    wanted: DEMO_AGREEMENTS.map(({ org, fromDay, untilDay, ...a }) => ({
      ...a,
      organisationId: orgId(org),
      validFrom: dayOffset(today, fromDay),
      validUntil: dayOffset(today, untilDay),
    })),
    wantedKey: (a) => `${a.organisationId}|${String(a.title)}`,
    save: (rows) => ctx.call('agreements.save', { rows }),
  });

  return new Map([...orgs.values()].map((o) => [o.shortName, o.id]));
}
