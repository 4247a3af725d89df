// Which webContents are Cadence's own windows: the first half of every IPC sender check.
import type { BrowserWindow, WebContents } from 'electron'

export interface AppWindows {
  adopt(win: BrowserWindow): void
  owns(contents: WebContents): boolean
}

export function createAppWindows(): AppWindows {
  const ids = new Set<number>()
  return {
    adopt(win) {
      // The id is read now: a destroyed webContents can no longer be asked for it.
      const id = win.webContents.id
      ids.add(id)
      win.webContents.once('destroyed', () => ids.delete(id))
    },
    owns: (contents) => ids.has(contents.id),
  }
}
