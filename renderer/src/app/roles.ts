import type { MessageKey } from '../../../electron/api/i18n';
import type { Role } from '../../../electron/api/permissions';

/** Each role's name in the catalogue. */
export const ROLE_KEYS: Record<Role, MessageKey> = {
  viewer: 'role.viewer',
  storekeeper: 'role.storekeeper',
  approver: 'role.approver',
  administrator: 'role.administrator',
};
