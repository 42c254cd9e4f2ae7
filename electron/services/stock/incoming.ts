import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { IncomingTransferView, incomingTransfersInput, Page } from '../../api/stock';
import { documentView } from './document-views';
import { all, one } from './sql';

const IN_TRANSIT = `d.kind = 'transfer_out' AND d.status = 'posted' AND d.received_by_document_id IS NULL
  AND d.reversed_by_document_id IS NULL`;

/**
 * Transfers in transit to a site (or to every site), oldest sent first, each with its expected
 * arrival: when a convoy carries it, the stop's planned arrival (else the convoy's); otherwise
 * the day the sender set on the transfer, if any.
 */
export function incomingTransfers(sqlite: Database.Database, input: z.output<typeof incomingTransfersInput>): Page<IncomingTransferView> {
  const where = `WHERE ${IN_TRANSIT}${input.siteId ? ' AND d.other_site_id = @siteId' : ''}`;
  const site = input.siteId ? { siteId: input.siteId } : {};
  const total = one<{ n: number }>(sqlite, `SELECT count(*) AS n FROM stock_documents d ${where}`, site)!.n;
  const ids = all<{ id: string }>(
    sqlite,
    `SELECT d.id FROM stock_documents d ${where} ORDER BY d.occurred_at ${input.sort[0]?.sort === 'desc' ? 'DESC' : 'ASC'}, d.id LIMIT @limit OFFSET @offset`,
    { ...site, limit: input.limit, offset: input.offset },
  ).map((r) => r.id);
  const convoyOf = new Map<string, { expectedArrival: string | null; convoyId: string; convoyNumber: string }>();
  if (ids.length > 0) {
    const rows = all<{ documentId: string; expectedArrival: string | null; convoyId: string; convoyNumber: string }>(
      sqlite,
      `SELECT DISTINCT ml.dispatch_document_id AS documentId, coalesce(st.planned_arrival, c.planned_arrival) AS expectedArrival,
         c.id AS convoyId, c.number AS convoyNumber
       FROM manifest_lines ml JOIN convoys c ON c.id = ml.convoy_id LEFT JOIN convoy_stops st ON st.id = ml.stop_id
       WHERE ml.dispatch_document_id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(ids),
    );
    for (const r of rows) convoyOf.set(r.documentId, r);
  }
  const rows = ids.map((id) => {
    const c = convoyOf.get(id);
    const view = documentView(sqlite, id);
    return {
      ...view,
      // The convoy's plan when a convoy carries it, else the day the sender gave.
      expectedArrival: c?.expectedArrival ?? view.expectedArrival,
      convoyId: c?.convoyId ?? null,
      convoyNumber: c?.convoyNumber ?? null,
    };
  });
  return { total, offset: input.offset, limit: input.limit, rows };
}
