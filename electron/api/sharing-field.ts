import { sayLater } from './i18n/current';
import { z } from 'zod';
import { TLP_LABELS } from './vocabularies';

/** A record's own sharing label (TLP 2.0); null or blank = the default of its record type (a setting). */
export const recordSharing = z
  .preprocess(
    (v) => (v === '' ? null : v),
    z
      .enum(
        TLP_LABELS,
        sayLater('schema.sharingLabelOrBlank', () => ({ values: TLP_LABELS.join(', ') })),
      )
      .nullable(),
  )
  .optional();
