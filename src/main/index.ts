// Cadence's main process: wires stores, IPC, the window and the menu together; the logic lives in the modules it imports.
import { app, BrowserWindow, Menu, shell } from 'electron'
import { networkInterfaces } from 'node:os'
import { resolveDataDir } from './paths'
import { createServices, type Services } from './services'
import { createDispatch } from './ipc/dispatch'
import { createSenderPolicy } from './security/senderPolicy'
import { EXTERNAL_URLS } from './security/policy'
import { menuTemplate } from './menu'
import { SYSTEM_EVENT_CHANNEL, type SystemEvent } from '@shared/ipc/contract'
import { chromiumProfileDir, runsOnWayland, startupSwitches } from './desktopQuirks'
import { rendererDir } from './appProtocol/serveRenderer'
import { registerAppScheme, serveAppScheme } from './electron/appScheme'
import { mediaFolder } from './media/mediaStore'
import type { MusicLookup } from './music/serveMusic'
import { createAppWindows, type AppWindows } from './electron/appWindows'
import { electronStoreBackend } from './electron/electronStoreBackend'
import { electronPlatform } from './electron/electronPlatform'
import { hardenApp } from './electron/harden'
import { registerIpc } from './electron/registerIpc'
import { forwardPowerEvents, forwardWindowEvents } from './electron/systemEvents'
import { createMainWindow } from './electron/window'
import { lanAddresses } from './remote/lanAddress'
import type { Platform } from './platformPort'
import type { UpdateFlow } from './updates/updateFlow'
import { keepLock, openDataFolder } from './startup/openDataFolder'
import { openOrAsk, reportStartupError } from './electron/startupFailure'
import { isSessionActive } from '@shared/run/runView'
import { applyLanguage, t } from './i18n/mainLanguage'
import { followLanguageSetting } from './i18n/followLanguage'
import { savedLanguage } from './i18n/savedLanguage'
import type { LanguageSetting } from '@shared/model/language'

const HISTORY_CHECK_DELAY_MS = 5_000
const UPDATES_DELAY_MS = 2_000
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
// Chromium's profile goes beside the data folder, so the folder Settings opens holds only Cadence's files.
const profileDir = chromiumProfileDir(dataDir)
app.setPath('userData', profileDir)
app.setPath('sessionData', profileDir)

// Before ready, or they do nothing: the speech switch (Linux voices) and the app:// scheme's privileges.
for (const name of startupSwitches(process.platform)) app.commandLine.appendSwitch(name)
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  /** False when there is no window to tell (the phone remote then says its press did not arrive). */
  const send = (event: SystemEvent): boolean => {
    if (!mainWindow) return false
    mainWindow.webContents.send(SYSTEM_EVENT_CHANNEL, event)
    return true
  }

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Nothing at startup may end in an unhandled rejection: whatever fails is shown, and the lock let go.
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => reportStartupError(error, dataDir))
    .catch(() => app.exit(1))

  async function start() {
    hardenApp()
    const renderer = rendererDir(import.meta.dirname)
    // Tracks are known once the data folder is open; until then /music/ answers 404.
    let musicTrack: MusicLookup = () => null
    serveAppScheme(renderer, mediaFolder(dataDir), (id) => musicTrack(id))
    // Settings' language (peeked from the file) or the system's, so even a dialog or a notice about the
    // data folder speaks it; once the stores are open, the setting they read is applied again.
    await applyLanguage(savedLanguage(dataDir), [app.getLocale()])
    const appWindows = createAppWindows()
    const platform = electronPlatform(() => mainWindow, {
      canMoveWindows: !runsOnWayland({
        platform: process.platform,
        env: process.env,
        ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
      }),
      onMediaKey: (key) => send({ type: 'mediaKey', key }),
      devServerUrl,
      adopt: (win) => appWindows.adopt(win, 'display'),
      onOpenChange: (open) => send({ type: 'display', open }),
    })
    const opened = await openOrAsk(() =>
      openDataFolder(dataDir, (readOnly) => openServices(renderer, platform, readOnly))
    )
    if (!opened) return app.quit()
    const services = opened.value
    musicTrack = services.musicTrack
    const releaseLock = keepLock(opened.lock)
    await applyLanguage((await services.handlers['settings:get'](undefined)).language, [
      app.getLocale(),
    ])
    const handlers = followLanguageSetting(services.handlers, (setting) => switchLanguage(setting))
    registerIpc(
      createDispatch(handlers, {
        isTrustedSender: createSenderPolicy({ devServerUrl }),
        logError: (channel, error) => console.error(`[ipc ${channel}]`, error),
      }),
      (contents) => appWindows.roleOf(contents)
    )
    const openWindow = () => {
      mainWindow = openMainWindow(services, appWindows, () => {
        mainWindow = null
        // Closing the main window (not reloading it) ends the app's screens: the display goes with it.
        platform.display.close()
      })
    }
    openWindow()
    forwardPowerEvents(send)
    afterWindow(services)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    // will-quit comes after every window has closed (and saved its place): only then close the stores.
    app.on('will-quit', () => {
      platform.power.keepAwake(false)
      platform.media.captureKeys(false)
      services.close()
      releaseLock()
    })
  }

  /** Settings chose a language: main's words switch, and the menu is rebuilt in it (no restart). */
  function switchLanguage(setting: LanguageSetting) {
    void applyLanguage(setting, [app.getLocale()])
      .then(() => rebuildMenu?.())
      .catch((error: unknown) => console.error('[language]', error))
  }
  let rebuildMenu: (() => void) | null = null

  function openServices(renderer: string, platform: Platform, readOnly: string | null) {
    return createServices({
      dataDir,
      backend: electronStoreBackend(dataDir),
      platform,
      readOnly,
      // The window first: history is read after it, and the page shows how far it has got.
      historyInBackground: {
        onProgress: (done, total) => send({ type: 'progress', task: 'history', done, total }),
        onLoaded: () => send({ type: 'notices' }),
      },
      app: { name: 'Cadence', version: app.getVersion(), platform: process.platform },
      onExportProgress: (done, total) => send({ type: 'progress', task: 'export', done, total }),
      remote: {
        lanAddresses: () => lanAddresses(networkInterfaces()),
        rendererDir: renderer,
        sendEvent: send,
      },
    })
  }

  function openMainWindow(services: Services, appWindows: AppWindows, onClosed: () => void) {
    const { windowState } = services
    const win = createMainWindow(devServerUrl, windowState.read(), (s) => windowState.write(s))
    appWindows.adopt(win, 'main')
    forwardWindowEvents(win, send)
    // Windows ends the session (log off, shutdown) without a normal quit: write everything down now.
    win.on('session-end', () => services.close())
    win.on('closed', onClosed)
    return win
  }

  /** What the first window does not need: loaded and started once it is up, so it appears sooner. */
  function afterWindow(services: Services) {
    // electron-updater alone costs the cold start a quarter of a second to load: it loads a little after the
    // window (or when the menu asks), and its first check waits until then.
    let updates: Promise<UpdateFlow> | null = null
    const loadUpdates = () =>
      (updates ??= import('./electron/updates').then(({ startUpdates }) =>
        startUpdates({
          getWindow: () => mainWindow,
          enabled: async () => (await services.handlers['settings:get'](undefined)).checkForUpdates,
          // The session runs here in main: active while its machine has one under way.
          isSessionActive: () => isSessionActive(services.session.frame().view),
        })
      ))
    setTimeout(() => void loadUpdates(), UPDATES_DELAY_MS).unref()
    rebuildMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(
            (command) => send({ type: 'menu', command }),
            {
              toggleFullscreen: () => mainWindow?.setFullScreen(!mainWindow.isFullScreen()),
              openProjectPage: () => void shell.openExternal(EXTERNAL_URLS.project),
              checkForUpdates: () => void loadUpdates().then((flow) => flow.check('menu')),
              backUpData: () =>
                void import('./electron/backup').then(({ backUpFromMenu }) =>
                  backUpFromMenu(dataDir, mainWindow)
                ),
              restoreData: () =>
                void import('./electron/restore').then(({ restoreFromMenu }) =>
                  restoreFromMenu(dataDir, mainWindow, () =>
                    isSessionActive(services.session.frame().view)
                  )
                ),
            },
            { isMac: process.platform === 'darwin', isDev: devServerUrl !== undefined },
            t
          )
        )
      )
    rebuildMenu()
    // Once the window is up, read the whole history in the background; damage found is reported to the page.
    void services.historyLoaded.then(() =>
      setTimeout(() => {
        void services
          .verifyHistory()
          .then((damaged) => {
            if (damaged > 0) send({ type: 'notices' })
          })
          // History that could not be read has said so already.
          .catch(() => undefined)
      }, HISTORY_CHECK_DELAY_MS)
    )
  }

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
