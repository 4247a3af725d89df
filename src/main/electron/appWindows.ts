// Which webContents are Cadence's own windows, and which kind each is: the first half of every IPC sender
// check, and what decides the channels a sender may call (security/windowChannels.ts).
import type { BrowserWindow, WebContents } from 'electron'
import type { WindowRole } from '../security/windowChannels'

export interface AppWindows {
  adopt(win: BrowserWindow, role: WindowRole): void
  /** The kind of window `contents` is, or null when it is not one of ours. */
  roleOf(contents: WebContents): WindowRole | null
}

export function createAppWindows(): AppWindows {
  const roles = new Map<number, WindowRole>()
  return {
    adopt(win, role) {
      // The id is read now: a destroyed webContents can no longer be asked for it.
      const id = win.webContents.id
      roles.set(id, role)
      win.webContents.once('destroyed', () => roles.delete(id))
    },
    roleOf: (contents) => roles.get(contents.id) ?? null,
  }
}
