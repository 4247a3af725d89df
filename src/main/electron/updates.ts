// The Electron side of updates, kept thin: electron-updater's autoUpdater, native dialogs and the browser;
// the rules live in ../updates/updateFlow.ts.
import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron'
import electronUpdater from 'electron-updater'
import { EXTERNAL_URLS } from '../security/policy'
import { createUpdateFlow, type UpdateFlow, type UpdateUi } from '../updates/updateFlow'
import { canSelfInstall, electronUpdaterPort } from '../updates/electronUpdaterPort'
import { t } from '../i18n/mainLanguage'

/** How often a downloaded update that waits for the end of a session asks again. */
const OFFER_RETRY_MS = 60_000

export interface UpdateWiring {
  getWindow: () => BrowserWindow | null
  enabled: () => boolean | Promise<boolean>
  isSessionActive: () => boolean | Promise<boolean>
}

function dialogUi(getWindow: () => BrowserWindow | null): UpdateUi {
  const show = async (options: MessageBoxOptions) => {
    const win = getWindow()
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)
  }
  return {
    async offerRestart(version) {
      const { response } = await show({
        type: 'info',
        message: t('main:updates.ready', { version }),
        detail: t('main:updates.readyDetail'),
        buttons: [t('main:updates.restart'), t('main:updates.later')],
        defaultId: 0,
        cancelId: 1,
      })
      return response === 0
    },
    async offerDownloadPage(version) {
      const { response } = await show({
        type: 'info',
        message: t('main:updates.out', { version }),
        detail: t('main:updates.outDetail', { url: EXTERNAL_URLS.releases }),
        buttons: [t('main:updates.openDownloadPage'), t('main:updates.later')],
        defaultId: 0,
        cancelId: 1,
      })
      if (response === 0) await shell.openExternal(EXTERNAL_URLS.releases)
    },
    async tell(message, detail) {
      await show({
        type: 'info',
        message,
        ...(detail ? { detail } : {}),
        buttons: [t('main:updates.ok')],
      })
    },
  }
}

export function startUpdates(wiring: UpdateWiring): UpdateFlow {
  const log = (message: string) => console.warn(`[updates] ${message}`)
  const flow = createUpdateFlow({
    updater: electronUpdaterPort(electronUpdater.autoUpdater, log),
    ui: dialogUi(wiring.getWindow),
    enabled: wiring.enabled,
    isSessionActive: wiring.isSessionActive,
    canInstall: canSelfInstall(process.platform, process.env),
    log,
  })
  setInterval(() => void flow.offerIfWaiting(), OFFER_RETRY_MS).unref()
  void flow.check('start')
  return flow
}
