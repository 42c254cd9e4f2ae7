import { z } from 'zod';
import { command, query } from './define';
import { uuid } from './formats';
import { fieldName, say } from './i18n';
import { pinField } from './operators';
import { recordVersion } from './records';

/**
 * Four-eyes (issue 10): settings can require a second operator, an approver typing their PIN at
 * the same laptop, for count approval, reversals, adjustments over a quantity and exports above
 * GREEN. The core decides when one is needed (and says so beside the allowed actions, as
 * `needsSecondOperator`); the window only asks for the PIN.
 */
export const FOUR_EYES_GUARDS = ['countApproval', 'reversals', 'adjustments', 'exportsAboveGreen'] as const;
export type FourEyesGuard = (typeof FOUR_EYES_GUARDS)[number];

export interface FourEyesRules {
  /** Approving a count sheet (and posting its differences) needs an approver other than the one at the keyboard. */
  countApproval: boolean;
  reversals: boolean;
  /** Posting an adjustment with a line moving more than `adjustmentQuantity` base units. */
  adjustments: boolean;
  /**
   * Items carry no value (no price or cost in the catalogue), so the threshold is a quantity in
   * the item's base unit, per line.
   */
  adjustmentQuantity: number;
  /** An export whose highest sharing label is above TLP:GREEN (AMBER, AMBER+STRICT, RED). */
  exportsAboveGreen: boolean;
  version: number;
}

export const FOUR_EYES_DEFAULTS: Omit<FourEyesRules, 'version'> = {
  countApproval: false,
  reversals: false,
  adjustments: false,
  adjustmentQuantity: 100,
  exportsAboveGreen: false,
};

const onOff = (label: 'Count approval' | 'Reversals' | 'Adjustments' | 'Exports above GREEN') =>
  z.boolean({ error: () => say('format.yesNo', { field: fieldName(label) }) });

export const fourEyesInput = z.object({
  countApproval: onOff('Count approval'),
  reversals: onOff('Reversals'),
  adjustments: onOff('Adjustments'),
  adjustmentQuantity: z
    .number({ error: () => say('format.number', { field: fieldName('Adjustment threshold') }) })
    .int({ error: () => say('format.between', { field: fieldName('Adjustment threshold'), min: 1, max: 1_000_000_000 }) })
    .min(1, { error: () => say('format.between', { field: fieldName('Adjustment threshold'), min: 1, max: 1_000_000_000 }) })
    .max(1_000_000_000, {
      error: () => say('format.between', { field: fieldName('Adjustment threshold'), min: 1, max: 1_000_000_000 }),
    }),
  exportsAboveGreen: onOff('Exports above GREEN'),
  version: recordVersion,
});

/** The approver who checks an operation at the same laptop: their account and their PIN (never stored, never logged). */
export const secondOperatorField = z.object({ operatorId: uuid, pin: pinField() }, { error: () => say('fourEyes.secondShape') }).optional();
export type SecondOperatorInput = z.output<typeof secondOperatorField>;

export const fourEyesOps = {
  'system.fourEyes.get': query<FourEyesRules>('read')(z.object({}).optional()),
  'system.fourEyes.save': command<FourEyesRules>('settings')(fourEyesInput),
};
