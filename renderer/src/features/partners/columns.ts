import type { SharingDefaults } from '../../../../electron/api/exchange';
import type { TlpLabel } from '../../../../electron/api/vocabularies';
import { orgKindChoices, sharingChoices } from '../../app/labels';
import { sharingColumn } from '../../app/sharing-column';
import type { GridColumn } from '../../grid/columns';
import { t } from '../../i18n';

/* Built while rendering, in the current language (the page memoises them per language and sharing defaults). */

export const organisationColumns = (): GridColumn[] => [
  { field: 'shortName', header: t('field.shortName'), width: 120, pinned: 'left', hint: t('hint.orgShortName') },
  { field: 'name', header: t('field.name'), width: 280 },
  { field: 'kind', header: t('col.kind'), type: 'choice', choices: orgKindChoices(), width: 140 },
  { field: 'country', header: t('field.country'), width: 130 },
  // Never blank: a new organisation gets GREEN (api/partners.ts).
  { field: 'sharing', header: t('col.sharing'), type: 'choice', choices: sharingChoices(), width: 150, hint: t('hint.sharing') },
  { field: 'notes', header: t('field.notes'), type: 'longText', width: 320 },
];

/** `orgLabel`: the organisation's label as it applies (a blank row leaves the base under it when it is stricter). */
export const contactColumns = (sharing: SharingDefaults | undefined, orgLabel?: TlpLabel): GridColumn[] => [
  { field: 'name', header: t('field.name'), width: 170 },
  { field: 'role', header: t('field.role'), width: 150 },
  { field: 'phone', header: t('field.phone'), width: 140, ltr: true },
  { field: 'email', header: t('col.email'), width: 200 },
  { field: 'callSign', header: t('field.callSign'), width: 110, hint: t('hint.callSign') },
  sharingColumn('contact', sharing, orgLabel),
];

export const agreementColumns = (sharing: SharingDefaults | undefined, orgLabel?: TlpLabel): GridColumn[] => [
  { field: 'title', header: t('field.title'), width: 220 },
  { field: 'parties', header: t('field.parties'), width: 200 },
  { field: 'validFrom', header: t('field.validFrom'), type: 'date', width: 110, hint: t('hint.isoDate') },
  { field: 'validUntil', header: t('field.validUntil'), type: 'date', width: 110, hint: t('hint.isoDate') },
  { field: 'scope', header: t('field.scope'), type: 'longText', width: 260 },
  sharingColumn('agreement', sharing, orgLabel),
];
