import type { z } from 'zod';
import { storeText } from '../core/stored-text';
import { CONVOY_STATUS_KEYS, say, sayMoment } from '../../api/i18n';
import type { ConvoyDetail, receiveStopInput } from '../../api/convoys';
import type { FieldIssue } from '../../api/result';
import { createDocumentInput, receiveTransferInput } from '../../api/stock';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { conflict, DomainError, invalid } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { updateRecord } from '../core/write';
import { loadLines } from '../stock/document-rows';
import { createDocument } from '../stock/documents';
import { receiveTransfer } from '../stock/transfer';
import { one } from '../stock/sql';
import { addEvent } from './convoys';
import { convoyDetail, convoyStops, loadConvoy, manifestLines } from './views';

/**
 * Arrival at one stop: per manifest line, received good and damaged; the rest is short, more
 * than sent is over. At one of our sites the transfer is received through the stock ledger's own
 * receipt (good stock, damaged stock, the shortage written off as a loss) and an over-delivery is
 * taken in with a goods received note from the origin. At a partner's place the goods left our
 * books at dispatch (an issue): the quantities are recorded on the lines for the loss report.
 */
export function receiveStop(ctx: ServiceContext, input: z.output<typeof receiveStopInput>): ConvoyDetail {
  return inTransaction(ctx, () => {
    const convoy = loadConvoy(ctx.sqlite, input.convoyId);
    if (convoy.status !== 'in_transit')
      throw conflict(
        say('convoyCore.arrivalNotInTransit', {
          number: convoy.number,
          state: say(CONVOY_STATUS_KEYS[convoy.status]).toLocaleLowerCase(),
        }),
      );
    const stop = convoyStops(ctx.sqlite, convoy.id).find((s) => s.id === input.stopId);
    if (!stop) throw invalid(say('convoyCore.stopNotOnConvoy'), [{ path: ['stopId'], message: say('convoyCore.notAStop') }]);
    if (stop.arrivedAt) throw conflict(say('convoyCore.arrivalAlready', { stop: stop.label, when: sayMoment(stop.arrivedAt) }));
    const lines = manifestLines(ctx.sqlite, convoy.id).filter((l) => l.stopId === stop.id);
    const issues: FieldIssue[] = [];
    const given = new Map<string, { good: number; damaged: number }>();
    input.lines.forEach((g, i) => {
      if (!lines.some((l) => l.id === g.lineId))
        issues.push({ path: ['lines', i, 'lineId'], message: say('convoyCore.lineNotToStop', { stop: stop.label }) });
      else if (given.has(g.lineId)) issues.push({ path: ['lines', i, 'lineId'], message: say('convoyCore.lineTwice') });
      else given.set(g.lineId, g);
    });
    lines.forEach((l, n) => {
      if (!given.has(l.id) && issues.length === 0)
        issues.push({
          path: ['lines'],
          message: say('convoyCore.sayWhatArrived', { line: n + 1, item: l.itemCode ?? '', lot: l.lotNumber ?? '' }),
        });
    });
    if (issues.length > 0) throw invalid(say('convoyCore.nothingReceived', { problems: issues[0].message }), issues);
    const at = input.at ? (input.at.length === 10 ? `${input.at}T12:00:00.000Z` : new Date(input.at).toISOString()) : ctx.now();

    const toOurSite = stop.siteId !== null && stop.siteId !== convoy.originSiteId;
    if (toOurSite) {
      const byDocument = new Map<string, typeof lines>();
      for (const l of lines) byDocument.set(l.dispatchDocumentId!, [...(byDocument.get(l.dispatchDocumentId!) ?? []), l]);
      for (const [documentId, group] of byDocument) {
        const transfer = one<{ version: number }>(ctx.sqlite, 'SELECT version FROM stock_documents WHERE id = ?', documentId)!;
        // The transfer's lines were written in the manifest's order (dispatch.ts).
        const docLines = loadLines(ctx.sqlite, documentId);
        const over: typeof lines = [];
        const received = group.map((l, i) => {
          const g = given.get(l.id)!;
          if (g.good + g.damaged > l.quantity) over.push(l);
          const damaged = Math.min(g.damaged, l.quantity);
          return { lineId: docLines[i].id, good: Math.min(g.good, l.quantity - damaged), damaged };
        });
        try {
          receiveTransfer(
            ctx,
            receiveTransferInput.parse({
              transferId: documentId,
              version: transfer.version,
              occurredAt: at,
              notes: input.notes ?? '',
              // The convoy arrival form records quantities only: its differences take the usual reasons.
              shortReason: 'lost_in_transit',
              damagedReason: 'handling',
              lines: received,
            }),
          );
          if (over.length > 0)
            createDocument(
              ctx,
              createDocumentInput.parse({
                siteId: stop.siteId,
                kind: 'receipt',
                otherSiteId: convoy.originSiteId,
                occurredAt: at,
                reference: `${convoy.number} over-delivery`,
                notes: `More arrived than the manifest of convoy ${convoy.number} listed`,
                lines: over.map((l) => {
                  const g = given.get(l.id)!;
                  return {
                    itemId: l.itemId,
                    lotNumber: l.lotNumber ?? '',
                    expiryDate: l.expiryDate ?? undefined,
                    ownerOrgId: l.ownerOrgId,
                    quantity: g.good + g.damaged - l.quantity,
                  };
                }),
                post: true,
              }),
            );
        } catch (e) {
          if (e instanceof DomainError)
            throw new DomainError(e.code, say('convoyCore.arrivalRefused', { stop: stop.label, reason: e.message }));
          throw e;
        }
      }
    }
    for (const l of lines) {
      const g = given.get(l.id)!;
      updateRecord(ctx, 'manifest_lines', l.id, { received_good: g.good, received_damaged: g.damaged });
    }
    updateRecord(ctx, 'convoy_stops', stop.id, { arrived_at: at });
    const short = lines.reduce((n, l) => n + Math.max(0, l.quantity - given.get(l.id)!.good - given.get(l.id)!.damaged), 0);
    const damaged = lines.reduce((n, l) => n + given.get(l.id)!.damaged, 0);
    addEvent(
      ctx,
      convoy.id,
      'receiveStop',
      convoy.status,
      convoy.status,
      // Stored as key and values, worded in each reader's language; the notes as typed.
      storeText(
        'stopReceived',
        { stop: stop.label, lines: lines.length },
        [
          ...(short ? [{ part: 'short' as const, params: { count: short } }] : []),
          ...(damaged ? [{ part: 'damaged' as const, params: { count: damaged } }] : []),
        ],
        input.notes ?? '',
      ),
      at,
    );
    recordAudit(ctx, [{ entity: 'convoy_stop', entityId: stop.id, before: stop, after: { arrivedAt: at, lines: [...given.entries()] } }]);
    return convoyDetail(ctx.sqlite, convoy.id, ctx.now());
  });
}
