// Handlers for the display window on the TV: open it, close it, and pass the session's view on to it.
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'

export function displayHandlers(
  platform: Platform
): Pick<Handlers, 'display:open' | 'display:close' | 'display:publish'> {
  return {
    'display:open': ({ displayId }) => platform.display.open(displayId),
    'display:close': () => {
      platform.display.close()
      return { ok: true }
    },
    'display:publish': (frame) => {
      platform.display.publish(frame)
      return { ok: true }
    },
  }
}
