import type { Session } from 'electron';

/**
 * Corridor needs no browser permission (camera, notifications, geolocation, clipboard-read,
 * HID…): every request and every check is refused. Copy and paste still work through the Edit
 * menu roles and the DOM copy/paste events, which need no permission.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
