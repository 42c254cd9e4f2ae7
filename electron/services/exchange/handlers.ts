import { exportProfiles, type ExportProfile } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';
import type { ExportPreview } from '../../api/exchange';
import type { JobManager } from '../jobs/manager';
import { prepare } from './plan';
import { readSharingDefaults, setSharingDefaults } from './sharing';
import { exportHistoryRows } from './sources/audit';
import { saveUpload } from './import/files';

export const exportProfileSpec: RecordSpec = {
  table: exportProfiles,
  entity: 'export_profile',
  label: 'Export profile',
  unique: [{ field: 'organisationId', label: 'Partner organisation (one profile each)' }],
  refs: [{ field: 'organisationId', table: 'organisations', label: 'Partner organisation' }],
  describe: (r) => `export profile ${String(r.id ?? '')}`,
};

export const exchangeHandlers = (
  jobs: JobManager,
): AreaHandlers<
  | 'exportProfiles.list'
  | 'exportProfiles.save'
  | 'exportProfiles.remove'
  | 'sharing.defaults'
  | 'sharing.setDefaults'
  | 'exports.preview'
  | 'exports.history'
  | 'imports.paste'
  | 'imports.ready'
> => {
  /** The preview each open export panel waits for (by operator and panel): a newer one from that panel stops it. */
  const previews = new Map<string, AbortController>();
  return {
    'exportProfiles.list': (ctx, input) => listRecords<ExportProfile>(ctx, exportProfileSpec, input.includeArchived),
    'exportProfiles.save': (ctx, input) => saveRecords<ExportProfile>(ctx, exportProfileSpec, input.rows),
    'exportProfiles.remove': (ctx, input) => removeRecord(ctx, exportProfileSpec, input),
    'sharing.defaults': (ctx) => readSharingDefaults(ctx.sqlite),
    'sharing.setDefaults': (ctx, input) => setSharingDefaults(ctx, input),
    'exports.preview': (ctx, { panel, ...input }) => {
      // The request is checked here, so a refusal keeps its code and fields; the rows are counted on
      // a job thread (the export's warm one), leaving this thread free to answer meanwhile.
      prepare(ctx, input);
      const by = { id: ctx.account()!.id, name: ctx.operator()! };
      const count = (signal?: AbortSignal) => jobs.task<ExportPreview>('exportPreview', { kind: 'export', ...input }, by, signal);
      if (!panel) return count();
      // The operator picked another partner before the last preview was counted: nobody waits for
      // that one any more, and on a 100,000-row grid it would hold a thread for a second or two.
      const key = `${by.id} ${panel}`;
      previews.get(key)?.abort();
      const mine = new AbortController();
      previews.set(key, mine);
      return count(mine.signal).finally(() => {
        if (previews.get(key) === mine) previews.delete(key);
      });
    },
    'exports.history': (ctx, input) => exportHistoryRows(ctx.sqlite, input.limit),
    'imports.paste': (ctx, input) => saveUpload(ctx.homeDir, 'pasted.tsv', input.text),
    'imports.ready': () => {
      jobs.readySpare();
      return null;
    },
  };
};
