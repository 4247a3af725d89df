// The Platform interface over Electron: dialogs, the file manager, the window and the power-save blocker.
import { dialog, powerSaveBlocker, screen, shell, type BrowserWindow } from 'electron'
import { AppError } from '@shared/ipc/result'
import type { Platform } from '../platformPort'
import { moveWindowTo } from '../windowMove'
import type { MediaKey } from '@shared/ipc/contract'
import { mediaKeys } from './mediaKeys'
import { displayWindow, type DisplayWindowOptions } from './displayWindow'
import { t } from '../i18n/mainLanguage'

export function electronPlatform(
  getWindow: () => BrowserWindow | null,
  options: { canMoveWindows: boolean; onMediaKey: (key: MediaKey) => void } & Omit<
    DisplayWindowOptions,
    'canMoveWindows'
  >
): Platform {
  let blocker: number | null = null
  return {
    async chooseOpenFile({ title, filters }) {
      const win = getWindow()
      const options = { title, filters, properties: ['openFile' as const] }
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseOpenPaths({ title, filters, folder }) {
      const win = getWindow()
      const properties: Array<'openDirectory' | 'openFile' | 'multiSelections'> = folder
        ? ['openDirectory']
        : ['openFile', 'multiSelections']
      const options = { title, filters, properties }
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : result.filePaths
    },
    async chooseSaveFile({ title, defaultName, filters }) {
      const win = getWindow()
      const options = { title, defaultPath: defaultName, filters }
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async openFolder(path) {
      const error = await shell.openPath(path)
      if (error) throw new AppError('io', t('main:folder.couldNotOpen', { error }))
    },
    window: {
      isFullscreen: () => getWindow()?.isFullScreen() ?? false,
      setFullscreen: (on) => getWindow()?.setFullScreen(on),
      displays: () => {
        const primary = screen.getPrimaryDisplay().id
        return screen.getAllDisplays().map((d, i) => ({
          id: d.id,
          label: d.label || t('main:display.unnamed', { number: i + 1 }),
          width: d.size.width,
          height: d.size.height,
          primary: d.id === primary,
        }))
      },
      currentDisplayId: () => {
        const win = getWindow()
        return win ? screen.getDisplayMatching(win.getBounds()).id : null
      },
      canMove: () => options.canMoveWindows,
      moveToDisplay: async (id) => {
        const win = getWindow()
        const display = screen.getAllDisplays().find((d) => d.id === id)
        if (win && display) await moveWindowTo(win, display.workArea)
      },
    },
    media: mediaKeys(options.onMediaKey),
    display: displayWindow(options),
    power: {
      keepAwake(on) {
        if (on && blocker === null) blocker = powerSaveBlocker.start('prevent-display-sleep')
        if (!on && blocker !== null) {
          powerSaveBlocker.stop(blocker)
          blocker = null
        }
        return blocker !== null
      },
    },
  }
}
