// Which IPC channels each of Cadence's windows may call. Being one of our windows is not enough: the TV
// display draws frames it is sent and needs no channel, so a compromised display page can change nothing.
import { CHANNELS, type Channel } from '@shared/ipc/contract'

/** The kinds of window Cadence opens; each webContents is adopted as one of them. */
export type WindowRole = 'main' | 'display'

/** The main window drives everything; the display window calls nothing (its preload exposes no call). */
export const WINDOW_CHANNELS: Record<WindowRole, ReadonlySet<Channel>> = {
  main: new Set(CHANNELS),
  display: new Set<Channel>(),
}

export function mayCall(window: WindowRole, channel: Channel): boolean {
  return WINDOW_CHANNELS[window].has(channel)
}
