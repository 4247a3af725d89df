// Cadence's main process: wires stores, IPC and the window together; the logic lives in the modules it imports.
import { app, BrowserWindow } from 'electron'
import { resolveDataDir } from './paths'
import { createServices } from './services'
import { electronStoreBackend } from './store/electronStoreBackend'
import { createDispatch } from './ipc/dispatch'
import { registerIpc } from './ipc/registerIpc'
import { createSenderPolicy } from './security/senderPolicy'
import { hardenApp } from './security/harden'
import { createMainWindow, rendererIndexPath } from './window'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
app.setPath('userData', dataDir)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0]
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  void app.whenReady().then(() => {
    hardenApp()
    const services = createServices({
      dataDir,
      backend: electronStoreBackend(dataDir),
      app: { name: 'Cadence', version: app.getVersion(), platform: process.platform },
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
    createMainWindow(devServerUrl)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(devServerUrl)
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
