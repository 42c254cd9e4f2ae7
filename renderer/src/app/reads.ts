import type { OpName } from '../../../electron/api/contract';
import { RECORD_TYPES, type ChangedType } from '../../../electron/api/events';

const STOCK_NAMES = ['items', 'sites', 'organisations'] as const;
/** What a convoy's views join: its stops, vehicles and manifest lines. */
const CONVOY_NAMES = ['convoys', 'convoy_stops', 'convoy_vehicles', 'vehicles', 'manifest_lines'] as const;

/**
 * Which record types each query operation reads, so a `changed` event refetches only the queries
 * that read what changed. Stock views join item, site and organisation names, so renaming an item
 * refreshes them too. test/core/change-log.test.ts fails for a query operation missing here.
 */
export const READS: Partial<Record<OpName, readonly ChangedType[]>> = {
  'system.status': ['settings', 'organisations', 'operators'],
  'auth.operators': ['operators'],
  'auth.touch': [],
  'operators.list': ['operators'],
  'system.integrity': ['stock_ledger'],
  // Sizes and free space move with every write; the panel reads them when shown.
  'system.about': ['settings'],
  'audit.list': ['audit_log'],
  'layout.get': ['settings'],
  'system.rules.get': ['settings'],
  'system.fourEyes.get': ['settings'],
  'locale.get': ['settings'],
  // The job history is not a record: its list follows `job` events, not `changed` ones.
  'jobs.list': [],
  // Backup files are not records either: the Backups panel refetches on backup jobs' events.
  'backups.list': ['settings'],
  'organisations.list': ['organisations'],
  'contacts.list': ['contacts'],
  'agreements.list': ['agreements'],
  'sites.list': ['sites'],
  'exportProfiles.list': ['export_profiles', 'organisations'],
  'sharing.defaults': ['settings'],
  'exports.history': ['audit_log'],
  // Keeps a pasted block as a file: it reads nothing and is never cached.
  'imports.paste': [],
  // Readies a thread for the wizard's previews: it reads nothing.
  'imports.ready': [],
  // A preview reads whatever is exported: every record type.
  'exports.preview': [...RECORD_TYPES, 'stock_ledger', 'settings'],
  'items.list': ['items'],
  // The four-eyes settings (a settings row) decide needsSecondOperator beside the allowed actions.
  'stock.documents.list': ['stock_documents', 'stock_document_lines', 'settings', ...STOCK_NAMES],
  // A manifest line names its transfer only from dispatch, which posts that transfer in the same
  // transaction (a stock_documents change): editing a line never changes this list, and the
  // navigation's count no longer costs the core ~25 ms on the scale file after each edited line.
  'stock.transfers.incoming': ['stock_documents', 'stock_document_lines', 'convoys', 'convoy_stops', ...STOCK_NAMES],
  'stock.documents.get': ['stock_documents', 'stock_document_lines', 'stock_ledger', 'stock_lots', 'settings', ...STOCK_NAMES],
  'stock.fefo.suggest': ['stock_ledger', 'stock_lots', ...STOCK_NAMES],
  'stock.onHand': ['stock_ledger', 'stock_lots', 'stock_thresholds', ...STOCK_NAMES],
  'stock.card': ['stock_ledger', 'stock_documents', 'stock_lots', ...STOCK_NAMES],
  'stock.lots.list': ['stock_ledger', 'stock_lots', ...STOCK_NAMES],
  'stock.alerts.expiry': ['stock_ledger', 'stock_lots', ...STOCK_NAMES],
  'stock.alerts.lowStock': ['stock_ledger', 'stock_thresholds', ...STOCK_NAMES],
  'stock.thresholds.list': ['stock_thresholds', ...STOCK_NAMES],
  'vehicles.list': ['vehicles'],
  'vehicles.history': ['vehicles', 'convoys', 'convoy_vehicles', 'manifest_lines'],
  'convoys.list': [...CONVOY_NAMES, 'sites'],
  'convoys.get': [...CONVOY_NAMES, 'waybills', 'convoy_events', 'stock_documents', ...STOCK_NAMES],
  'documents.verify': ['waybills', 'manifest_lines', 'convoy_stops', 'convoy_vehicles', 'convoys'],
  'convoys.manifest.get': [...CONVOY_NAMES, 'stock_lots', 'items'],
  'convoys.originLots': ['convoys', 'stock_ledger', 'stock_lots', ...STOCK_NAMES],
  'stock.count.get': ['stock_count_lines', 'stock_documents', 'stock_lots', 'settings', ...STOCK_NAMES],
  'requests.list': ['requests', 'request_lines', 'organisations'],
  'requests.get': [
    'requests',
    'request_lines',
    'request_events',
    'request_fulfilments',
    'request_convoy_links',
    'request_attachments',
    'convoys',
    'vehicles',
    'organisations',
    'items',
    'stock_documents',
    'settings',
  ],
  'requests.measures': ['requests', 'request_lines', 'organisations', 'settings'],
  // Every figure of the first screen: stock, thresholds, convoys and requests.
  'dashboard.get': [
    'stock_ledger',
    'stock_lots',
    'stock_thresholds',
    ...STOCK_NAMES,
    'convoys',
    'convoy_stops',
    'requests',
    'request_lines',
    'settings',
  ],
};

/** What the server-paged stock grids (on hand, document list) read. */
export const STOCK_VIEW_READS: readonly ChangedType[] = [
  'stock_ledger',
  'stock_documents',
  'stock_document_lines',
  'stock_lots',
  'stock_thresholds',
  ...STOCK_NAMES,
];
