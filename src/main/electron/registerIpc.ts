// Connects the dispatcher to Electron's ipcMain: the policy is told who sent each message, not just a URL.
import { ipcMain, type WebContents } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import type { Dispatch } from '../ipc/dispatch'
import { describeSender } from '../security/senderPolicy'
import type { WindowRole } from '../security/windowChannels'

export function registerIpc(
  dispatch: Dispatch,
  roleOf: (wc: WebContents) => WindowRole | null
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(describeSender(event, roleOf), channel, payload)
    )
  }
}
