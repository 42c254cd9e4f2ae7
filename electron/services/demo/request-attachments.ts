import type { ServiceContext } from '../core/context';
import { saveUpload } from '../exchange/import/files';

/**
 * An attachment in the demo: the security focal point's incident summary on the escort request
 * to the Kell villages, a small text file made here and handed over as an upload, then attached
 * through `requests.attachments.add` like one a user picks.
 */
const INCIDENT_SUMMARY = `Kell gorge road: security incidents, last 30 days
Prepared for the escort request by the UN security focal point, Tarvik.

1. Day 21 before the request: a water truck stopped at an informal checkpoint for three hours; no harm, cargo intact.
2. Day 9 before the request: shots fired near the upper bridge; no casualties; road closed for one day.

Assessment: movement by day only, in convoy, with the district police informed in advance.
`;

export async function attachDemoFiles(ctx: ServiceContext): Promise<void> {
  const [escort] = (await ctx.call('requests.list', { search: 'Escort for water trucking to Kell', limit: 1 })).rows;
  if (!escort) return;
  if ((await ctx.call('requests.get', { id: escort.id })).attachments.length > 0) return;
  const upload = saveUpload(ctx.homeDir, 'Kell gorge incident summary.txt', INCIDENT_SUMMARY);
  await ctx.call('requests.attachments.add', {
    requestId: escort.id,
    uploadId: upload.uploadId,
    note: 'Security incidents on the gorge road, from the UN security focal point',
    actingOrgId: escort.requesterOrgId,
  });
}
