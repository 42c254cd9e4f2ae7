import type { Permission } from '../../../electron/api/permissions';
import type { SystemStatus } from '../../../electron/api/system';
import { queryClient, useCoreQuery } from './queries';

/**
 * After signing in or out every cached answer belongs to the previous operator (the allowed
 * actions differ by role): drop them all and read again.
 */
export async function sessionChanged(): Promise<void> {
  // Reset, not clear: clearing would leave the mounted queries (the status) holding old data.
  await queryClient.resetQueries();
}

/** Whether a status's operator holds a permission. */
const grants = (status: SystemStatus | undefined, permission: Permission) => Boolean(status?.operator?.permissions.includes(permission));

/** usePermission's answer outside rendering (a grid editor opening), from the status last read. */
export function hasPermission(permission: Permission): boolean {
  return grants(queryClient.getQueryData<SystemStatus>(['system.status', {}]), permission);
}

/** Whether the signed-in operator's role grants a permission: the window hides what the core would refuse. */
export function usePermission(permission: Permission): boolean {
  const status = useCoreQuery('system.status', {});
  return grants(status.data as SystemStatus | undefined, permission);
}
