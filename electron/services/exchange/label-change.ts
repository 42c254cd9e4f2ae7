import { say } from '../../api/i18n/current';
import type { FieldIssue } from '../../api/result';
import { PERMISSION_ROLE, roleAllows, roleLabel } from '../../api/permissions';
import { tlpRank, type SharedRecordType } from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { DomainError } from '../core/errors';
import type { SharingDefaults } from '../../api/exchange';
import { labelOf, readSharingDefaults } from './sharing';
import { tlpText } from './sources/tlp-text';

/*
 * Who may make a record easier to share. Keeping or raising a label (towards RED) is for anyone
 * who may edit the record: it only keeps more at the base. Lowering it (towards CLEAR) decides
 * what may leave the base, as releasing an export above TLP:GREEN does, so it needs the same
 * permission, `exports.release` (approver and above). Labels are compared as they apply: a blank
 * label is its type's default, and a new record starts at that default.
 */

/**
 * Whether this caller may lower labels (a caller with no account is the app itself: the demo, a
 * job's own writes). It reads the account: asked once per call, not per row.
 */
export function mayLowerLabels(ctx: ServiceContext): boolean {
  const account = ctx.account();
  return !account || roleAllows(account.role, 'exports.release');
}

/**
 * The refusal of a change of a record's own label from `before` to `after` (null or blank: the
 * type's default; `before` undefined: a new record) when it lowers the label, for a caller who
 * may not lower labels (mayLowerLabels); null when it keeps or raises it.
 */
export function labelLoweringRefusal(type: SharedRecordType, before: unknown, after: unknown, defaults: SharingDefaults): string | null {
  const from = labelOf(before, type, defaults);
  const to = labelOf(after, type, defaults);
  if (tlpRank(to) >= tlpRank(from)) return null;
  return say('sharingCore.lowerNeedsRelease', {
    from: tlpText(from),
    to: tlpText(to),
    role: roleLabel(PERMISSION_ROLE['exports.release']),
  });
}

/**
 * Refuses (forbidden, on the `sharing` field at `path`) a label change this caller may not make.
 * A label left as it was (`after` undefined: not sent) is no change.
 */
export function assertMayRelabel(
  ctx: ServiceContext,
  type: SharedRecordType,
  before: unknown,
  after: unknown,
  path: FieldIssue['path'] = ['sharing'],
): void {
  if (after === undefined || (before ?? null) === after || mayLowerLabels(ctx)) return;
  const why = labelLoweringRefusal(type, before, after, readSharingDefaults(ctx.sqlite));
  if (why) throw new DomainError('forbidden', why, [{ path, message: why }]);
}
