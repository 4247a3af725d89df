// The display window's bridge: the frames to draw, and nothing else. The page cannot call main at all.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { DISPLAY_FRAME_CHANNEL } from '../shared/ipc/displayChannel'
import type { DisplayFrame } from '../shared/ipc/contract'

const display = {
  /** Calls `listener` with every frame; returns the unsubscribe. */
  onFrame: (listener: (frame: DisplayFrame) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, frame: DisplayFrame) => listener(frame)
    ipcRenderer.on(DISPLAY_FRAME_CHANNEL, handler)
    return () => void ipcRenderer.removeListener(DISPLAY_FRAME_CHANNEL, handler)
  },
}

export type DisplayBridge = typeof display

contextBridge.exposeInMainWorld('display', display)
