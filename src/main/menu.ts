// The native menu: the usual accelerators, plus commands that the page carries out.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'

export function menuTemplate(
  send: (command: MenuCommand) => void,
  actions: {
    toggleFullscreen: () => void
    openProjectPage: () => void
    checkForUpdates: () => void
  },
  options: { isMac: boolean; isDev: boolean }
): MenuItemConstructorOptions[] {
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
    registerAccelerator = true
  ): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
  })
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New circuit', 'newCircuit', 'CmdOrCtrl+N'),
        item('Import circuit…', 'importCircuit', 'CmdOrCtrl+O'),
        item('Export history…', 'exportHistory', 'CmdOrCtrl+E'),
        { type: 'separator' },
        // The page opens it, as Settings does, so a failure shows in the page like any other.
        item('Open data folder', 'openDataFolder'),
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        item('Circuits', 'navigate:circuits', 'CmdOrCtrl+1'),
        item('Run', 'navigate:run', 'CmdOrCtrl+2'),
        item('History', 'navigate:history', 'CmdOrCtrl+3'),
        item('Settings', 'navigate:settings', 'CmdOrCtrl+4'),
        { type: 'separator' },
        // macOS has its own fullscreen item and shortcut (Ctrl+Cmd+F, the green button); use the system's.
        options.isMac
          ? { role: 'togglefullscreen' }
          : { label: 'Toggle fullscreen', accelerator: 'F11', click: actions.toggleFullscreen },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(options.isDev
          ? [
              { type: 'separator' as const },
              { role: 'reload' as const },
              { role: 'toggleDevTools' as const },
            ]
          : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // Shown, never registered: a registered "?" would fire while the user types one into a text field.
        // The page answers "?" itself, outside text fields.
        item('Keyboard shortcuts', 'showShortcuts', '?', false),
        { label: 'Cadence on the web', click: actions.openProjectPage },
        { label: 'Check for updates…', click: actions.checkForUpdates },
      ],
    },
  ]
}
