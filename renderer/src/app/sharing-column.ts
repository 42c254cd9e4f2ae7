import type { SharingDefaults } from '../../../electron/api/exchange';
import { sharingShown } from '../../../electron/api/sharing-words';
import { isTlpLabel, labelAsApplied, tlpRank, type SharedRecordType, type TlpLabel } from '../../../electron/api/vocabularies';
import { hasPermission } from './session';
import type { GridColumn } from '../grid/columns';
import { t } from '../i18n';
import { sharingChoices } from './labels';
import { useCoreQuery } from './queries';

/** The default sharing label of each record type (the Sharing page's), or undefined until read. */
export function useSharingDefaults(): SharingDefaults | undefined {
  return useCoreQuery('sharing.defaults', {}).data;
}

/**
 * What a blank sharing label falls back to, in words: "Type default (TLP:AMBER)" (grid cells and
 * record pages alike). `under`: the label of the organisation a contact or an agreement belongs to,
 * as it applies; when it is stricter than the type's default, a blank row leaves the base under it
 * (the core's exports take the stricter of the two), and the cell says so.
 */
export function sharingBlankText(type: SharedRecordType, defaults: SharingDefaults | undefined, under?: TlpLabel): string {
  return sharingShown(null, defaults?.[type], under, t);
}

/**
 * A record's own sharing label (TLP 2.0) as a grid column. Blank is allowed and says what it falls
 * back to, "Type default (TLP:AMBER)", so nobody has to guess what a blank will be exported as;
 * the page passes the defaults in (useSharingDefaults) and rebuilds its columns when they change.
 * A contact's or an agreement's column takes its organisation's label (`under`, see sharingBlankText).
 * For an operator who may not lower labels (exchange/label-change.ts in the core), a cell's list
 * offers only the row's label as it applies and the stricter ones.
 */
export function sharingColumn(type: SharedRecordType, defaults: SharingDefaults | undefined, under?: TlpLabel): GridColumn {
  return {
    field: 'sharing',
    header: t('col.sharing'),
    type: 'choice',
    choices: sharingChoices(),
    blankLabel: sharingBlankText(type, defaults, under),
    offered: (row) => {
      const floor = defaults && !hasPermission('exports.release') ? labelAsApplied(row?.sharing, defaults[type]) : null;
      return (v) => floor === null || tlpRank(labelAsApplied(v, defaults![type])) >= tlpRank(floor);
    },
    width: 200,
    hint: t('sharing.recordHint'),
    // A contact's or an agreement's own label below its organisation's: shown as set, but it
    // leaves the base under the organisation's (the core's exports take the stricter).
    note: under
      ? (row) =>
          isTlpLabel(row?.sharing) && tlpRank(under) > tlpRank(row.sharing)
            ? t('sharing.overruled', { label: t('tlp.label', { label: under }) })
            : null
      : undefined,
  };
}
