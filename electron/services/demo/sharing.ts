import type { OpInput } from '../../api/contract';
import type { OrgKind, TlpLabel } from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { exportFolderForDemo } from '../exchange/files';
import { runExport } from '../exchange/run';

/**
 * Sharing in the demo: an export profile for every partner (military units may see more than
 * NGOs, and NGOs get coarse places and no call signs), records under each TLP label (the forward
 * base is RED, the transit hub AMBER, jet fuel AMBER+STRICT, the distribution point CLEAR, a
 * posted loss AMBER+STRICT and a donor's receipt CLEAR), and
 * one past export in the history — all through the ordinary operations and the export service.
 */
type ProfileRow = Omit<OpInput<'exportProfiles.save'>['rows'][number], 'organisationId'>;

const PROFILE_BY_KIND: Record<OrgKind, ProfileRow> = {
  military: {
    maxLabel: 'AMBER+STRICT',
    callSigns: 'include',
    locations: 'include',
    routes: 'include',
    departureTimes: 'include',
    escortComposition: 'omit',
    weaponsCargo: 'omit',
    notes: 'Sister unit of the mission: everything but escort composition and weapons cargo.',
  },
  un_agency: {
    maxLabel: 'AMBER',
    callSigns: 'omit',
    locations: 'include',
    routes: 'coarsen',
    departureTimes: 'coarsen',
    escortComposition: 'omit',
    weaponsCargo: 'omit',
    notes: 'UN partner: exact places, routes and times to the day only.',
  },
  ngo: {
    maxLabel: 'GREEN',
    callSigns: 'omit',
    locations: 'coarsen',
    routes: 'coarsen',
    departureTimes: 'coarsen',
    escortComposition: 'omit',
    weaponsCargo: 'omit',
    notes: 'Humanitarian partner: places to the admin area, times to the day; nothing military.',
  },
  local_authority: {
    maxLabel: 'GREEN',
    callSigns: 'omit',
    locations: 'coarsen',
    routes: 'omit',
    departureTimes: 'omit',
    escortComposition: 'omit',
    weaponsCargo: 'omit',
    notes: 'District council: stock and places to the admin area.',
  },
  other: {
    maxLabel: 'CLEAR',
    callSigns: 'omit',
    locations: 'coarsen',
    routes: 'omit',
    departureTimes: 'omit',
    escortComposition: 'omit',
    weaponsCargo: 'omit',
    notes: 'Contractor or donor: public information only.',
  },
};

const SITE_LABELS: Record<string, TlpLabel> = { 'FOB-N': 'RED', 'TH-AST': 'AMBER', 'HHI-TRV': 'GREEN', 'DP-KLN': 'CLEAR' };
const ITEM_LABELS: Record<string, TlpLabel> = { 'FU-JP8': 'AMBER+STRICT', 'FU-DSL': 'AMBER' };

export async function loadDemoSharing(ctx: ServiceContext): Promise<void> {
  const orgs = await ctx.call('organisations.list', {});
  const status = await ctx.call('system.status', {});
  const existing = new Set((await ctx.call('exportProfiles.list', { includeArchived: true })).map((p) => p.organisationId));
  const rows = orgs
    .filter((o) => o.id !== status.homeOrganisation?.id && !existing.has(o.id))
    .map((o) => ({ ...PROFILE_BY_KIND[o.kind], organisationId: o.id }));
  if (rows.length) await ctx.call('exportProfiles.save', { rows });

  const sites = (await ctx.call('sites.list', {})).filter((s) => SITE_LABELS[s.code] && s.sharing !== SITE_LABELS[s.code]);
  if (sites.length) await ctx.call('sites.save', { rows: sites.map((s) => ({ ...s, sharing: SITE_LABELS[s.code] })) });
  const items = (await ctx.call('items.list', {})).filter((i) => ITEM_LABELS[i.code] && i.sharing !== ITEM_LABELS[i.code]);
  if (items.length) {
    await ctx.call('items.save', {
      rows: items.map((i) => ({
        ...i,
        packSizes: i.packSizes.map((p) => `${p.name}=${p.quantity}`).join('; '),
        sharing: ITEM_LABELS[i.code],
      })),
    });
  }

  await labelDemoDocuments(ctx);

  // One past export: the stock report as sent to an NGO partner, recorded like any other.
  const ngo = orgs.find((o) => o.shortName === 'HHI');
  const already = ctx.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'export'").pluck().get() as number;
  if (ngo && already === 0) {
    await runExport(
      ctx,
      { source: 'onHand', params: {}, format: 'xlsx', hxl: true, partnerOrgId: ngo.id, sort: [] },
      {
        folder: exportFolderForDemo(ctx.homeDir),
        operator: ctx.operator() ?? 'demo',
      },
    );
  }
}

/**
 * Posted documents under their own labels, set after posting as a storekeeper would: a loss under
 * investigation kept AMBER+STRICT, and a donor's receipt at the NGO warehouse made CLEAR for the
 * donor's public report. Only once (a label already set is left as it is).
 */
async function labelDemoDocuments(ctx: ServiceContext): Promise<void> {
  const picks: { kind: 'loss' | 'receipt'; site?: string; label: TlpLabel }[] = [
    { kind: 'loss', label: 'AMBER+STRICT' },
    { kind: 'receipt', site: 'HHI-TRV', label: 'CLEAR' },
  ];
  const sites = await ctx.call('sites.list', {});
  for (const pick of picks) {
    const siteId = pick.site ? sites.find((s) => s.code === pick.site)?.id : undefined;
    if (pick.site && !siteId) continue;
    const [doc] = (await ctx.call('stock.documents.list', { kind: pick.kind, status: 'posted', siteId, limit: 1 })).rows;
    if (doc && doc.sharing === null)
      await ctx.call('stock.documents.setSharing', { id: doc.id, version: doc.version, sharing: pick.label });
  }
}
