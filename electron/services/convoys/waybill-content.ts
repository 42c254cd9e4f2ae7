import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { all, one } from '../stock/sql';
import { inSlices, marks } from '../core/in-slices';

/**
 * A waybill's content as printed, in one canonical form: what its QR code's hash covers and what
 * the Verify screen compares a printed copy against. Built from the database alone, so the same
 * waybill always gives the same hash, and one changed line (quantity, lot, vehicle) changes it.
 */
export interface WaybillContent {
  number: string;
  convoy: string;
  date: string;
  origin: string;
  destination: string;
  consignor: string;
  consignee: string;
  lines: {
    item: string;
    name: string;
    lot: string;
    expiry: string;
    owner: string;
    unit: string;
    quantity: number;
    handlingUnits: string;
    weightKg: number;
    volumeM3: number;
    plate: string;
  }[];
}

export function waybillContentFor(
  sqlite: Database.Database,
  w: { number: string; convoyId: string; stopId: string; consigneeOrgId: string; issuedAt: string },
  lineIds: string[],
): WaybillContent {
  const head = one<{ convoy: string; origin: string; consignor: string }>(
    sqlite,
    `SELECT c.number AS convoy, s.code || ' ' || s.name AS origin, coalesce(o.short_name, '') AS consignor
     FROM convoys c JOIN sites s ON s.id = c.origin_site_id LEFT JOIN organisations o ON o.id = s.operator_org_id WHERE c.id = ?`,
    w.convoyId,
  )!;
  const stop = one<{ label: string }>(
    sqlite,
    `SELECT coalesce(s.code || ' ' || s.name, st.place_name) AS label FROM convoy_stops st LEFT JOIN sites s ON s.id = st.site_id WHERE st.id = ?`,
    w.stopId,
  )!;
  const consignee = one<{ name: string }>(sqlite, 'SELECT short_name AS name FROM organisations WHERE id = ?', w.consigneeOrgId)!;
  const lines = inSlices(lineIds, (slice) =>
    all<WaybillContent['lines'][number]>(
      sqlite,
      `SELECT i.code AS item, i.name, l.lot_number AS lot, coalesce(l.expiry_date, '') AS expiry,
                coalesce(o.short_name, '') AS owner, i.base_unit AS unit, m.quantity,
                trim(coalesce(m.handling_units, '') || ' ' || m.handling_unit_type) AS handlingUnits,
                coalesce(m.weight_kg, 0) AS weightKg, coalesce(m.volume_m3, 0) AS volumeM3, v.plate
         FROM manifest_lines m JOIN stock_lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id LEFT JOIN vehicles v ON v.id = m.vehicle_id
         LEFT JOIN organisations o ON o.id = l.owner_org_id
         WHERE m.id IN (${marks(slice)}) ORDER BY m.created_at, m.id`,
      ...slice,
    ),
  );
  lines.sort(
    (a, b) => a.plate.localeCompare(b.plate) || a.item.localeCompare(b.item) || a.lot.localeCompare(b.lot) || a.quantity - b.quantity,
  );
  return {
    number: w.number,
    convoy: head.convoy,
    date: w.issuedAt.slice(0, 10),
    origin: head.origin,
    destination: stop.label,
    consignor: head.consignor,
    consignee: consignee.name,
    lines,
  };
}

/** SHA-256 of the canonical JSON (a waybill, a manifest or a loss report), hex: the first 16 characters go in the QR code. */
export function contentHash(c: object): string {
  return createHash('sha256').update(JSON.stringify(c)).digest('hex');
}

/** A printed document's kind, as its QR code names it. */
export const QR_KINDS = { waybill: 'WB', manifest: 'MF', 'loss-report': 'LR' } as const;
export type PrintedKind = keyof typeof QR_KINDS;

/**
 * What a printed document's QR code holds: a fixed prefix with the kind, the number and the
 * content hash's first 16 hex digits (64 bits: enough to tell an altered copy, short enough to
 * type at a checkpoint).
 */
export const qrPayload = (number: string, hash: string, kind: PrintedKind = 'waybill') =>
  `CORRIDOR-${QR_KINDS[kind]}:${number}:${hash.slice(0, 16)}`;

/** The waybill's lines in the order they are printed (and hashed). */
export function waybillLines(sqlite: Database.Database, waybillId: string): string[] {
  return all<{ id: string }>(sqlite, 'SELECT id FROM manifest_lines WHERE waybill_id = ? ORDER BY created_at, id', waybillId).map(
    (r) => r.id,
  );
}
