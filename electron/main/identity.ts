/**
 * Who the app is to the operating system. Pure constants (no electron import) so tests compare
 * them with build/electron-builder.yml and package.json.
 */

/** electron-builder's appId; also the Windows AppUserModelID, so the taskbar groups the running
 * window with the installer's pinned shortcut instead of showing two icons. */
export const APP_ID = 'org.corridor.desktop';

/**
 * The data folder under the OS's application-data folder. Pinned rather than derived from the
 * app name, so naming the app "Corridor" did not move anyone's database, and a development build
 * (`npm start`, `npm run dev`) never opens, and migrates, the installed app's database.
 */
export function dataFolderName(isPackaged: boolean): string {
  return isPackaged ? 'corridor' : 'corridor-dev';
}

/**
 * Environment variables that only development and tests may use. A packaged app drops them at
 * start: CORRIDOR_MIGRATIONS would point the app at arbitrary migration SQL.
 */
export const DEVELOPMENT_ONLY_ENV = ['CORRIDOR_MIGRATIONS'] as const;
