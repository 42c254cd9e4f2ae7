import { say } from '../../api/i18n';
import type { Waybill } from '../../api/record-types';
import type { AreaHandlers } from '../core/handlers';
import { recordAudit } from '../audit/record';
import { checkVersion, conflict, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { updateRecord } from '../core/write';
import { one } from '../stock/sql';
import { receiveStop } from './arrival';
import { addVehicle, createConvoy, moveConvoy, removeStop, removeVehicle, saveStops, setNotification, updateConvoy } from './convoys';
import { removeManifestLines, saveManifest } from './manifest';
import { vehicleHandlers } from './vehicles';
import { originLots } from './origin-lots';
import { verifyCode } from './print/verify';
import { convoyDetail, convoySummaries, manifestView } from './views';

const WAYBILL_SELECT = `SELECT id, version, number, convoy_id AS convoyId, stop_id AS stopId, consignee_org_id AS consigneeOrgId, status,
  issued_at AS issuedAt, void_reason AS voidReason, content_hash AS contentHash, created_at AS createdAt,
  created_by_installation AS createdByInstallation, updated_at AS updatedAt, updated_by_installation AS updatedByInstallation,
  archived, replaced_by AS replacedBy FROM waybills`;

type Ops =
  | 'convoys.list'
  | 'convoys.get'
  | 'convoys.create'
  | 'convoys.update'
  | 'convoys.stops.save'
  | 'convoys.stops.remove'
  | 'convoys.vehicles.add'
  | 'convoys.vehicles.remove'
  | 'convoys.act'
  | 'convoys.notification'
  | 'convoys.manifest.get'
  | 'convoys.originLots'
  | 'convoys.manifest.save'
  | 'convoys.manifest.remove'
  | 'convoys.receiveStop'
  | 'waybills.void'
  | 'documents.verify';

export const convoyHandlers: AreaHandlers<Ops> & typeof vehicleHandlers = {
  ...vehicleHandlers,
  'convoys.list': (ctx, input) => convoySummaries(ctx.sqlite, ctx.now(), input.status),
  'convoys.get': (ctx, input) => convoyDetail(ctx.sqlite, input.id, ctx.now()),
  'convoys.create': (ctx, input) => createConvoy(ctx, input),
  'convoys.update': (ctx, input) => updateConvoy(ctx, input),
  'convoys.stops.save': (ctx, input) => saveStops(ctx, input),
  'convoys.stops.remove': (ctx, input) => removeStop(ctx, input),
  'convoys.vehicles.add': (ctx, input) => addVehicle(ctx, input),
  'convoys.vehicles.remove': (ctx, input) => removeVehicle(ctx, input),
  'convoys.act': (ctx, input) => moveConvoy(ctx, input),
  'convoys.notification': (ctx, input) => setNotification(ctx, input),
  'convoys.manifest.get': (ctx, input) => manifestView(ctx.sqlite, input.convoyId),
  'convoys.originLots': (ctx, input) => originLots(ctx.sqlite, input.convoyId, ctx.now().slice(0, 10), input),
  'convoys.manifest.save': (ctx, input) => saveManifest(ctx, input),
  'convoys.manifest.remove': (ctx, input) => removeManifestLines(ctx, input),
  'convoys.receiveStop': (ctx, input) => receiveStop(ctx, input),
  'documents.verify': (ctx, input) => verifyCode(ctx.sqlite, input.code),
  // A voided waybill stays in the register with its reason; its number is never given again.
  'waybills.void': (ctx, input) =>
    inTransaction(ctx, () => {
      const w = one<Waybill>(ctx.sqlite, `${WAYBILL_SELECT} WHERE id = ?`, input.id);
      if (!w) throw notFound(say('convoyCore.waybillNoun'), input.id);
      checkVersion(say('convoyCore.waybill', { number: w.number }), w.version, input.version);
      if (w.status === 'void') throw conflict(say('convoyCore.waybillAlreadyVoid', { number: w.number, reason: w.voidReason ?? '' }));
      updateRecord(ctx, 'waybills', w.id, { status: 'void', void_reason: input.reason });
      const after = one<Waybill>(ctx.sqlite, `${WAYBILL_SELECT} WHERE id = ?`, input.id)!;
      recordAudit(ctx, [{ entity: 'waybill', entityId: w.id, before: w, after }]);
      return after;
    }),
};
