// What differs between the desktops Cadence runs on, decided by pure functions so each is tested here.
import { basename, dirname, join } from 'node:path'

/** Chromium's Linux speech backend (speech-dispatcher) is off unless this switch is set before ready. */
export const LINUX_SPEECH_SWITCH = 'enable-speech-dispatcher'

export function startupSwitches(platform: NodeJS.Platform): string[] {
  return platform === 'linux' ? [LINUX_SPEECH_SWITCH] : []
}

/**
 * Whether Electron draws through Wayland, where an app cannot place its windows (getBounds reports 0,0 and
 * setBounds does not move between displays). Electron 38+ picks Wayland by itself when WAYLAND_DISPLAY is
 * set, unless --ozone-platform says otherwise.
 */
export function runsOnWayland(options: {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  ozonePlatform: string
}): boolean {
  if (options.platform !== 'linux') return false
  if (options.ozonePlatform === 'x11') return false
  if (options.ozonePlatform === 'wayland') return true
  return Boolean(options.env['WAYLAND_DISPLAY'])
}

/**
 * Chromium's own profile (caches, GPU cache, local storage) lives beside the data folder, never in it:
 * the data folder is the user's, opened from Settings, and holds only Cadence's files.
 */
export function chromiumProfileDir(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}-browser-profile`)
}
