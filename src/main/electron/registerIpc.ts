// Connects the dispatcher to Electron's ipcMain: the sender's frame URL is what the policy checks.
import { ipcMain } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import type { Dispatch } from '../ipc/dispatch'

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(event.senderFrame?.url, channel, payload)
    )
  }
}
