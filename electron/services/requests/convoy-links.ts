import type { z } from 'zod';
import { CONVOY_STATUS_KEYS, say } from '../../api/i18n';
import type { linkConvoyInput, RequestDetail } from '../../api/requests';
import type { ConvoyStatus } from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { invalid } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { insertRecord, updateRecord } from '../core/write';
import { dayOf } from '../stock/dates';
import { all, one } from '../stock/sql';
import { begin, finish, lineNamed, linesOf, recordDelivery } from './act';
import { loadRequest } from './rows';
import { addTimelineEntry } from './timeline';
import { requestDetail } from './views';

/**
 * Fulfilment by convoy: the providing side links a committed line to a convoy (the whole convoy,
 * one of its vehicles, or one of its manifest lines) that has not arrived yet; when the convoy
 * arrives (convoys' `arrive` move, in its transaction) each pending link becomes a delivery of
 * its line, so the request is fulfilled once every approved quantity has come.
 */

const DONE: readonly ConvoyStatus[] = ['arrived', 'closed', 'cancelled'];

export function linkConvoy(ctx: ServiceContext, input: z.output<typeof linkConvoyInput>): RequestDetail {
  return inTransaction(ctx, () => {
    const { stored, actor, at } = begin(ctx, input, 'deliver');
    const before = requestDetail(ctx.sqlite, stored.id, dayOf(ctx.now()));
    const { line } = lineNamed(ctx, stored, input.lineId);
    const convoy = one<{ id: string; number: string; status: ConvoyStatus }>(
      ctx.sqlite,
      'SELECT id, number, status FROM convoys WHERE id = ?',
      input.convoyId,
    );
    if (!convoy) throw invalid(say('requestCore.noSuchConvoy'), [{ path: ['convoyId'], message: say('requestCore.noSuchConvoy') }]);
    if (DONE.includes(convoy.status)) {
      const message = say('requestCore.convoyDone', {
        convoy: convoy.number,
        status: say(CONVOY_STATUS_KEYS[convoy.status]).toLocaleLowerCase(),
      });
      throw invalid(message, [{ path: ['convoyId'], message }]);
    }
    if (
      input.vehicleId &&
      !one(ctx.sqlite, 'SELECT 1 FROM convoy_vehicles WHERE convoy_id = ? AND vehicle_id = ?', convoy.id, input.vehicleId)
    ) {
      const message = say('requestCore.vehicleNotOnConvoy', { convoy: convoy.number });
      throw invalid(message, [{ path: ['vehicleId'], message }]);
    }
    if (
      input.manifestLineId &&
      !one(ctx.sqlite, 'SELECT 1 FROM manifest_lines WHERE id = ? AND convoy_id = ?', input.manifestLineId, convoy.id)
    ) {
      const message = say('requestCore.manifestLineNotOnConvoy', { convoy: convoy.number });
      throw invalid(message, [{ path: ['manifestLineId'], message }]);
    }
    const onConvoys = one<{ n: number }>(
      ctx.sqlite,
      'SELECT coalesce(sum(quantity), 0) AS n FROM request_convoy_links WHERE line_id = ? AND fulfilment_id IS NULL',
      line.id,
    )!.n;
    const remaining = (line.approvedQuantity ?? 0) - line.deliveredQuantity - onConvoys;
    if (input.quantity > remaining)
      throw invalid(say('requestCore.linkRemaining', { line: line.lineNo, remaining, unit: line.unit }), [
        { path: ['quantity'], message: say('requestCore.atMost', { max: remaining }) },
      ]);
    insertRecord(ctx, 'request_convoy_links', {
      request_id: stored.id,
      line_id: line.id,
      convoy_id: convoy.id,
      vehicle_id: input.vehicleId ?? null,
      manifest_line_id: input.manifestLineId ?? null,
      quantity: input.quantity,
      fulfilment_id: null,
    });
    updateRecord(ctx, 'requests', stored.id, {});
    addTimelineEntry(ctx, {
      requestId: stored.id,
      orgId: actor.orgId,
      action: 'linkConvoy',
      from: stored.status,
      to: stored.status,
      // Stored text, in English like the rest of the timeline's record.
      comment: `Line ${line.lineNo}: ${input.quantity} ${line.unit} on convoy ${convoy.number}`,
      at,
    });
    return finish(ctx, stored, before);
  });
}

/** The convoy arrived (inside its arrival's transaction): each pending link delivers its line, for the providing side. */
export function deliverConvoyLinks(ctx: ServiceContext, convoyId: string, convoyNumber: string, at: string): void {
  const links = all<{ id: string; requestId: string; lineId: string; quantity: number; plate: string | null }>(
    ctx.sqlite,
    `SELECT k.id, k.request_id AS requestId, k.line_id AS lineId, k.quantity, v.plate
     FROM request_convoy_links k LEFT JOIN vehicles v ON v.id = k.vehicle_id
     WHERE k.convoy_id = ? AND k.fulfilment_id IS NULL ORDER BY k.created_at, k.id`,
    convoyId,
  );
  for (const link of links) {
    const stored = loadRequest(ctx.sqlite, link.requestId)!;
    // Cancelled, closed or delivered otherwise meanwhile: nothing left for this convoy to deliver.
    if (stored.status !== 'in_progress') continue;
    const lines = linesOf(ctx, stored.id);
    const line = lines.find((l) => l.id === link.lineId)!;
    const quantity = Math.min(link.quantity, (line.approvedQuantity ?? 0) - line.deliveredQuantity);
    if (quantity <= 0) continue;
    const last = one<{ at: string | null }>(ctx.sqlite, 'SELECT max(at) AS at FROM request_events WHERE request_id = ?', stored.id)?.at;
    const when = last && last > at ? last : at;
    const before = requestDetail(ctx.sqlite, stored.id, dayOf(ctx.now()));
    const fulfilmentId = recordDelivery(ctx, stored, lines, line, {
      quantity,
      deliveredOn: dayOf(when),
      link: 'convoy',
      stockDocumentId: null,
      reference: link.plate ? `${convoyNumber} · ${link.plate}` : convoyNumber,
      note: '',
      orgId: stored.providerOrgId,
      at: when,
    });
    updateRecord(ctx, 'request_convoy_links', link.id, { fulfilment_id: fulfilmentId });
    finish(ctx, loadRequest(ctx.sqlite, stored.id)!, before);
  }
}
