import type { z } from 'zod';
import type {
  addVehicleInput,
  ConvoyDetail,
  convoyHeader,
  convoyMoveInput,
  createConvoyInput,
  notificationInput,
  saveStopsInput,
  updateConvoyInput,
} from '../../api/convoys';
import { say } from '../../api/i18n';
import type { FieldIssue } from '../../api/result';
import type { ConvoyStatus } from '../../api/vocabularies';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, conflict, invalid, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { deleteRecords, insertRecord, updateRecord } from '../core/write';
import { allocateNumber } from '../stock/ledger-write';
import { one } from '../stock/sql';
import { assertAllowed, changesOnly, word } from '../workflow/engine';
import { assertMayRelabel } from '../exchange/label-change';
import { CONVOY_LABEL_FIELDS, CONVOY_MOVE_TARGET, CONVOY_WORKFLOW } from '../workflow/convoys';
import { deliverConvoyLinks } from '../requests/convoy-links';
import { dispatchConvoy } from './dispatch';
import { manifestSummary } from './manifest-facts';
import { convoyDetail, convoyFacts, convoyStops, convoyVehicles, loadConvoy, manifestLines, type ConvoyRow } from './views';

/* Convoys: create, edit the header, stops and vehicles, move through the workflow (with its timeline). */

type Header = Partial<z.output<z.ZodObject<typeof convoyHeader>>>;

/** The header's columns as stored; absent fields are left out (unchanged), null clears. */
function headerColumns(h: Header): Record<string, unknown> {
  const map: [keyof Header, string, (v: unknown) => unknown][] = [
    ['plannedDeparture', 'planned_departure', (v) => v],
    ['plannedArrival', 'planned_arrival', (v) => v],
    ['movementNumber', 'movement_number', (v) => v ?? ''],
    ['route', 'route', (v) => v ?? ''],
    ['escortNeeded', 'escort_needed', (v) => (v ? 1 : 0)],
    ['escortUnit', 'escort_unit', (v) => v ?? ''],
    ['escortComposition', 'escort_composition', (v) => v ?? ''],
    ['emergency', 'emergency', (v) => (v ? 1 : 0)],
    ['notes', 'notes', (v) => v ?? ''],
    ['sharing', 'sharing', (v) => v ?? null],
  ];
  const out: Record<string, unknown> = {};
  for (const [field, column, conv] of map) if (h[field] !== undefined) out[column] = conv(h[field]);
  return out;
}

/** Appends one entry to the convoy's timeline: what happened, who, when, and the comment given. */
export function addEvent(
  ctx: ServiceContext,
  convoyId: string,
  action: string,
  from: ConvoyStatus | null,
  to: ConvoyStatus,
  comment = '',
  at = ctx.now(),
): void {
  insertRecord(ctx, 'convoy_events', {
    convoy_id: convoyId,
    action,
    from_status: from,
    to_status: to,
    at,
    operator: ctx.operator() ?? '(setup)',
    comment,
  });
}

/** The workflow's facts; the manifest's aggregates (manifest-facts.ts) only when a guard asks: no line is read. */
function facts(ctx: ServiceContext, row: ConvoyRow) {
  const stops = convoyStops(ctx.sqlite, row.id);
  const vehicles = convoyVehicles(ctx.sqlite, row.id);
  return { stops, vehicles, facts: convoyFacts(row, stops, vehicles, () => manifestSummary(ctx.sqlite, row.id, vehicles)) };
}

/** Loads a convoy for an action, refusing a stale version or an action its state does not allow. */
export function convoyForAction(ctx: ServiceContext, id: string, action: 'edit' | 'editManifest', version?: number): ConvoyRow {
  const row = loadConvoy(ctx.sqlite, id);
  if (version !== undefined) checkVersion(say('convoyCore.convoy', { number: row.number }), row.version, version);
  assertAllowed(CONVOY_WORKFLOW, facts(ctx, row).facts, action);
  return row;
}

/** Touching the convoy moves its version on, so two editors of one convoy's stops or vehicles see each other's change. */
function touch(ctx: ServiceContext, id: string): void {
  updateRecord(ctx, 'convoys', id, {});
}

function site(ctx: ServiceContext, id: string): { id: string; code: string; archived: number } | undefined {
  return one(ctx.sqlite, 'SELECT id, code, archived FROM sites WHERE id = ?', id);
}

function checkStops(ctx: ServiceContext, rows: z.output<typeof saveStopsInput>['rows'], path: string, issues: FieldIssue[]): void {
  rows.forEach((r, i) => {
    if (!r.siteId && !r.placeName) issues.push({ path: [path, i, 'siteId'], message: say('convoyCore.chooseSiteOrPlace') });
    if (r.siteId && !site(ctx, r.siteId)) issues.push({ path: [path, i, 'siteId'], message: say('convoyCore.siteMissing') });
  });
}

export function createConvoy(ctx: ServiceContext, input: z.output<typeof createConvoyInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    const origin = site(ctx, input.originSiteId);
    const issues: FieldIssue[] = [];
    if (!origin) issues.push({ path: ['originSiteId'], message: say('convoyCore.originMissing') });
    else if (origin.archived) issues.push({ path: ['originSiteId'], message: say('convoyCore.originArchived', { code: origin.code }) });
    checkStops(ctx, input.stops, 'stops', issues);
    input.vehicleIds.forEach((v, i) => {
      if (!one(ctx.sqlite, 'SELECT id FROM vehicles WHERE id = ? AND archived = 0', v))
        issues.push({ path: ['vehicleIds', i], message: say('convoyCore.vehicleMissing') });
    });
    if (new Set(input.vehicleIds).size !== input.vehicleIds.length)
      issues.push({ path: ['vehicleIds'], message: say('convoyCore.vehicleTwice') });
    if (issues.length > 0) throw invalid(say('convoyCore.nothingWritten', { problems: issues.map((i) => i.message).join('; ') }), issues);
    const { stops, vehicleIds, originSiteId, ...header } = input;
    assertMayRelabel(ctx, 'convoy', undefined, header.sharing);
    const number = allocateNumber(ctx, originSiteId, origin!.code, 'CVY', ctx.now());
    const { id } = insertRecord(ctx, 'convoys', { number, origin_site_id: originSiteId, status: 'planning', ...headerColumns(header) });
    stops.forEach((s, i) =>
      insertRecord(ctx, 'convoy_stops', {
        convoy_id: id,
        position: i + 1,
        site_id: s.siteId ?? null,
        place_name: s.placeName ?? '',
        planned_arrival: s.plannedArrival ?? null,
      }),
    );
    vehicleIds.forEach((v, i) => insertRecord(ctx, 'convoy_vehicles', { convoy_id: id, vehicle_id: v, position: i + 1 }));
    addEvent(ctx, id, 'create', null, 'planning');
    const detail = convoyDetail(ctx.sqlite, id, ctx.now());
    recordAudit(ctx, [{ entity: 'convoy', entityId: id, before: null, after: auditShape(detail) }]);
    return detail;
  });
}

export function updateConvoy(ctx: ServiceContext, input: z.output<typeof updateConvoyInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    const { id, version: _v, ...header } = input;
    // A label-only change passes in every state (CONVOY_LABEL_FIELDS); anything else needs the edit action.
    const before = loadConvoy(ctx.sqlite, id);
    checkVersion(say('convoyCore.convoy', { number: before.number }), before.version, input.version);
    if (!changesOnly(header, CONVOY_LABEL_FIELDS)) assertAllowed(CONVOY_WORKFLOW, facts(ctx, before).facts, 'edit');
    assertMayRelabel(ctx, 'convoy', before.sharing, header.sharing);
    updateRecord(ctx, 'convoys', id, headerColumns(header));
    const detail = convoyDetail(ctx.sqlite, id, ctx.now());
    recordAudit(ctx, [{ entity: 'convoy', entityId: id, before, after: auditShape(detail) }]);
    return detail;
  });
}

export function saveStops(ctx: ServiceContext, input: z.output<typeof saveStopsInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    convoyForAction(ctx, input.convoyId, 'edit');
    const issues: FieldIssue[] = [];
    checkStops(ctx, input.rows, 'rows', issues);
    const existing = convoyStops(ctx.sqlite, input.convoyId);
    input.rows.forEach((r, i) => {
      if (!r.id) return;
      const s = existing.find((e) => e.id === r.id);
      if (!s) issues.push({ path: ['rows', i, 'id'], message: say('convoyCore.stopNotOnConvoy') });
      else if (r.version !== s.version) throw conflict(say('convoyCore.stopChanged', { stop: s.label }));
    });
    if (existing.length + input.rows.filter((r) => !r.id).length > 20)
      issues.push({ path: ['rows'], message: say('convoyCore.maxStops', { max: 20 }) });
    if (issues.length > 0) throw invalid(say('convoyCore.nothingWritten', { problems: issues.map((i) => i.message).join('; ') }), issues);
    let position = existing.reduce((m, s) => Math.max(m, s.position), 0);
    for (const r of input.rows) {
      const values = {
        site_id: r.siteId ?? null,
        place_name: r.siteId ? '' : (r.placeName ?? ''),
        planned_arrival: r.plannedArrival ?? null,
      };
      if (r.id) updateRecord(ctx, 'convoy_stops', r.id, values);
      else insertRecord(ctx, 'convoy_stops', { convoy_id: input.convoyId, position: ++position, ...values });
    }
    touch(ctx, input.convoyId);
    const detail = convoyDetail(ctx.sqlite, input.convoyId, ctx.now());
    recordAudit(ctx, [{ entity: 'convoy', entityId: input.convoyId, before: existing, after: detail.stops }]);
    return detail;
  });
}

export function removeStop(ctx: ServiceContext, input: { id: string; version: number }): ConvoyDetail {
  return inTransaction(ctx, () => {
    const stop = one<{ convoyId: string; version: number }>(
      ctx.sqlite,
      'SELECT convoy_id AS convoyId, version FROM convoy_stops WHERE id = ?',
      input.id,
    );
    if (!stop) throw notFound(say('convoyCore.stop'), input.id);
    convoyForAction(ctx, stop.convoyId, 'edit');
    checkVersion(say('convoyCore.thisStop'), stop.version, input.version);
    const used = one<{ n: number }>(ctx.sqlite, 'SELECT count(*) AS n FROM manifest_lines WHERE stop_id = ?', input.id)!.n;
    if (used > 0) throw conflict(say('convoyCore.linesToStop', { count: used }));
    deleteRecords(ctx, 'convoy_stops', 'id', input.id);
    touch(ctx, stop.convoyId);
    recordAudit(ctx, [{ entity: 'convoy_stop', entityId: input.id, before: stop, after: null }]);
    return convoyDetail(ctx.sqlite, stop.convoyId, ctx.now());
  });
}

export function addVehicle(ctx: ServiceContext, input: z.output<typeof addVehicleInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    const row = convoyForAction(ctx, input.convoyId, 'edit');
    const vehicle = one<{ plate: string; archived: number }>(
      ctx.sqlite,
      'SELECT plate, archived FROM vehicles WHERE id = ?',
      input.vehicleId,
    );
    if (!vehicle || vehicle.archived)
      throw invalid(say('convoyCore.vehicleMissing'), [{ path: ['vehicleId'], message: say('convoyCore.chooseVehicle') }]);
    const vehicles = convoyVehicles(ctx.sqlite, input.convoyId);
    if (vehicles.some((v) => v.vehicleId === input.vehicleId))
      throw conflict(say('convoyCore.vehicleOnConvoy', { plate: vehicle.plate, number: row.number }));
    const busy = one<{ number: string }>(
      ctx.sqlite,
      `SELECT c.number FROM convoy_vehicles cv JOIN convoys c ON c.id = cv.convoy_id
       WHERE cv.vehicle_id = ? AND c.id <> ? AND c.status IN ('loading', 'cleared', 'in_transit')`,
      input.vehicleId,
      input.convoyId,
    );
    if (busy) throw conflict(say('convoyCore.vehicleCommitted', { plate: vehicle.plate, number: busy.number }));
    insertRecord(ctx, 'convoy_vehicles', { convoy_id: input.convoyId, vehicle_id: input.vehicleId, position: vehicles.length + 1 });
    touch(ctx, input.convoyId);
    recordAudit(ctx, [{ entity: 'convoy', entityId: input.convoyId, before: null, after: { vehicleAdded: vehicle.plate } }]);
    return convoyDetail(ctx.sqlite, input.convoyId, ctx.now());
  });
}

export function removeVehicle(ctx: ServiceContext, input: { id: string; version: number }): ConvoyDetail {
  return inTransaction(ctx, () => {
    const cv = one<{ convoyId: string; vehicleId: string; version: number }>(
      ctx.sqlite,
      'SELECT convoy_id AS convoyId, vehicle_id AS vehicleId, version FROM convoy_vehicles WHERE id = ?',
      input.id,
    );
    if (!cv) throw notFound(say('convoyCore.convoyVehicle'), input.id);
    convoyForAction(ctx, cv.convoyId, 'edit');
    checkVersion(say('convoyCore.thisVehicle'), cv.version, input.version);
    const used = one<{ n: number }>(
      ctx.sqlite,
      'SELECT count(*) AS n FROM manifest_lines WHERE convoy_id = ? AND vehicle_id = ?',
      cv.convoyId,
      cv.vehicleId,
    )!.n;
    if (used > 0) throw conflict(say('convoyCore.linesOnVehicle', { count: used }));
    deleteRecords(ctx, 'convoy_vehicles', 'id', input.id);
    touch(ctx, cv.convoyId);
    recordAudit(ctx, [{ entity: 'convoy', entityId: cv.convoyId, before: { vehicleRemoved: cv.vehicleId }, after: null }]);
    return convoyDetail(ctx.sqlite, cv.convoyId, ctx.now());
  });
}

/** One move of the workflow (dispatch and arrival included), with its timeline entry, in one transaction. */
export function moveConvoy(ctx: ServiceContext, input: z.output<typeof convoyMoveInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    const row = loadConvoy(ctx.sqlite, input.id);
    checkVersion(say('convoyCore.convoy', { number: row.number }), row.version, input.version);
    const f = facts(ctx, row);
    assertAllowed(CONVOY_WORKFLOW, f.facts, input.action);
    const needs = CONVOY_WORKFLOW.actions[input.action].inputs ?? [];
    if (needs.some((n) => n.field === 'comment') && !input.comment?.trim())
      throw invalid(say('convoyCore.commentRequired', { action: word(CONVOY_WORKFLOW.actions[input.action].label) }), [
        { path: ['comment'], message: say('convoyCore.commentMissing') },
      ]);
    const at = input.at ? (input.at.length === 10 ? `${input.at}T12:00:00.000Z` : new Date(input.at).toISOString()) : ctx.now();
    const to = CONVOY_MOVE_TARGET[input.action];
    const values: Record<string, unknown> = { status: to };
    if (input.action === 'depart') {
      dispatchConvoy(ctx, row, f.stops, manifestLines(ctx.sqlite, row.id), at);
      values.actual_departure = at;
    }
    if (input.action === 'arrive') values.actual_arrival = at;
    // Requests linked to this convoy count as delivered once it arrives (services/requests/convoy-links.ts).
    if (input.action === 'arrive') deliverConvoyLinks(ctx, row.id, row.number, at);
    updateRecord(ctx, 'convoys', row.id, values);
    addEvent(ctx, row.id, input.action, row.status, to, input.comment ?? '', at);
    const detail = convoyDetail(ctx.sqlite, row.id, ctx.now());
    recordAudit(ctx, [{ entity: 'convoy', entityId: row.id, before: row, after: auditShape(detail) }]);
    return detail;
  });
}

export function setNotification(ctx: ServiceContext, input: z.output<typeof notificationInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    const row = convoyForAction(ctx, input.id, 'edit', input.version);
    const values: Record<string, unknown> = { notification_status: input.status };
    if (input.status === 'submitted') values.notification_submitted_at = ctx.now();
    if (input.status === 'acknowledged') {
      values.notification_acknowledged_at = ctx.now();
      if (!row.notificationSubmittedAt) values.notification_submitted_at = ctx.now();
    }
    if (input.status === 'not_submitted' || input.status === 'not_required') {
      values.notification_submitted_at = null;
      values.notification_acknowledged_at = null;
    }
    updateRecord(ctx, 'convoys', row.id, values);
    addEvent(ctx, row.id, `notification:${input.status}`, row.status, row.status);
    const detail = convoyDetail(ctx.sqlite, row.id, ctx.now());
    recordAudit(ctx, [{ entity: 'convoy', entityId: row.id, before: row, after: auditShape(detail) }]);
    return detail;
  });
}

/** What the audit trail keeps of a convoy: the header and its status, not the computed views. */
export function auditShape(d: ConvoyDetail): unknown {
  const { timeline: _t, loads: _l, workflow, documents: _d, ...rest } = d;
  return { ...rest, state: workflow.state };
}
