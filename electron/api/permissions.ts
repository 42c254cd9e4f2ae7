import { say, type MessageKey } from './i18n';

/**
 * Roles and the permissions they grant (issue 10). Every operation of the contract names the one
 * permission it needs (define.ts makes it a required field); the core's dispatch refuses a caller
 * whose role lacks it, naming the permission, before anything is read or written.
 *
 * Roles are cumulative: a storekeeper may do what a viewer may, an approver what a storekeeper
 * may, an administrator everything (a small installation often has one or two people, who must
 * not be locked out of stock work by holding the administrator role).
 */
export const ROLES = ['viewer', 'storekeeper', 'approver', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** A role's name in the current message language. */
export const roleLabel = (role: Role): string => say(`role.${role}`);

/**
 * What an operation may need. `public` needs no sign-in (the status, signing in, first-start
 * set-up); `session` needs a signed-in operator of any role (signing out, own preferences).
 */
export const PERMISSIONS = [
  'public',
  'session',
  'read',
  'records.edit',
  'stock.edit',
  'stock.approve',
  'exports.release',
  'settings',
  'operators',
  'restore',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const PERMISSION_KEYS: Record<Permission, MessageKey> = {
  public: 'permission.public',
  session: 'permission.session',
  read: 'permission.read',
  'records.edit': 'permission.records.edit',
  'stock.edit': 'permission.stock.edit',
  'stock.approve': 'permission.stock.approve',
  'exports.release': 'permission.exports.release',
  settings: 'permission.settings',
  operators: 'permission.operators',
  restore: 'permission.restore',
};

/** What a permission allows, in the current message language. */
export const permissionLabel = (permission: Permission): string => say(PERMISSION_KEYS[permission]);

/** The lowest role granting each permission (roles are cumulative). */
export const PERMISSION_ROLE: Record<Exclude<Permission, 'public' | 'session'>, Role> = {
  read: 'viewer',
  'records.edit': 'storekeeper',
  'stock.edit': 'storekeeper',
  'stock.approve': 'approver',
  'exports.release': 'approver',
  settings: 'administrator',
  operators: 'administrator',
  restore: 'administrator',
};

export function roleAllows(role: Role, permission: Permission): boolean {
  if (permission === 'public' || permission === 'session') return true;
  return ROLES.indexOf(role) >= ROLES.indexOf(PERMISSION_ROLE[permission]);
}

/** Every permission a role holds (sent to the renderer, which hides what the operator may not do). */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => roleAllows(role, p));
}
