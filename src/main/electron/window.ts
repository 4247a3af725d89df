// Creates the main window with secure preferences where it was last left, and loads the renderer.
import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences } from '../security/policy'
import { DEFAULT_SIZE, visibleBounds, type WindowState } from '../windowState'

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
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds()
    saveState({ schemaVersion: 1, bounds: { x, y, width, height }, maximized: win.isMaximized() })
  })
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(rendererIndexPath())
  return win
}

export function rendererIndexPath(): string {
  return join(import.meta.dirname, '../renderer/index.html')
}
