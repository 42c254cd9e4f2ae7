import { formatPackSizes, itemRow } from '../../../../electron/api/catalogue';
import type { PackSize } from '../../../../electron/api/vocabularies';
import { baseUnitChoices, categoryChoices, packingGroupChoices, supplyClassChoices } from '../../app/labels';
import type { GridColumn } from '../../grid/columns';
import { EntityGrid, type RecordOps } from '../../grid/EntityGrid';

const OPS: RecordOps = { list: 'items.list', save: 'items.save', remove: 'items.remove', restore: 'items.restore' };
const NOUN = { one: 'item', many: 'items' };

const ITEM_COLUMNS: GridColumn[] = [
  { field: 'code', header: 'Code', width: 150, pinned: 'left', hint: '2–30 letters, digits, dots or dashes' },
  { field: 'name', header: 'Name', width: 240, pinned: 'left' },
  { field: 'category', header: 'Category', type: 'choice', choices: categoryChoices, width: 130 },
  {
    field: 'supplyClass',
    header: 'Supply class',
    type: 'choice',
    choices: supplyClassChoices,
    blankLabel: '',
    width: 105,
    hint: 'military class I–X, optional',
  },
  { field: 'baseUnit', header: 'Base unit', type: 'choice', choices: baseUnitChoices, width: 100 },
  {
    field: 'packSizes',
    header: 'Pack sizes',
    width: 170,
    format: (v) => formatPackSizes((v as PackSize[]) ?? []),
    hint: 'name=quantity of base units, separated by “;”, e.g. carton=20; pallet=800',
  },
  { field: 'unitWeightKg', header: 'Unit weight (kg)', type: 'number', width: 130 },
  { field: 'unitVolumeM3', header: 'Unit volume (m³)', type: 'number', width: 130 },
  { field: 'needsLotExpiry', header: 'Lot & expiry', type: 'boolean', width: 105, hint: 'required for all food and health items' },
  { field: 'coldMinC', header: 'Cold chain min °C', type: 'number', width: 135 },
  { field: 'coldMaxC', header: 'Cold chain max °C', type: 'number', width: 135 },
  { field: 'freezeSensitive', header: 'Freeze sensitive', type: 'boolean', width: 125 },
  { field: 'unNumber', header: 'UN number', width: 105, hint: '“UN” and 4 digits, e.g. UN1202' },
  { field: 'dgClass', header: 'DG class', width: 90, hint: 'dangerous goods class 1–9, e.g. 3 or 2.1' },
  { field: 'packingGroup', header: 'Packing group', type: 'choice', choices: packingGroupChoices, blankLabel: '', width: 115 },
  { field: 'nsn', header: 'NSN', width: 150, hint: 'NATO Stock Number, NNNN-NN-NNN-NNNN' },
  { field: 'unicefCode', header: 'UNICEF code', width: 115, hint: '“S” and 7 digits, e.g. S1580010' },
  { field: 'gtin', header: 'GTIN', width: 140, hint: 'barcode: 8, 12, 13 or 14 digits' },
];

export default function ItemsPage() {
  return (
    <div className="page-body">
      <EntityGrid
        gridKey="items"
        exportSource="items"
        ops={OPS}
        columns={ITEM_COLUMNS}
        schema={itemRow}
        noun={NOUN}
        describe={(r) => String(r.code || r.name || 'new item')}
        newRow={() => ({ category: 'nfi', baseUnit: 'each' })}
        emptyHint="Columns in order: Code, Name, Category, Supply class, Base unit, Pack sizes, weight, volume, … (use Columns to see them all)."
      />
    </div>
  );
}
