// Tells the renderer what the preload put on `window`.
import type { Api } from '@shared/ipc/api'

declare global {
  interface Window {
    api: Api
  }
}
