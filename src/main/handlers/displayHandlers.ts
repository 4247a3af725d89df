// Handlers for the display window on the TV: open it and close it. Main itself hands it the session's
// frames (session/publishSession.ts), so no page sends views to pass on.
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'

export function displayHandlers(
  platform: Platform
): Pick<Handlers, 'display:open' | 'display:close'> {
  return {
    'display:open': ({ displayId }) => platform.display.open(displayId),
    'display:close': () => {
      platform.display.close()
      return { ok: true }
    },
  }
}
