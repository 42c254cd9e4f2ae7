import { say } from '../../api/i18n';
import type { ConvoyStopView, ManifestLineView } from '../../api/convoys';
import { createDocumentInput } from '../../api/stock';
import type { ServiceContext } from '../core/context';
import { DomainError } from '../core/errors';
import { insertRecord, updateRecord } from '../core/write';
import { createDocument } from '../stock/documents';
import { allocateNumber } from '../stock/ledger-write';
import type { ConvoyRow } from './views';
import { contentHash, waybillContentFor } from './waybill-content';

/**
 * Dispatch, inside the convoy's move transaction: the stock leaves the origin through the stock
 * ledger's own documents — a transfer out (goods in transit) for each of our destination sites,
 * an issue for each partner consignee, one per stop, consignee and owner — and one waybill is
 * numbered per consignee and stop. Numbers come from the same counters as stock documents, inside
 * this transaction: a dispatch that fails leaves no gap and no used number.
 */
export function dispatchConvoy(
  ctx: ServiceContext,
  convoy: ConvoyRow,
  stops: ConvoyStopView[],
  lines: ManifestLineView[],
  at: string,
): void {
  const stopById = new Map(stops.map((s) => [s.id, s]));
  const documentGroups = new Map<string, ManifestLineView[]>();
  const waybillGroups = new Map<string, ManifestLineView[]>();
  for (const l of lines) {
    const dKey = `${l.stopId}|${l.consigneeOrgId}|${l.ownerOrgId}`;
    const wKey = `${l.stopId}|${l.consigneeOrgId}`;
    documentGroups.set(dKey, [...(documentGroups.get(dKey) ?? []), l]);
    waybillGroups.set(wKey, [...(waybillGroups.get(wKey) ?? []), l]);
  }

  // Waybills first: each stock document's reference names its waybill.
  const waybillOf = new Map<string, { id: string; number: string }>();
  for (const [key, group] of [...waybillGroups].sort(
    (a, b) => stopById.get(a[1][0].stopId!)!.position - stopById.get(b[1][0].stopId!)!.position || a[0].localeCompare(b[0]),
  )) {
    const number = allocateNumber(ctx, convoy.originSiteId, convoy.originCode, 'WB', at);
    const head = { number, convoyId: convoy.id, stopId: group[0].stopId!, consigneeOrgId: group[0].consigneeOrgId!, issuedAt: at };
    const { id } = insertRecord(ctx, 'waybills', {
      number,
      convoy_id: convoy.id,
      stop_id: head.stopId,
      consignee_org_id: head.consigneeOrgId,
      status: 'issued',
      issued_at: at,
      content_hash: contentHash(
        waybillContentFor(
          ctx.sqlite,
          head,
          group.map((l) => l.id),
        ),
      ),
    });
    waybillOf.set(key, { id, number });
  }

  documentGroups.forEach((group) => {
    const stop = stopById.get(group[0].stopId!)!;
    const waybill = waybillOf.get(`${group[0].stopId}|${group[0].consigneeOrgId}`)!;
    const toOurSite = stop.siteId !== null && stop.siteId !== convoy.originSiteId;
    const parsed = createDocumentInput.parse({
      siteId: convoy.originSiteId,
      kind: toOurSite ? 'transfer_out' : 'issue',
      otherSiteId: toOurSite ? stop.siteId : undefined,
      counterpartyOrgId: toOurSite ? undefined : group[0].consigneeOrgId,
      ownerOrgId: group[0].ownerOrgId,
      occurredAt: at,
      reference: `${convoy.number} ${waybill.number}`,
      notes: say('timeline.convoyIssueNotes', { number: convoy.number, stop: stop.label }),
      lines: group.map((l) => ({ lotId: l.lotId, quantity: l.quantity, fefoOverrideReason: l.fefoOverrideReason ?? undefined })),
      post: true,
    });
    let documentId: string;
    try {
      documentId = createDocument(ctx, parsed).document.id;
    } catch (e) {
      if (e instanceof DomainError)
        throw new DomainError(e.code, say('convoyCore.dispatchRefused', { stop: stop.label, reason: e.message }));
      throw e;
    }
    for (const l of group) updateRecord(ctx, 'manifest_lines', l.id, { dispatch_document_id: documentId, waybill_id: waybill.id });
  });
}
