// The native menu: the usual accelerators, plus commands that the page carries out.
import type { MenuItemConstructorOptions } from 'electron'
import type { SystemEvent } from '../shared/ipc/contract'

type MenuCommand = Extract<SystemEvent, { type: 'menu' }>['command']

export function menuTemplate(
  send: (command: MenuCommand) => void,
  actions: {
    openDataFolder: () => void
    toggleFullscreen: () => void
    openProjectPage: () => void
  },
  options: { isMac: boolean; isDev: boolean }
): MenuItemConstructorOptions[] {
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string
  ): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
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
        { label: 'Open data folder', click: actions.openDataFolder },
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
        { label: 'Toggle fullscreen', accelerator: 'F11', click: actions.toggleFullscreen },
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
        item('Keyboard shortcuts', 'showShortcuts', 'Shift+?'),
        { label: 'Cadence on the web', click: actions.openProjectPage },
      ],
    },
  ]
}
