import { useMemo } from 'react';
import { formatPackSizes, itemRow } from '../../../../electron/api/catalogue';
import type { SharingDefaults } from '../../../../electron/api/exchange';
import type { PackSize } from '../../../../electron/api/vocabularies';
import { baseUnitChoices, categoryChoices, packingGroupChoices, supplyClassChoices } from '../../app/labels';
import { sharingColumn, useSharingDefaults } from '../../app/sharing-column';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';
import { t, useLanguage } from '../../i18n';

const OPS: RecordOps = { list: 'items.list', save: 'items.save', remove: 'items.remove', restore: 'items.restore' };
const itemColumns = (sharing: SharingDefaults | undefined): GridColumn[] => [
  { field: 'code', header: t('col.code'), width: 150, pinned: 'left', hint: t('hint.itemCode') },
  { field: 'name', header: t('field.name'), width: 240, pinned: 'left' },
  { field: 'category', header: t('col.category'), type: 'choice', choices: categoryChoices(), width: 130 },
  {
    field: 'supplyClass',
    header: t('col.supplyClass'),
    type: 'choice',
    choices: supplyClassChoices,
    blankLabel: '',
    width: 105,
    hint: t('hint.supplyClass'),
  },
  { field: 'baseUnit', header: t('col.baseUnit'), type: 'choice', choices: baseUnitChoices(), width: 100 },
  {
    field: 'packSizes',
    header: t('col.packSizes'),
    width: 170,
    format: (v) => formatPackSizes((v as PackSize[]) ?? []),
    hint: t('hint.packSizes'),
  },
  { field: 'unitWeightKg', header: t('field.unitWeightKg'), type: 'number', width: 130 },
  { field: 'unitVolumeM3', header: t('field.unitVolumeM'), type: 'number', width: 130 },
  { field: 'needsLotExpiry', header: t('col.lotExpiry'), type: 'boolean', width: 105, hint: t('hint.lotExpiry') },
  { field: 'coldMinC', header: t('field.coldChainMinC'), type: 'number', width: 135 },
  { field: 'coldMaxC', header: t('field.coldChainMaxC'), type: 'number', width: 135 },
  { field: 'freezeSensitive', header: t('field.freezeSensitive'), type: 'boolean', width: 125 },
  { field: 'unNumber', header: t('col.unNumber'), width: 105, hint: t('hint.unNumber') },
  { field: 'dgClass', header: t('col.dgClass'), width: 90, hint: t('hint.dgClass') },
  { field: 'packingGroup', header: t('col.packingGroup'), type: 'choice', choices: packingGroupChoices, blankLabel: '', width: 115 },
  { field: 'nsn', header: 'NSN', width: 150, hint: t('hint.nsn') },
  { field: 'unicefCode', header: t('col.unicefCode'), width: 115, hint: t('hint.unicef') },
  { field: 'gtin', header: 'GTIN', width: 140, hint: t('hint.gtin') },
  sharingColumn('item', sharing),
];

export default function ItemsPage() {
  const language = useLanguage();
  const sharing = useSharingDefaults();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the language changes
  const columns = useMemo(() => itemColumns(sharing), [sharing, language]);
  return (
    <div className="page-body">
      <EntityGrid
        gridKey="items"
        exportSource="items"
        importTarget="items"
        ops={OPS}
        columns={columns}
        schema={itemRow}
        noun={{ one: t('noun.item'), many: t('noun.items'), a: t('noun.anItem') }}
        describe={(r) => String(r.code || r.name || t('noun.new', { noun: t('noun.item') }))}
        newRow={() => ({ category: 'nfi', baseUnit: 'each' })}
        emptyHint={t('items.emptyHint')}
      />
    </div>
  );
}
