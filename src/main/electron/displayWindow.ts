// The display window for the TV: only the run display, no controls and no menu, fullscreen on the chosen
// display where the desktop lets an app place windows. Its preload offers one thing: the frames to draw.
import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { DISPLAY_FRAME_CHANNEL } from '@shared/ipc/displayChannel'
import type { DisplayFrame } from '@shared/ipc/contract'
import { APP_ORIGIN } from '../security/appOrigin'
import { secureWebPreferences } from '../security/policy'
import { centredOn } from '../windowState'
import { t } from '../i18n/mainLanguage'

export const DISPLAY_PRELOAD_PATH = join(import.meta.dirname, '../preload/display.cjs')

export interface DisplayWindowOptions {
  devServerUrl: string | undefined
  canMoveWindows: boolean
  /** Every Cadence window is registered, so IPC sender checks know it. */
  adopt: (win: BrowserWindow) => void
  onOpenChange: (open: boolean) => void
}

export function displayWindow(options: DisplayWindowOptions) {
  let win: BrowserWindow | null = null
  let last: DisplayFrame | null = null

  return {
    open(displayId: number | null): { fullscreen: boolean } {
      if (!win) {
        win = new BrowserWindow({
          width: 1280,
          height: 720,
          show: false,
          title: t('main:display.title'),
          backgroundColor: '#000000',
          autoHideMenuBar: true,
          webPreferences: secureWebPreferences(DISPLAY_PRELOAD_PATH),
        })
        win.setMenu(null)
        options.adopt(win)
        const opened = win
        opened.once('ready-to-show', () => opened.show())
        // A new page starts from the latest frame rather than a blank screen.
        opened.webContents.on('did-finish-load', () => {
          if (last) opened.webContents.send(DISPLAY_FRAME_CHANNEL, last)
        })
        opened.on('closed', () => {
          win = null
          options.onOpenChange(false)
        })
        void opened.loadURL(
          options.devServerUrl
            ? new URL('display.html', options.devServerUrl).href
            : `${APP_ORIGIN}/display.html`
        )
        options.onOpenChange(true)
      }
      const target = screen.getAllDisplays().find((d) => d.id === displayId)
      // On Wayland the window opens where the desktop puts it; the user moves it, then F goes fullscreen.
      if (target && options.canMoveWindows)
        win.setBounds(centredOn(target.workArea, win.getBounds()))
      if (options.canMoveWindows) win.setFullScreen(true)
      win.focus()
      return { fullscreen: options.canMoveWindows }
    },
    close() {
      win?.close()
    },
    publish(frame: DisplayFrame) {
      last = frame
      win?.webContents.send(DISPLAY_FRAME_CHANNEL, frame)
    },
  }
}
