// Adapts electron-updater's AppUpdater to the UpdaterPort the update flow uses; the updater is passed in,
// so this file never loads Electron itself.
import type { AppUpdater } from 'electron-updater'
import type { UpdaterPort } from './updateFlow'

/** Who may install an update by itself: on Linux only the AppImage (electron-updater cannot replace a deb). */
export function canSelfInstall(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform !== 'linux' || typeof env['APPIMAGE'] === 'string'
}

export function electronUpdaterPort(
  updater: AppUpdater,
  log: (message: string) => void
): UpdaterPort {
  // Cadence decides when to download and when to install (never during a session).
  updater.autoDownload = false
  updater.autoInstallOnAppQuit = false
  const write = (message: unknown) => log(String(message))
  // Its progress chatter stays out of the console; warnings and errors go to the log.
  updater.logger = { info: () => undefined, warn: write, error: write, debug: () => undefined }
  return {
    async check() {
      // null: this build does not update (not packaged, or an unpacked Linux folder).
      const result = await updater.checkForUpdates()
      return result?.isUpdateAvailable ? result.updateInfo.version : null
    },
    async download() {
      await updater.downloadUpdate()
    },
    install: () => updater.quitAndInstall(false, true),
  }
}
