import { sites, type Site } from '../../../db/schema';
import { say } from '../../api/i18n/current';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord, restoreRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';

export const siteSpec: RecordSpec = {
  table: sites,
  entity: 'site',
  label: 'Site',
  unique: [{ field: 'code', label: 'Code' }],
  refs: [{ field: 'operatorOrgId', table: 'organisations', label: 'Operating organisation' }],
  describe: (r) => String(r.code ?? r.id),
  frozenOnceUsed: [
    {
      field: 'code',
      // Document numbers carry the code; another site taking the old code later would repeat them.
      inUse: (sqlite, row) => {
        const doc = sqlite.prepare('SELECT number FROM stock_documents WHERE site_id = ? AND number IS NOT NULL LIMIT 1').get(row.id) as
          { number: string } | undefined;
        return doc ? say('records.siteCodeFrozen', { number: doc.number }) : null;
      },
    },
  ],
};

export const siteHandlers: AreaHandlers<'sites.list' | 'sites.save' | 'sites.remove' | 'sites.restore'> = {
  'sites.list': (ctx, input) => listRecords<Site>(ctx, siteSpec, input.includeArchived, 'code'),
  'sites.save': (ctx, input) => saveRecords<Site>(ctx, siteSpec, input.rows),
  'sites.remove': (ctx, input) => removeRecord(ctx, siteSpec, input),
  'sites.restore': (ctx, input) => restoreRecord<Site>(ctx, siteSpec, input),
};
