import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. The roles matter: without the Edit roles the keyboard shortcuts for
 * copy, cut, paste and undo do nothing on macOS, and without the close role and the Window menu
 * Cmd+W and Cmd+M do nothing there. Developer tools only in unpackaged builds.
 */
export function menuTemplate(opts: { devTools: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    // macOS: Quit lives in the app menu; File > Close Window (Cmd+W) closes the window.
    { label: 'File', submenu: [mac ? { role: 'close' as const } : { role: 'quit' as const }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(opts.devTools ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    // Minimize (Cmd+M), Zoom and, on macOS, Bring All to Front and the window list.
    { role: 'windowMenu' },
  ];
}

export function installMenu(opts: { devTools: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...opts, platform: process.platform })));
}
