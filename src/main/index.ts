// Cadence's main process: wires stores, IPC, the window and the menu together; the logic lives in the modules it imports.
import { app, BrowserWindow, Menu, shell } from 'electron'
import { resolveDataDir } from './paths'
import { createServices } from './services'
import { createDispatch } from './ipc/dispatch'
import { createSenderPolicy } from './security/senderPolicy'
import { EXTERNAL_URLS } from './security/policy'
import { menuTemplate } from './menu'
import { openWindowState } from './store/windowStateStore'
import { SYSTEM_EVENT_CHANNEL, type SystemEvent } from '../shared/ipc/contract'
import { electronStoreBackend } from './electron/electronStoreBackend'
import { electronPlatform } from './electron/platform'
import { hardenApp } from './electron/harden'
import { registerIpc } from './electron/registerIpc'
import { forwardPowerEvents, forwardWindowEvents } from './electron/systemEvents'
import { createMainWindow, rendererIndexPath } from './electron/window'

const HISTORY_CHECK_DELAY_MS = 5_000
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
app.setPath('userData', dataDir)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  const send = (event: SystemEvent) => mainWindow?.webContents.send(SYSTEM_EVENT_CHANNEL, event)

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(() => {
    hardenApp()
    const backend = electronStoreBackend(dataDir)
    const platform = electronPlatform(() => mainWindow)
    const services = createServices({
      dataDir,
      backend,
      platform,
      app: { name: 'Cadence', version: app.getVersion(), platform: process.platform },
      onExportProgress: (done, total) => send({ type: 'progress', task: 'export', done, total }),
    })
    registerIpc(
      createDispatch(services.handlers, {
        isTrustedSender: createSenderPolicy({
          rendererIndexPath: rendererIndexPath(),
          devServerUrl,
        }),
        logError: (channel, error) => console.error(`[ipc ${channel}]`, error),
      })
    )
    const windowState = openWindowState(dataDir, backend, (n) => services.notices.push(n))
    const openWindow = () => {
      mainWindow = createMainWindow(devServerUrl, windowState.read(), (s) => windowState.write(s))
      forwardWindowEvents(mainWindow, send)
      mainWindow.on('closed', () => (mainWindow = null))
    }
    openWindow()
    forwardPowerEvents(send)

    const toggleFullscreen = () => mainWindow?.setFullScreen(!mainWindow.isFullScreen())
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          (command) => send({ type: 'menu', command }),
          {
            openDataFolder: () => void shell.openPath(dataDir),
            toggleFullscreen,
            openProjectPage: () => void shell.openExternal(EXTERNAL_URLS.project),
          },
          { isMac: process.platform === 'darwin', isDev: devServerUrl !== undefined }
        )
      )
    )

    // Once the window is up, read the whole history in the background; damage found is reported to the page.
    setTimeout(() => {
      void services.verifyHistory().then((damaged) => {
        if (damaged > 0) send({ type: 'notices' })
      })
    }, HISTORY_CHECK_DELAY_MS)

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    app.on('before-quit', () => {
      platform.power.keepAwake(false)
      services.close()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
