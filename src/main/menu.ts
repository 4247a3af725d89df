// The native menu: the usual accelerators, plus commands that the page carries out; every label from
// locales/<lang>/main.json, so it is rebuilt in the new language when Settings changes it.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import type { Translate } from '@shared/i18n/createI18n'

type Role = NonNullable<MenuItemConstructorOptions['role']>
const separator: MenuItemConstructorOptions = { type: 'separator' }

interface MenuActions {
  toggleFullscreen: () => void
  openProjectPage: () => void
  checkForUpdates: () => void
  backUpData: () => void
  restoreData: () => void
}

/** What every menu is built from: labels in the screen's language, system roles, and page commands. */
interface Builders {
  label: (key: string) => string
  role: (name: Role, key: string) => MenuItemConstructorOptions
  item: (
    key: string,
    command: MenuCommand,
    accelerator?: string,
    registerAccelerator?: boolean
  ) => MenuItemConstructorOptions
}

export function menuTemplate(
  send: (command: MenuCommand) => void,
  actions: MenuActions,
  options: { isMac: boolean; isDev: boolean },
  t: Translate
): MenuItemConstructorOptions[] {
  const label = (key: string) => t(`main:menu.${key}`, { name: 'Cadence' })
  const b: Builders = {
    label,
    // Roles keep the system's behaviour; their labels are ours, so they follow Cadence's language, not the OS's.
    role: (name, key) => ({ role: name, label: label(key) }),
    item: (key, command, accelerator, registerAccelerator = true) => ({
      label: label(key),
      click: () => send(command),
      ...(accelerator ? { accelerator, registerAccelerator } : {}),
    }),
  }
  const { isMac } = options
  return [
    ...(isMac ? [appMenu(b.role)] : []),
    // Back up and Restore: their words live with the demos' (locales/*/demo.json), beside the media.
    fileMenu(b, isMac, [
      { label: t('demo:backup.menu'), click: actions.backUpData },
      { label: t('demo:restore.menu'), click: actions.restoreData },
    ]),
    editMenu(b),
    viewMenu(b, actions, options),
    windowMenu(b, isMac),
    helpMenu(b, actions),
  ]
}

function fileMenu(
  { label, role, item }: Builders,
  isMac: boolean,
  data: MenuItemConstructorOptions[]
): MenuItemConstructorOptions {
  return {
    label: label('file'),
    submenu: [
      item('newCircuit', 'newCircuit', 'CmdOrCtrl+N'),
      item('importCircuit', 'importCircuit', 'CmdOrCtrl+O'),
      item('exportHistory', 'exportHistory', 'CmdOrCtrl+E'),
      separator,
      // The page opens it, as Settings does, so a failure shows in the page like any other.
      item('openDataFolder', 'openDataFolder'),
      ...data,
      separator,
      isMac ? role('close', 'close') : role('quit', 'quit'),
    ],
  }
}

function editMenu({ label, role }: Builders): MenuItemConstructorOptions {
  return {
    role: 'editMenu',
    label: label('edit'),
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      separator,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      role('selectAll', 'selectAll'),
    ],
  }
}

function viewMenu(
  { label, role, item }: Builders,
  actions: MenuActions,
  { isMac, isDev }: { isMac: boolean; isDev: boolean }
): MenuItemConstructorOptions {
  return {
    label: label('view'),
    submenu: [
      item('circuits', 'navigate:circuits', 'CmdOrCtrl+1'),
      item('run', 'navigate:run', 'CmdOrCtrl+2'),
      item('history', 'navigate:history', 'CmdOrCtrl+3'),
      item('settings', 'navigate:settings', 'CmdOrCtrl+4'),
      separator,
      // macOS has its own fullscreen item and shortcut (Ctrl+Cmd+F, the green button); use the system's.
      isMac
        ? role('togglefullscreen', 'toggleFullscreen')
        : {
            label: label('toggleFullscreen'),
            accelerator: 'F11',
            click: actions.toggleFullscreen,
          },
      role('resetZoom', 'actualSize'),
      role('zoomIn', 'zoomIn'),
      role('zoomOut', 'zoomOut'),
      ...(isDev ? [separator, role('reload', 'reload'), role('toggleDevTools', 'devTools')] : []),
    ],
  }
}

function windowMenu({ label, role }: Builders, isMac: boolean): MenuItemConstructorOptions {
  return {
    role: 'windowMenu',
    label: label('window'),
    submenu: [
      role('minimize', 'minimize'),
      role('zoom', 'zoom'),
      ...(isMac ? [separator, role('front', 'front')] : [role('close', 'close')]),
    ],
  }
}

function helpMenu({ label, item }: Builders, actions: MenuActions): MenuItemConstructorOptions {
  return {
    role: 'help',
    label: label('help'),
    submenu: [
      // Shown, never registered: a registered "?" would fire while the user types one into a text field.
      // The page answers "?" itself, outside text fields.
      item('shortcuts', 'showShortcuts', '?', false),
      { label: label('website'), click: actions.openProjectPage },
      { label: label('checkForUpdates'), click: actions.checkForUpdates },
    ],
  }
}

/** macOS's first menu, named after the app by the system; its items spelled out so their labels translate. */
function appMenu(
  role: (name: Role, key: string) => MenuItemConstructorOptions
): MenuItemConstructorOptions {
  return {
    role: 'appMenu',
    submenu: [
      role('about', 'about'),
      separator,
      role('services', 'services'),
      separator,
      role('hide', 'hide'),
      role('hideOthers', 'hideOthers'),
      role('unhide', 'showAll'),
      separator,
      role('quit', 'quitApp'),
    ],
  }
}
