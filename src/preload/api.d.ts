// Tells the renderer what the preloads put on `window`.
import type { Api } from '@shared/ipc/api'
import type { DisplayBridge } from './display'

declare global {
  interface Window {
    api: Api
    /** Only in the display window (display.html), whose preload offers nothing else. */
    display?: DisplayBridge
  }
}
