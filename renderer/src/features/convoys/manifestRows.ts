import type { ManifestItem, ManifestLine, ManifestLot, ManifestRow, ManifestView } from '../../../../electron/api/convoys';

/*
 * The manifest arrives compact (each line's ids and numbers, its lot and item once beside them);
 * the grid's rows carry the names. A line kept from one answer to the next (same object) keeps
 * its row object, so a save that changes one line redraws one row, not 2,000.
 */

/** Each line's row, with the lot and item it was made from (a lot or item read again with other facts makes the row again). */
const rows = new WeakMap<ManifestLine, { row: ManifestRow; lot?: ManifestLot; item?: ManifestItem }>();

export function manifestRow(view: Pick<ManifestView, 'lots' | 'items'>, line: ManifestLine): ManifestRow {
  const lot = line.lotId ? view.lots[line.lotId] : undefined;
  const item = lot ? view.items[lot.itemId] : undefined;
  const known = rows.get(line);
  if (known && known.lot === lot && known.item === item) return known.row;
  const row: ManifestRow = {
    ...line,
    itemId: lot?.itemId ?? null,
    itemCode: item?.code ?? null,
    itemName: item?.name ?? null,
    baseUnit: item?.baseUnit ?? null,
    lotNumber: lot?.lotNumber ?? null,
    expiryDate: lot?.expiryDate ?? null,
    ownerOrgId: lot?.ownerOrgId ?? null,
    dgClass: item?.dgClass ?? null,
    unNumber: item?.unNumber ?? null,
  };
  rows.set(line, { row, lot, item });
  return row;
}

export const manifestRows = (view: ManifestView | undefined): ManifestRow[] => (view ? view.lines.map((l) => manifestRow(view, l)) : []);

/** A save's answer merged into the cached manifest: its lines replace theirs (or come last), its lots and items join, its loads replace. */
export function withSaved(old: ManifestView, answer: ManifestView): ManifestView {
  const byId = new Map(answer.lines.map((l) => [l.id, l]));
  const kept = old.lines.map((l) => byId.get(l.id) ?? l);
  const known = new Set(old.lines.map((l) => l.id));
  return {
    lines: [...kept, ...answer.lines.filter((l) => !known.has(l.id))],
    lots: merged(old.lots, answer.lots),
    items: merged(old.items, answer.items),
    loads: answer.loads,
  };
}

/** `next`'s entries over `old`'s, an unchanged entry keeping its object (so the other lines on that lot keep their rows). */
function merged<T>(old: Record<string, T>, next: Record<string, T>): Record<string, T> {
  const out = { ...old };
  for (const [id, v] of Object.entries(next)) if (!(id in old) || JSON.stringify(old[id]) !== JSON.stringify(v)) out[id] = v;
  return out;
}
