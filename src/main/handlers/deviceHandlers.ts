// Handlers for the window (fullscreen, which display) and for keeping the screen awake during a session.
import { AppError } from '../../shared/ipc/result'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platform'
import type { SettingsStore } from '../store/settingsStore'

type DeviceChannels =
  | 'window:toggleFullscreen'
  | 'window:setFullscreen'
  | 'window:displays'
  | 'window:moveToDisplay'
  | 'power:keepAwake'

export function deviceHandlers(
  platform: Platform,
  settings: SettingsStore
): Pick<Handlers, DeviceChannels> {
  const { window, power } = platform
  return {
    'window:toggleFullscreen': () => {
      window.setFullscreen(!window.isFullscreen())
      return { fullscreen: window.isFullscreen() }
    },
    'window:setFullscreen': ({ fullscreen }) => {
      window.setFullscreen(fullscreen)
      return { fullscreen: window.isFullscreen() }
    },
    'window:displays': () => ({
      displays: window.displays(),
      currentId: window.currentDisplayId(),
    }),
    'window:moveToDisplay': ({ id }) => {
      if (!window.displays().some((d) => d.id === id)) {
        throw new AppError('not-found', 'That display is no longer connected.')
      }
      window.moveToDisplay(id)
      // Remembered, so the next session opens on the same screen (a TV, say).
      settings.update({ preferredDisplayId: id })
      return { ok: true }
    },
    'power:keepAwake': ({ on }) => ({ on: power.keepAwake(on) }),
  }
}
