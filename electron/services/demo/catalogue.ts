import { gtinCheckDigit } from '../../api/formats';
import type { OpInput } from '../../api/contract';
import type { ServiceContext } from '../core/context';
import { ensureRows } from './ensure';

/**
 * The demo catalogue: what a forward base and its humanitarian neighbours actually hold. Relief
 * items carry UNICEF-style S-codes and supply class X (material for non-military programmes);
 * military stores carry NATO stock numbers. Barcodes use the GS1 restricted-circulation prefix
 * 200–299 (valid check digits, never a real product).
 */
type ItemRow = OpInput<'items.save'>['rows'][number];

/** A GTIN body with its GS1 check digit appended. */
export const withCheckDigit = (body: string): string => `${body}${gtinCheckDigit(body)}`;

const food = (row: Omit<ItemRow, 'category' | 'needsLotExpiry'>): ItemRow => ({ ...row, category: 'food', needsLotExpiry: true });
const health = (row: Omit<ItemRow, 'category' | 'needsLotExpiry'>): ItemRow => ({ ...row, category: 'health', needsLotExpiry: true });

export const DEMO_ITEMS: ItemRow[] = [
  // Food (class I): every lot tracked with its expiry.
  food({ code: 'FD-WFL-25', name: 'Fortified wheat flour 25 kg bag', supplyClass: 'X', baseUnit: 'each', packSizes: 'pallet=40', unitWeightKg: 25.2, unitVolumeM3: 0.036 }),
  food({ code: 'FD-MZE-50', name: 'Maize grain 50 kg bag', supplyClass: 'X', baseUnit: 'each', packSizes: 'pallet=20', unitWeightKg: 50.3, unitVolumeM3: 0.075 }),
  food({ code: 'FD-RCE-25', name: 'Rice, long grain 25 kg bag', supplyClass: 'X', baseUnit: 'each', packSizes: 'pallet=40', unitWeightKg: 25.1, unitVolumeM3: 0.033 }),
  food({ code: 'FD-BNS-50', name: 'Red beans 50 kg bag', supplyClass: 'X', baseUnit: 'each', packSizes: 'pallet=20', unitWeightKg: 50.3, unitVolumeM3: 0.07 }),
  food({ code: 'FD-CSB-25', name: 'Corn-soya blend plus (CSB+) 25 kg bag', supplyClass: 'X', baseUnit: 'each', packSizes: 'pallet=40', unitWeightKg: 25.1, unitVolumeM3: 0.04 }),
  food({ code: 'FD-VOL-5L', name: 'Vegetable oil, vitamin A fortified, 5 L tin', supplyClass: 'X', baseUnit: 'each', packSizes: 'carton=4; pallet=192', unitWeightKg: 4.8, unitVolumeM3: 0.0062 }),
  food({ code: 'FD-SLT-1', name: 'Iodised salt 1 kg bag', supplyClass: 'X', baseUnit: 'each', packSizes: 'bale=25', unitWeightKg: 1.0, unitVolumeM3: 0.0009 }),
  food({ code: 'FD-HEB-100', name: 'High-energy biscuits 100 g', supplyClass: 'X', baseUnit: 'each', packSizes: 'carton=100', unitWeightKg: 0.1, unitVolumeM3: 0.00018, unicefCode: 'S1500301' }),
  food({ code: 'FD-RUTF-92', name: 'Ready-to-use therapeutic food (RUTF) 92 g sachet', supplyClass: 'X', baseUnit: 'each', packSizes: 'carton=150', unitWeightKg: 0.092, unitVolumeM3: 0.00012, unicefCode: 'S0000240', gtin: withCheckDigit('200411000240') }),
  food({ code: 'FD-MRE-12', name: 'Meal, ready-to-eat (MRE), case of 12', supplyClass: 'I', baseUnit: 'each', packSizes: 'pallet=48', unitWeightKg: 10.4, unitVolumeM3: 0.028, nsn: '8970-01-321-9153' }),
  food({ code: 'FD-WTR-1.5', name: 'Bottled drinking water 1.5 L', supplyClass: 'I', baseUnit: 'each', packSizes: 'shrink pack=6; pallet=504', unitWeightKg: 1.55, unitVolumeM3: 0.0017, nsn: '8960-01-536-2042' }),

  // Non-food items.
  { code: 'NFI-BLK-FL', name: 'Blanket, fleece, 150x200 cm', category: 'nfi', supplyClass: 'X', baseUnit: 'each', packSizes: 'bale=50', unitWeightKg: 1.5, unitVolumeM3: 0.008, unicefCode: 'S5005015' },
  { code: 'NFI-MAT-SL', name: 'Sleeping mat 180x90 cm', category: 'nfi', supplyClass: 'X', baseUnit: 'each', packSizes: 'bale=20', unitWeightKg: 1.2, unitVolumeM3: 0.01 },
  { code: 'NFI-KIT-KB', name: 'Kitchen set, family, type B', category: 'nfi', supplyClass: 'X', baseUnit: 'set', unitWeightKg: 7.5, unitVolumeM3: 0.04, unicefCode: 'S0000790' },
  { code: 'NFI-LMP-SOL', name: 'Solar lamp with phone charger', category: 'nfi', supplyClass: 'X', baseUnit: 'each', packSizes: 'carton=40', unitWeightKg: 0.35, unitVolumeM3: 0.0012, gtin: withCheckDigit('200411000516') },
  { code: 'NFI-NET-LL', name: 'Mosquito net, long-lasting insecticidal, double', category: 'nfi', supplyClass: 'X', baseUnit: 'each', packSizes: 'bale=40', unitWeightKg: 0.55, unitVolumeM3: 0.002, unicefCode: 'S1200111' },
  { code: 'NFI-BKT-14', name: 'Bucket with lid 14 L', category: 'nfi', supplyClass: 'X', baseUnit: 'each', packSizes: 'stack=10', unitWeightKg: 0.65, unitVolumeM3: 0.016 },
  { code: 'NFI-CLT-KT', name: 'Clothing kit, child, 5–9 years', category: 'nfi', supplyClass: 'X', baseUnit: 'set', packSizes: 'carton=10', unitWeightKg: 1.1, unitVolumeM3: 0.005 },

  // Shelter.
  { code: 'SH-TRP-46', name: 'Tarpaulin 4x6 m reinforced', category: 'shelter', supplyClass: 'X', baseUnit: 'each', packSizes: 'bale=5', unitWeightKg: 4.6, unitVolumeM3: 0.01, unicefCode: 'S0000620' },
  { code: 'SH-TNT-16', name: 'Family tent 16 m²', category: 'shelter', supplyClass: 'X', baseUnit: 'each', unitWeightKg: 52, unitVolumeM3: 0.36, unicefCode: 'S0000651' },
  { code: 'SH-STK-01', name: 'Shelter tool kit', category: 'shelter', supplyClass: 'X', baseUnit: 'set', unitWeightKg: 14, unitVolumeM3: 0.05 },
  { code: 'SH-RPE-30', name: 'Polypropylene rope 8 mm, 30 m coil', category: 'shelter', supplyClass: 'X', baseUnit: 'roll', packSizes: 'bag=10', unitWeightKg: 1.1, unitVolumeM3: 0.003 },
  { code: 'SH-PSH-RL', name: 'Plastic sheeting roll 4x50 m', category: 'shelter', supplyClass: 'X', baseUnit: 'roll', unitWeightKg: 38, unitVolumeM3: 0.12 },

  // Water, sanitation and hygiene.
  { code: 'WS-JCN-20C', name: 'Jerrycan 20 L collapsible', category: 'wash', supplyClass: 'X', baseUnit: 'each', packSizes: 'carton=50', unitWeightKg: 0.25, unitVolumeM3: 0.0008, unicefCode: 'S0000150', gtin: withCheckDigit('200411000150') },
  { code: 'WS-AQT-67', name: 'Water purification tablets NaDCC 67 mg', category: 'wash', supplyClass: 'X', baseUnit: 'each', packSizes: 'strip=10; carton=10000', unitWeightKg: 0.0002, unitVolumeM3: 0.0000003, needsLotExpiry: true, unicefCode: 'S0000123' },
  { code: 'WS-HTH-45', name: 'Calcium hypochlorite (HTH) 70% granules, 45 kg drum', category: 'wash', supplyClass: 'X', baseUnit: 'each', unitWeightKg: 47, unitVolumeM3: 0.07, needsLotExpiry: true, unNumber: 'UN2880', dgClass: '5.1', packingGroup: 'II' },
  { code: 'WS-SOP-250', name: 'Soap bar 250 g', category: 'wash', supplyClass: 'X', baseUnit: 'each', packSizes: 'carton=72', unitWeightKg: 0.25, unitVolumeM3: 0.0003, gtin: withCheckDigit('200411000253') },
  { code: 'WS-HYG-FAM', name: 'Family hygiene kit', category: 'wash', supplyClass: 'X', baseUnit: 'set', unitWeightKg: 6.5, unitVolumeM3: 0.035, unicefCode: 'S0000176' },
  { code: 'WS-BLD-10', name: 'Water bladder tank 10 m³ (onion tank)', category: 'wash', supplyClass: 'X', baseUnit: 'each', unitWeightKg: 95, unitVolumeM3: 0.3 },
  { code: 'WS-SLB-LAT', name: 'Latrine slab, plastic, 120x80 cm', category: 'wash', supplyClass: 'X', baseUnit: 'each', packSizes: 'stack=10', unitWeightKg: 10, unitVolumeM3: 0.03 },

  // Health (class VIII for military stores): lot and expiry always; cold chain where needed.
  health({ code: 'HL-ORS-205', name: 'ORS sachet 20.5 g (low osmolarity)', supplyClass: 'X', baseUnit: 'each', packSizes: 'box=100; carton=1000', unitWeightKg: 0.022, unitVolumeM3: 0.00003, unicefCode: 'S1561010', gtin: withCheckDigit('200411001561') }),
  health({ code: 'HL-ZNC-20', name: 'Zinc sulfate 20 mg dispersible tablet', supplyClass: 'X', baseUnit: 'each', packSizes: 'blister=10; box=100', unitWeightKg: 0.0004, unitVolumeM3: 0.0000005, unicefCode: 'S1550010' }),
  health({ code: 'HL-PCM-500', name: 'Paracetamol 500 mg tablet', supplyClass: 'VIII', baseUnit: 'each', packSizes: 'box=1000', unitWeightKg: 0.0006, unitVolumeM3: 0.0000008, nsn: '6505-01-390-8720' }),
  health({ code: 'HL-AMX-250', name: 'Amoxicillin 250 mg dispersible tablet', supplyClass: 'X', baseUnit: 'each', packSizes: 'blister=10; box=100', unitWeightKg: 0.0005, unitVolumeM3: 0.0000007, unicefCode: 'S1505510' }),
  health({ code: 'HL-IFAK', name: 'Individual first aid kit (IFAK)', supplyClass: 'VIII', baseUnit: 'set', packSizes: 'carton=20', unitWeightKg: 0.8, unitVolumeM3: 0.003, nsn: '6545-01-530-0929' }),
  health({ code: 'HL-GLV-NM', name: 'Examination gloves, nitrile, medium', supplyClass: 'VIII', baseUnit: 'piece', packSizes: 'box=100; carton=1000', unitWeightKg: 0.004, unitVolumeM3: 0.00001, nsn: '6515-01-562-9385' }),
  health({ code: 'HL-VAC-PEN', name: 'Pentavalent vaccine (DTP-HepB-Hib), 1-dose vial', supplyClass: 'X', baseUnit: 'dose', packSizes: 'box=50', unitWeightKg: 0.01, unitVolumeM3: 0.00002, coldMinC: 2, coldMaxC: 8, freezeSensitive: true, unicefCode: 'S2300350' }),
  health({ code: 'HL-VAC-MR', name: 'Measles-rubella vaccine, 10-dose vial', supplyClass: 'X', baseUnit: 'dose', packSizes: 'vial=10; box=500', unitWeightKg: 0.002, unitVolumeM3: 0.000003, coldMinC: 2, coldMaxC: 8, freezeSensitive: false, unicefCode: 'S2300420' }),
  health({ code: 'HL-VAC-TD', name: 'Tetanus-diphtheria (Td) vaccine, 10-dose vial', supplyClass: 'X', baseUnit: 'dose', packSizes: 'vial=10; box=500', unitWeightKg: 0.002, unitVolumeM3: 0.000003, coldMinC: 2, coldMaxC: 8, freezeSensitive: true, unicefCode: 'S2300310' }),
  health({ code: 'HL-OXY-10', name: 'Oxytocin injection 10 IU/ml, 1 ml ampoule', supplyClass: 'X', baseUnit: 'each', packSizes: 'box=100', unitWeightKg: 0.005, unitVolumeM3: 0.00001, coldMinC: 2, coldMaxC: 8, freezeSensitive: true, unicefCode: 'S1557010' }),
  health({ code: 'HL-IEHK-B', name: 'Emergency health kit, basic unit (1,000 people, 3 months)', supplyClass: 'X', baseUnit: 'set', unitWeightKg: 45, unitVolumeM3: 0.2, unicefCode: 'S9902000' }),

  // Education.
  { code: 'ED-SIAB', name: 'School-in-a-box kit (40 pupils)', category: 'education', supplyClass: 'X', baseUnit: 'set', unitWeightKg: 38, unitVolumeM3: 0.1, unicefCode: 'S0000910' },

  // Fuel and lubricants (class III): dangerous goods where they are.
  { code: 'FU-DSL', name: 'Diesel fuel', category: 'fuel', supplyClass: 'III', baseUnit: 'litre', packSizes: 'jerrycan=20; drum=200', unitWeightKg: 0.84, unitVolumeM3: 0.001, unNumber: 'UN1202', dgClass: '3', packingGroup: 'III', nsn: '9140-00-286-5294' },
  { code: 'FU-PET', name: 'Petrol (gasoline), unleaded', category: 'fuel', supplyClass: 'III', baseUnit: 'litre', packSizes: 'jerrycan=20; drum=200', unitWeightKg: 0.74, unitVolumeM3: 0.001, unNumber: 'UN1203', dgClass: '3', packingGroup: 'II', nsn: '9130-01-160-1818' },
  { code: 'FU-JP8', name: 'Aviation turbine fuel JP-8', category: 'fuel', supplyClass: 'III', baseUnit: 'litre', packSizes: 'drum=200', unitWeightKg: 0.8, unitVolumeM3: 0.001, unNumber: 'UN1863', dgClass: '3', packingGroup: 'III', nsn: '9130-01-031-5816' },
  { code: 'FU-LPG-13', name: 'LPG cylinder 13 kg (filled)', category: 'fuel', supplyClass: 'III', baseUnit: 'each', unitWeightKg: 27, unitVolumeM3: 0.05, unNumber: 'UN1965', dgClass: '2.1' },
  { code: 'FU-OIL-20', name: 'Engine oil 15W-40, 20 L pail', category: 'fuel', supplyClass: 'III', baseUnit: 'each', packSizes: 'pallet=36', unitWeightKg: 18.5, unitVolumeM3: 0.022, nsn: '9150-01-152-4117' },

  // Construction and barrier material (class IV).
  { code: 'CN-SBG-PP', name: 'Sandbag, woven polypropylene, 35x65 cm', category: 'construction', supplyClass: 'IV', baseUnit: 'each', packSizes: 'bale=500', unitWeightKg: 0.09, unitVolumeM3: 0.0002, nsn: '8105-01-555-9021' },
  { code: 'CN-CMT-50', name: 'Portland cement 50 kg bag', category: 'construction', supplyClass: 'IV', baseUnit: 'each', packSizes: 'pallet=40', unitWeightKg: 50, unitVolumeM3: 0.033 },
  { code: 'CN-CGI-28', name: 'Corrugated galvanised iron sheet, 28 gauge, 3 m', category: 'construction', supplyClass: 'IV', baseUnit: 'piece', packSizes: 'bundle=20', unitWeightKg: 6.4, unitVolumeM3: 0.004 },
  { code: 'CN-CON-10', name: 'Concertina wire, barbed tape, 10 m coil', category: 'construction', supplyClass: 'IV', baseUnit: 'each', unitWeightKg: 14, unitVolumeM3: 0.5, nsn: '5660-01-508-0372' },
  { code: 'CN-GAB-137', name: 'Defensive barrier gabion 1.37x1.06x10 m, collapsed', category: 'construction', supplyClass: 'IV', baseUnit: 'each', unitWeightKg: 280, unitVolumeM3: 0.45, nsn: '5680-99-835-7122' },

  // Spare parts (class IX).
  { code: 'SP-TYR-395', name: 'Tyre 395/85R20, cross-country truck', category: 'spare_parts', supplyClass: 'IX', baseUnit: 'each', unitWeightKg: 105, unitVolumeM3: 0.38, nsn: '2610-01-475-3125' },
  { code: 'SP-AIR-6X6', name: 'Air filter element, 6x6 cargo truck', category: 'spare_parts', supplyClass: 'IX', baseUnit: 'each', packSizes: 'carton=4', unitWeightKg: 3.2, unitVolumeM3: 0.02, nsn: '2940-01-439-4733' },
  { code: 'SP-FFL-DSL', name: 'Fuel filter, diesel engine', category: 'spare_parts', supplyClass: 'IX', baseUnit: 'each', packSizes: 'carton=12', unitWeightKg: 0.6, unitVolumeM3: 0.0015, nsn: '2910-01-507-9328' },
  { code: 'SP-BAT-6TL', name: 'Battery 12 V 6TL lead-acid, wet filled', category: 'spare_parts', supplyClass: 'IX', baseUnit: 'each', unitWeightKg: 31, unitVolumeM3: 0.017, unNumber: 'UN2794', dgClass: '8', packingGroup: 'III', nsn: '6140-01-485-1472' },
];

/** Writes the demo catalogue; returns item ids by code. */
export async function loadDemoCatalogue(ctx: ServiceContext): Promise<Map<string, string>> {
  const items = await ensureRows({
    existing: await ctx.call('items.list', { includeArchived: true }),
    storedKey: (i) => i.code,
    wanted: DEMO_ITEMS,
    wantedKey: (i) => String(i.code),
    save: (rows) => ctx.call('items.save', { rows }),
  });
  return new Map([...items.values()].map((i) => [i.code, i.id]));
}
