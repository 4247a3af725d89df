// File → Restore data…: refuses while a session runs, asks for a backup folder, checks it, asks once more,
// copies it in with the progress on the taskbar button, swaps it in (restoreData) and restarts Cadence.
// A restart, not a reload: every store (history log, journal, settings, circuits, media, the folder lock)
// is opened once at start from the data folder, and start-up is the one path known to open them right;
// app.exit skips the quit events, so nothing is written into the restored folder on the way out.
import { app, dialog, type BrowserWindow } from 'electron'
import { AppError } from '@shared/ipc/result'
import { restoreData } from '../backup/restoreData'
import { checkBackup } from '../backup/restoreCheck'
import { t } from '../i18n/mainLanguage'

export async function restoreFromMenu(
  dataDir: string,
  win: BrowserWindow | null,
  isSessionActive: () => boolean
): Promise<void> {
  const box = (options: Electron.MessageBoxOptions) =>
    win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)
  const refuse = (detail: string) =>
    box({ type: 'error', message: t('demo:restore.failed'), detail })
  if (isSessionActive()) return void (await refuse(t('demo:restore.busy')))
  const options = { title: t('demo:restore.choose'), properties: ['openDirectory' as const] }
  const chosen = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  const folder = chosen.filePaths[0]
  if (chosen.canceled || !folder) return
  try {
    const manifest = checkBackup(folder)
    const sure = await box({
      type: 'question',
      message: t('demo:restore.confirm', {
        date: manifest.createdAt.slice(0, 16).replace('T', ' '),
      }),
      detail: t('demo:restore.confirmDetail'),
      buttons: [t('demo:restore.go'), t('demo:restore.cancel')],
      defaultId: 1,
      cancelId: 1,
    })
    // A session may have started while the question was up.
    if (sure.response !== 0) return
    if (isSessionActive()) return void (await refuse(t('demo:restore.busy')))
    restoreData(dataDir, folder, { onProgress: (done, total) => win?.setProgressBar(done / total) })
  } catch (error) {
    win?.setProgressBar(-1)
    await refuse(error instanceof AppError ? error.message : String(error))
    return
  }
  win?.setProgressBar(-1)
  app.relaunch()
  app.exit(0)
}
