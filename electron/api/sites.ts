import { sayLater } from './i18n/current';
import { recordSharing } from './sharing-field';
import { z } from 'zod';
import { SITE_KINDS } from './vocabularies';
import type { Site } from './record-types';
import { command, query } from './define';
import { optionalIdRef, optionalNumber, optionalText, requiredText } from './formats';
import { listInput, removeInput, restoreInput, rowIdentity, rowsInput, type RemoveOutcome } from './records';

export const siteRow = z.object({
  ...rowIdentity,
  code: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.string(sayLater('schema.codeRequired')).regex(/^[A-Z0-9][A-Z0-9-]{1,11}$/, sayLater('schema.siteCode')),
  ),
  name: requiredText('Name'),
  kind: z.enum(
    SITE_KINDS,
    sayLater('schema.kindOneOf', () => ({ values: SITE_KINDS.join(', ') })),
  ),
  operatorOrgId: optionalIdRef('Operating organisation'),
  town: optionalText('Town', 120),
  adm1Code: optionalText('Admin 1 code', 20),
  adm2Code: optionalText('Admin 2 code', 20),
  latitude: optionalNumber('Latitude', -90, 90),
  longitude: optionalNumber('Longitude', -180, 180),
  sharing: recordSharing,
});

export const siteOps = {
  'sites.list': query<Site[]>('read')(listInput),
  'sites.save': command<Site[]>('records.edit')(rowsInput(siteRow)),
  'sites.remove': command<RemoveOutcome>('records.edit')(removeInput),
  'sites.restore': command<Site>('records.edit')(restoreInput),
};
