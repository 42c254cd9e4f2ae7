import type { PasteFoundField, PasteLineField, StockDocumentKind } from '../../../../electron/api/stock';
import { FEFO_DOCUMENT_KINDS } from '../../../../electron/api/vocabularies';
import type { PasteColumn } from '../../grid/usePastedLines';
import { t } from '../../i18n';

/**
 * The columns a pasted line of a document of this kind fills, in the lines grid's order and with
 * its headers (a header line in the block may name them in any order): what the grid lets a user
 * type, nothing the core works out (item name, unit, availability).
 */
export function linePasteColumns(kind: StockDocumentKind): PasteColumn<PasteLineField>[] {
  const cols: PasteColumn<PasteLineField>[] = [];
  if (kind === 'adjustment') cols.push({ field: 'direction', header: t('addLine.direction') });
  cols.push(
    { field: 'item', header: t('col.itemCode') },
    { field: 'lot', header: t('addLine.lot') },
    { field: 'expiry', header: t('col.expiry') },
    { field: 'owner', header: t('col.owner') },
  );
  if (kind !== 'issue' && kind !== 'transfer_out')
    cols.push({ field: 'condition', header: kind === 'condition_change' ? t('addLine.fromCondition') : t('col.condition') });
  if (kind === 'condition_change') cols.push({ field: 'toCondition', header: t('addLine.toCondition') });
  if (kind === 'damage') cols.push({ field: 'writeOff', header: t('line.writeOff') });
  cols.push(
    { field: 'pack', header: t('line.pack') },
    { field: 'packs', header: t('line.packs') },
    { field: 'quantity', header: t('col.quantity') },
  );
  if (FEFO_DOCUMENT_KINDS.includes(kind)) cols.push({ field: 'fefoReason', header: t('line.fefoReason') });
  cols.push({ field: 'notes', header: t('doc.notes') });
  return cols;
}

/** The columns of a pasted line of stock found on a count sheet, as the found-stock form names them. */
export function foundPasteColumns(): PasteColumn<PasteFoundField>[] {
  return [
    { field: 'item', header: t('found.item') },
    { field: 'lot', header: t('found.lot') },
    { field: 'expiry', header: t('found.expiry') },
    { field: 'owner', header: t('found.owner') },
    { field: 'condition', header: t('found.condition') },
    { field: 'counted', header: t('found.counted') },
  ];
}
