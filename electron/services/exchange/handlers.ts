import { exportProfiles, type ExportProfile } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import type { RecordSpec } from '../records/spec';
import { previewExport } from './run';
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

export const exchangeHandlers: AreaHandlers<
  | 'exportProfiles.list'
  | 'exportProfiles.save'
  | 'exportProfiles.remove'
  | 'sharing.defaults'
  | 'sharing.setDefaults'
  | 'exports.preview'
  | 'exports.history'
  | 'imports.paste'
> = {
  'exportProfiles.list': (ctx, input) => listRecords<ExportProfile>(ctx, exportProfileSpec, input.includeArchived),
  'exportProfiles.save': (ctx, input) => saveRecords<ExportProfile>(ctx, exportProfileSpec, input.rows),
  'exportProfiles.remove': (ctx, input) => removeRecord(ctx, exportProfileSpec, input),
  'sharing.defaults': (ctx) => readSharingDefaults(ctx.sqlite),
  'sharing.setDefaults': (ctx, input) => setSharingDefaults(ctx, input),
  'exports.preview': (ctx, input) => previewExport(ctx, input),
  'exports.history': (ctx, input) => exportHistoryRows(ctx.sqlite, input.limit),
  'imports.paste': (ctx, input) => saveUpload(ctx.homeDir, 'pasted.tsv', input.text),
};
