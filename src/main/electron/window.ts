// Creates the main window with secure preferences where it was last left, and loads the renderer.
import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL } from '../security/appOrigin'
import { secureWebPreferences } from '../security/policy'
import { DEFAULT_SIZE, visibleBounds, type WindowState } from '../windowState'

/** The sandboxed preload, built beside the main bundle (out/main -> out/preload). */
export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs')

export function createMainWindow(
  devServerUrl: string | undefined,
  state: WindowState,
  saveState: (state: WindowState) => void
): BrowserWindow {
  const bounds = visibleBounds(
    state.bounds,
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const win = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...(bounds ?? {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Cadence',
    backgroundColor: '#0f1216',
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds()
    saveState({ schemaVersion: 1, bounds: { x, y, width, height }, maximized: win.isMaximized() })
  })
  // Never file://: the app's own scheme (see appScheme.ts), or the dev server while developing.
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL)
  return win
}
