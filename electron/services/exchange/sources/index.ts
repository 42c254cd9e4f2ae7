import type { ExportSourceId } from '../../../api/exchange';
import { expiryAlertsSource, lowStockSource } from './alerts';
import { auditSource, exportHistorySource } from './audit';
import { convoyMovementSource } from './convoys';
import { countSheetSource, countsSource } from './counts';
import { incomingSource, thresholdsSource, vehiclesSource } from './registers';
import { agreementsSource, contactsSource, exportProfilesSource, itemsSource, organisationsSource, sitesSource } from './records';
import { requestMeasuresSource } from './request-measures';
import { requestRegisterSource } from './requests';
import type { ExportSource } from './source';
import { documentLinesSource, manifestSource } from './lines';
import { documentsSource, onHandSource, stockCardSource, threeWSource } from './stock';

/** Every exportable grid and report, by the id the renderer names. */
export const EXPORT_SOURCE_TABLE: Record<ExportSourceId, ExportSource<Record<string, unknown>, never>> = {
  organisations: organisationsSource as never,
  contacts: contactsSource as never,
  agreements: agreementsSource as never,
  sites: sitesSource as never,
  items: itemsSource as never,
  onHand: onHandSource as never,
  stockCard: stockCardSource as never,
  documents: documentsSource as never,
  audit: auditSource as never,
  threeW: threeWSource as never,
  exportProfiles: exportProfilesSource as never,
  exportHistory: exportHistorySource as never,
  convoyMovement: convoyMovementSource as never,
  requests: requestRegisterSource as never,
  requestMeasures: requestMeasuresSource as never,
  expiryAlerts: expiryAlertsSource as never,
  lowStock: lowStockSource as never,
  counts: countsSource as never,
  countSheet: countSheetSource as never,
  incoming: incomingSource as never,
  thresholds: thresholdsSource as never,
  vehicles: vehiclesSource as never,
  documentLines: documentLinesSource as never,
  manifest: manifestSource as never,
};
