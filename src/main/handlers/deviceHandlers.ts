// Handlers for the window (fullscreen, which display) and for keeping the screen awake during a session.
import { AppError } from '@shared/ipc/result'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'
import type { SettingsStore } from '../store/settingsStore'
import { t } from '../i18n/mainLanguage'

type DeviceChannels =
  | 'window:toggleFullscreen'
  | 'window:displays'
  | 'window:moveToDisplay'
  | 'power:keepAwake'
  | 'media:captureKeys'

export function deviceHandlers(
  platform: Platform,
  settings: SettingsStore
): Pick<Handlers, DeviceChannels> {
  const { window, power } = platform
  /** Going fullscreen happens on the display the user picked (a TV, say), when it is connected. */
  const setFullscreen = async (on: boolean) => {
    const preferred = settings.get().preferredDisplayId
    const connected = window.displays().some((d) => d.id === preferred)
    const elsewhere = preferred !== null && connected && window.currentDisplayId() !== preferred
    if (on && elsewhere && window.canMove()) await window.moveToDisplay(preferred)
    window.setFullscreen(on)
    return { fullscreen: window.isFullscreen() }
  }
  return {
    'window:toggleFullscreen': () => setFullscreen(!window.isFullscreen()),
    'window:displays': () => ({
      displays: window.displays(),
      currentId: window.currentDisplayId(),
      canMoveWindows: window.canMove(),
    }),
    'window:moveToDisplay': async ({ id }) => {
      if (!window.displays().some((d) => d.id === id)) {
        throw new AppError('not-found', t('main:device.displayGone'))
      }
      if (!window.canMove()) throw new AppError('unsupported', t('main:device.moveByHand'))
      await window.moveToDisplay(id)
      // Remembered, so the next session opens on the same screen (a TV, say).
      settings.update({ preferredDisplayId: id })
      return { ok: true }
    },
    'power:keepAwake': ({ on }) => ({ on: power.keepAwake(on) }),
    'media:captureKeys': ({ on }) => ({ on: platform.media.captureKeys(on) }),
  }
}
