// Creates the main window with secure preferences and loads the renderer (dev server or built files).
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences } from './security/policy'

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Cadence',
    backgroundColor: '#111418',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  })
  win.once('ready-to-show', () => win.show())
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(rendererIndexPath())
  return win
}

export function rendererIndexPath(): string {
  return join(import.meta.dirname, '../renderer/index.html')
}
