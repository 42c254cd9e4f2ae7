import { say, sayDay } from '../../api/i18n';
import type { z } from 'zod';
import type { ManifestLineView, ManifestView, removeManifestInput, saveManifestInput } from '../../api/convoys';
import type { FieldIssue } from '../../api/result';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { conflict, invalid } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { deleteRecords, insertRecord, updateRecord } from '../core/write';
import { checkFefo, type PickLine } from '../stock/fefo';
import { storedBalance } from '../stock/ledger-write';
import { Lookups } from '../stock/lookups';
import { quantityFromPacks } from '../stock/packs';
import { all, one } from '../stock/sql';
import { convoyForAction } from './convoys';
import { manifestLoads } from './manifest-facts';
import { compactManifest } from './manifest-compact';
import { convoyLinesById, convoyStops, convoyVehicles, manifestLinesById } from './views';

/*
 * The manifest builder's writes: a batch of lines (one edited cell, or a pasted block) checked
 * whole before anything is written, then saved through the write path. Weight and volume come
 * from the item's unit weight and volume unless typed; the dangerous-goods and cold-chain flags
 * always come from the item. The answer carries the saved lines and every vehicle's load.
 */

interface ItemLoadFacts {
  code: string;
  unitWeightKg: number | null;
  unitVolumeM3: number | null;
  dg: boolean;
  cold: boolean;
}

type Row = z.output<typeof saveManifestInput>['rows'][number];

/** Up to this many lots in one save, their stored sums are read lot by lot; more, in one pass over the manifest. */
const FEW_LOTS = 50;

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

export function saveManifest(ctx: ServiceContext, input: z.output<typeof saveManifestInput>): ManifestView {
  return inTransaction(ctx, () => {
    const convoy = convoyForAction(ctx, input.convoyId, 'editManifest');
    const look = new Lookups(ctx.sqlite);
    const vehicles = convoyVehicles(ctx.sqlite, convoy.id);
    const stops = convoyStops(ctx.sqlite, convoy.id);
    // Only the lines this save names are read (a 2,000-line manifest is never read whole to save one line).
    const named = input.rows.map((r) => r.id).filter((id): id is string => !!id);
    const byId = convoyLinesById(ctx.sqlite, convoy.id, named);
    const items = new Map<string, ItemLoadFacts>();
    const itemFacts = (itemId: string): ItemLoadFacts => {
      let f = items.get(itemId);
      if (!f) {
        const r = one<{
          code: string;
          w: number | null;
          v: number | null;
          un: string | null;
          dg: string | null;
          cmin: number | null;
          cmax: number | null;
        }>(
          ctx.sqlite,
          'SELECT code, unit_weight_kg AS w, unit_volume_m3 AS v, un_number AS un, dg_class AS dg, cold_min_c AS cmin, cold_max_c AS cmax FROM items WHERE id = ?',
          itemId,
        )!;
        f = { code: r.code, unitWeightKg: r.w, unitVolumeM3: r.v, dg: !!(r.un || r.dg), cold: r.cmin != null || r.cmax != null };
        items.set(itemId, f);
      }
      return f;
    };
    const day = ctx.now().slice(0, 10);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const planned: { row: Row; before?: ManifestLineView; columns: Record<string, unknown>; lotId: string | null; quantity: number }[] = [];

    input.rows.forEach((row, i) => {
      const at = (field: string, message: string) => issues.push({ path: ['rows', i, field], message });
      const before = row.id ? byId.get(row.id) : undefined;
      if (row.id) {
        if (!before) return at('id', say('convoyCore.lineGone'));
        if (seen.has(row.id)) return at('id', say('convoyCore.lineTwiceSaving'));
        seen.add(row.id);
        if (row.version !== before.version) throw conflict(say('convoyCore.lineChanged'));
      }
      const pick = <K extends keyof Row & keyof ManifestLineView>(k: K) => (row[k] !== undefined ? row[k] : (before?.[k] ?? null));
      const vehicleId = pick('vehicleId') as string | null;
      const lotId = pick('lotId') as string | null;
      const stopId = pick('stopId') as string | null;
      const consigneeOrgId = pick('consigneeOrgId') as string | null;
      let quantity = (row.quantity ?? before?.quantity ?? 0) as number;
      if (vehicleId && !vehicles.some((v) => v.vehicleId === vehicleId)) at('vehicleId', say('convoyCore.vehicleNotOnConvoy'));
      if (stopId && !stops.some((s) => s.id === stopId)) at('stopId', say('convoyCore.stopNotOnConvoyAdd'));
      if (consigneeOrgId) {
        const org = look.org(consigneeOrgId);
        if (!org) at('consigneeOrgId', say('convoyCore.orgMissing'));
        else if (org.archived) at('consigneeOrgId', say('convoyCore.orgArchived', { org: org.shortName }));
      }
      let item: ItemLoadFacts | null = null;
      let itemId: string | null = null;
      if (lotId) {
        const lot = look.lot(lotId);
        if (!lot) at('lotId', say('convoyCore.lotMissing'));
        else {
          item = itemFacts(lot.itemId);
          itemId = lot.itemId;
          if (lot.expiryDate && lot.expiryDate < day)
            at('lotId', say('convoyCore.lotExpired', { lot: lot.lotNumber, date: sayDay(lot.expiryDate) }));
        }
      }
      // Packs, as on stock document lines: a count of one of the item's packs gives the quantity; a base quantity typed alone drops them.
      const packGiven = row.packName !== undefined || row.packCount !== undefined;
      let packName = before?.packName ?? null;
      let packCount = before?.packCount ?? null;
      if (row.packName === null) [packName, packCount] = [null, null];
      else if (packGiven || (packName && row.lotId !== undefined && row.quantity === undefined)) {
        const name = row.packName !== undefined ? row.packName : packName;
        const count = row.packCount !== undefined ? row.packCount : packCount;
        const facts = itemId ? look.item(itemId) : null;
        if (!facts) at('packName', say('packs.needItem'));
        else {
          const packed = quantityFromPacks(facts, name, count, packGiven ? (row.quantity ?? null) : null);
          if (!packed.ok) at(packed.field, packed.message);
          else [quantity, packName, packCount] = [packed.quantity, packed.packName, packed.packCount];
        }
      } else if (row.quantity !== undefined) [packName, packCount] = [null, null];
      const lotOrQtyChanged = row.lotId !== undefined || row.quantity !== undefined || packGiven;
      const weightKg =
        row.weightKg !== undefined
          ? row.weightKg
          : lotOrQtyChanged || !before
            ? item?.unitWeightKg != null
              ? round(item.unitWeightKg * quantity, 3)
              : (before?.weightKg ?? null)
            : before.weightKg;
      const volumeM3 =
        row.volumeM3 !== undefined
          ? row.volumeM3
          : lotOrQtyChanged || !before
            ? item?.unitVolumeM3 != null
              ? round(item.unitVolumeM3 * quantity, 4)
              : (before?.volumeM3 ?? null)
            : before.volumeM3;
      const columns: Record<string, unknown> = {
        vehicle_id: vehicleId,
        lot_id: lotId,
        stop_id: stopId,
        consignee_org_id: consigneeOrgId,
        quantity,
        pack_name: packName,
        pack_count: packCount,
        handling_units: pick('handlingUnits'),
        handling_unit_type: (pick('handlingUnitType') as string | null) ?? '',
        weight_kg: weightKg,
        volume_m3: volumeM3,
        dangerous_goods: item ? (item.dg ? 1 : 0) : before?.dangerousGoods ? 1 : 0,
        cold_chain: item ? (item.cold ? 1 : 0) : before?.coldChain ? 1 : 0,
        fefo_override_reason: (pick('fefoOverrideReason') as string | null) || null,
      };
      planned.push({ row, before, columns, lotId, quantity });
    });

    // Stock at the origin: every line of the manifest on a lot, as it will be after this save (the
    // stored sums per lot, less what the saved lines held, plus what they hold now).
    const total = new Map<string, number>();
    const lotIds = new Set(planned.map((p) => p.lotId).filter((l): l is string => !!l));
    if (lotIds.size > 0 && lotIds.size <= FEW_LOTS) {
      // A cell's edit: the sums of its lots only, each by the lot index (never a pass over the whole manifest).
      for (const lotId of lotIds) {
        const s = one<{ quantity: number | null }>(
          ctx.sqlite,
          'SELECT sum(quantity) AS quantity FROM manifest_lines WHERE lot_id = ? AND +convoy_id = ?',
          lotId,
          convoy.id,
        );
        if (s?.quantity != null) total.set(lotId, s.quantity);
      }
    } else if (lotIds.size > 0) {
      // A pasted block: one pass over the manifest's lines, summed per lot.
      const stored = all<{ lotId: string; quantity: number }>(
        ctx.sqlite,
        'SELECT lot_id AS lotId, sum(quantity) AS quantity FROM manifest_lines WHERE convoy_id = ? AND lot_id IS NOT NULL GROUP BY lot_id',
        convoy.id,
      );
      for (const s of stored) if (lotIds.has(s.lotId)) total.set(s.lotId, s.quantity);
    }
    for (const p of planned) {
      if (p.before?.lotId && lotIds.has(p.before.lotId)) total.set(p.before.lotId, (total.get(p.before.lotId) ?? 0) - p.before.quantity);
      if (p.lotId) total.set(p.lotId, (total.get(p.lotId) ?? 0) + p.quantity);
    }
    planned.forEach((p, i) => {
      if (!p.lotId) return;
      const available = storedBalance(ctx.sqlite, convoy.originSiteId, p.lotId, 'good');
      const wanted = total.get(p.lotId)!;
      if (wanted > available) {
        const lot = look.lot(p.lotId)!;
        issues.push({
          path: ['rows', input.rows.indexOf(p.row), 'quantity'],
          message: say('convoyCore.notEnoughLot', {
            available,
            lot: lot.lotNumber || say('convoyCore.noLot'),
            site: convoy.originCode,
            wanted,
          }),
        });
      }
      void i;
    });
    // FEFO, as for issues: picking a lot that expires later than one still available needs a reason.
    const picks: PickLine[] = [];
    planned.forEach((p) => {
      const lot = p.lotId ? look.lot(p.lotId) : null;
      if (lot && p.quantity > 0)
        picks.push({
          index: input.rows.indexOf(p.row),
          lotId: lot.id,
          itemId: lot.itemId,
          ownerOrgId: lot.ownerOrgId,
          quantity: p.quantity,
          fefoOverrideReason: p.columns.fefo_override_reason as string | null,
        });
    });
    issues.push(...checkFefo(ctx.sqlite, look, convoy.originSiteId, day, picks, 'rows'));
    if (issues.length > 0)
      throw invalid(
        say('convoyCore.nothingSaved', {
          problems: issues.length === 1 ? issues[0].message : say('convoyCore.cellsNeedAttention', { count: issues.length }),
        }),
        issues,
      );

    const ids: string[] = [];
    for (const p of planned) {
      if (p.before) {
        updateRecord(ctx, 'manifest_lines', p.before.id, p.columns);
        ids.push(p.before.id);
      } else ids.push(insertRecord(ctx, 'manifest_lines', { convoy_id: convoy.id, ...p.columns }).id);
    }
    const saved = manifestLinesById(ctx.sqlite, ids);
    recordAudit(
      ctx,
      planned.map((p, i) => ({ entity: 'manifest_line', entityId: ids[i], before: p.before ?? null, after: saved[i] })),
    );
    // The answer: the saved lines and every vehicle's totals (SQL aggregates), never the whole manifest.
    return { ...compactManifest(ctx.sqlite, saved), loads: manifestLoads(ctx.sqlite, convoy.id, vehicles) };
  });
}

export function removeManifestLines(ctx: ServiceContext, input: z.output<typeof removeManifestInput>): ManifestView {
  return inTransaction(ctx, () => {
    const convoy = convoyForAction(ctx, input.convoyId, 'editManifest');
    const existing = convoyLinesById(
      ctx.sqlite,
      convoy.id,
      input.lines.map((l) => l.id),
    );
    const issues: FieldIssue[] = [];
    input.lines.forEach((l, i) => {
      const line = existing.get(l.id);
      if (!line) issues.push({ path: ['lines', i, 'id'], message: say('convoyCore.lineGone') });
      else if (line.version !== l.version) throw conflict(say('convoyCore.lineChanged'));
    });
    if (issues.length > 0) throw invalid(say('convoyCore.nothingRemoved', { problems: issues[0].message }), issues);
    for (const l of input.lines) deleteRecords(ctx, 'manifest_lines', 'id', l.id);
    recordAudit(
      ctx,
      input.lines.map((l) => ({ entity: 'manifest_line', entityId: l.id, before: existing.get(l.id), after: null })),
    );
    return { lines: [], lots: {}, items: {}, loads: manifestLoads(ctx.sqlite, convoy.id, convoyVehicles(ctx.sqlite, convoy.id)) };
  });
}
