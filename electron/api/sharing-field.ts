import { z } from 'zod';
import { TLP_LABELS } from './vocabularies';

/** A record's own sharing label (TLP 2.0); null or blank = the default of its record type (a setting). */
export const recordSharing = z
  .preprocess(
    (v) => (v === '' ? null : v),
    z.enum(TLP_LABELS, { error: `Sharing label must be one of: ${TLP_LABELS.join(', ')}, or blank for the default` }).nullable(),
  )
  .optional();
