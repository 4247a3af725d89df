// Tells the page about things only main sees: the system going to sleep or waking, fullscreen changes.
import { powerMonitor, type BrowserWindow } from 'electron'
import type { SystemEvent } from '@shared/ipc/contract'

export function forwardPowerEvents(send: (event: SystemEvent) => void): void {
  // The page pauses a running session on suspend; on resume the user decides when to go on.
  powerMonitor.on('suspend', () => send({ type: 'suspend' }))
  powerMonitor.on('resume', () => send({ type: 'resume' }))
}

export function forwardWindowEvents(win: BrowserWindow, send: (event: SystemEvent) => void): void {
  win.on('enter-full-screen', () => send({ type: 'fullscreen', fullscreen: true }))
  win.on('leave-full-screen', () => send({ type: 'fullscreen', fullscreen: false }))
}
