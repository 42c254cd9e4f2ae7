import { recordSharing } from './sharing-field';
import { say, sayLater } from './i18n/current';
import { z } from 'zod';
import { text } from './text';
import { BASE_UNITS, ITEM_CATEGORIES, MAX_PACK_SIZE, PACKING_GROUPS, SUPPLY_CLASSES, type PackSize } from './vocabularies';
import type { Item } from './record-types';
import { command, query } from './define';
import { flexibleBoolean, gtinField, nsnField, optionalNumber, positiveNumber, requiredText, unicefField, unNumberField } from './formats';
import { listInput, removeInput, restoreInput, rowIdentity, rowsInput, type RemoveOutcome } from './records';

/** Pack sizes are typed in a cell as "carton=20; bag=5". */
export function formatPackSizes(packs: PackSize[]): string {
  return packs.map((p) => `${p.name}=${p.quantity}`).join('; ');
}

const PACK_TEXT = /^\s*([A-Za-z][\w -]{0,29}?)\s*=\s*(\d+)\s*$/;

export const packSizesField = z.preprocess(
  (v) => {
    if (v == null || v === '') return [];
    if (typeof v !== 'string') return v;
    return v
      .split(/[;\n]/)
      .filter((s) => s.trim() !== '')
      .map((part) => {
        const m = PACK_TEXT.exec(part);
        return m ? { name: m[1].trim().toLowerCase(), quantity: Number(m[2]) } : { name: part.trim(), quantity: NaN };
      });
  },
  z
    .array(
      z.object({
        name: text('Pack size name', { min: 1, max: 30 }),
        quantity: z
          .number(sayLater('catalogue.packFormat'))
          .int(sayLater('catalogue.packWhole'))
          .min(2, sayLater('catalogue.packMin'))
          .max(MAX_PACK_SIZE, sayLater('catalogue.packMax', { max: MAX_PACK_SIZE })),
      }),
      sayLater('catalogue.packFormat'),
    )
    .max(6, sayLater('catalogue.packCount'))
    .refine((ps) => new Set(ps.map((p) => p.name)).size === ps.length, sayLater('catalogue.packNameOnce')),
);

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const upper = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim().toUpperCase()) : v);

export const itemRow = z
  .object({
    ...rowIdentity,
    code: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.string(sayLater('catalogue.codeRequired')).regex(/^[A-Z0-9][A-Z0-9._-]{1,29}$/, sayLater('catalogue.codeFormat')),
    ),
    name: requiredText('Name'),
    category: z.preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .trim()
              .toLowerCase()
              .replace(/[\s-]+/g, '_')
          : v,
      z.enum(ITEM_CATEGORIES, sayLater('catalogue.categoryOneOf', { list: ITEM_CATEGORIES.join(', ') })),
    ),
    supplyClass: z.preprocess(upper, z.enum(SUPPLY_CLASSES, sayLater('catalogue.supplyClass')).nullable().optional()).optional(),
    baseUnit: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z.enum(BASE_UNITS, sayLater('catalogue.baseUnitOneOf', { list: BASE_UNITS.join(', ') })),
    ),
    // No defaults here: an absent field keeps the stored value (new rows get the column default).
    packSizes: packSizesField.optional(),
    unitWeightKg: positiveNumber('Unit weight (kg)'),
    unitVolumeM3: positiveNumber('Unit volume (m³)'),
    needsLotExpiry: flexibleBoolean('Needs lot & expiry').optional(),
    coldMinC: optionalNumber('Cold chain min °C', -80, 60),
    coldMaxC: optionalNumber('Cold chain max °C', -80, 60),
    freezeSensitive: flexibleBoolean('Freeze sensitive').optional(),
    unNumber: z.preprocess(upper, unNumberField).optional(),
    dgClass: z
      .preprocess(
        blankToNull,
        z
          .string()
          .regex(/^[1-9](\.[1-6])?[A-L]?$/, sayLater('catalogue.dgClass'))
          .nullable()
          .optional(),
      )
      .optional(),
    packingGroup: z.preprocess(upper, z.enum(PACKING_GROUPS, sayLater('catalogue.packingGroup')).nullable().optional()).optional(),
    nsn: nsnField,
    unicefCode: z.preprocess(upper, unicefField).optional(),
    gtin: gtinField,
    sharing: recordSharing,
  })
  .superRefine((item, ctx) => {
    if (item.coldMinC != null && item.coldMaxC != null && item.coldMinC > item.coldMaxC) {
      ctx.addIssue({ code: 'custom', path: ['coldMaxC'], message: say('catalogue.coldOrder') });
    }
    if (item.unNumber && !item.dgClass) {
      ctx.addIssue({ code: 'custom', path: ['dgClass'], message: say('catalogue.dgNeedsClass') });
    }
    if (!item.unNumber && (item.dgClass || item.packingGroup)) {
      ctx.addIssue({ code: 'custom', path: ['unNumber'], message: say('catalogue.needsUnNumber') });
    }
    if ((item.category === 'food' || item.category === 'health') && !item.needsLotExpiry) {
      // DOMAIN.md: all food and medical items are tracked by lot and expiry.
      ctx.addIssue({ code: 'custom', path: ['needsLotExpiry'], message: say('catalogue.foodTracked') });
    }
  });

export const catalogueOps = {
  'items.list': query<Item[]>('read')(listInput),
  'items.save': command<Item[]>('records.edit')(rowsInput(itemRow)),
  'items.remove': command<RemoveOutcome>('records.edit')(removeInput),
  'items.restore': command<Item>('records.edit')(restoreInput),
};
