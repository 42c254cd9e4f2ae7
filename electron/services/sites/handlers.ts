import { sites, type Site } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord, restoreRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';

export const siteSpec: RecordSpec = {
  table: sites,
  sqlName: 'sites',
  entity: 'site',
  label: 'Site',
  area: 'sites',
  unique: [{ field: 'code', column: 'code', label: 'Code' }],
  refs: [{ field: 'operatorOrgId', table: 'organisations', label: 'Operating organisation' }],
  referrers: [],
  describe: (r) => String(r.code ?? r.id),
};

export const siteHandlers: AreaHandlers<'sites.list' | 'sites.save' | 'sites.remove' | 'sites.restore'> = {
  'sites.list': (ctx, input) => listRecords<Site>(ctx, siteSpec, input.includeArchived, 'code'),
  'sites.save': (ctx, input) => saveRecords<Site>(ctx, siteSpec, input.rows),
  'sites.remove': (ctx, input) => removeRecord(ctx, siteSpec, input.id),
  'sites.restore': (ctx, input) => restoreRecord<Site>(ctx, siteSpec, input.id),
};
