// File → Back up data…: asks for a folder, copies the data folder into it (backUpData) with the progress
// on the window's taskbar button, then says what was copied and where, or why it stopped.
import { dialog, type BrowserWindow } from 'electron'
import { AppError } from '@shared/ipc/result'
import { formatNumber } from '@shared/i18n/format'
import { backUpData } from '../backup/backupData'
import { currentLanguage, t } from '../i18n/mainLanguage'

export async function backUpFromMenu(dataDir: string, win: BrowserWindow | null): Promise<void> {
  const options = {
    title: t('demo:backup.choose'),
    properties: ['openDirectory' as const, 'createDirectory' as const],
  }
  const chosen = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  const parent = chosen.filePaths[0]
  if (chosen.canceled || !parent) return
  const box = (type: 'info' | 'error', message: string, detail?: string) => {
    const shown = { type, message, ...(detail ? { detail } : {}) }
    return win ? dialog.showMessageBox(win, shown) : dialog.showMessageBox(shown)
  }
  let result: ReturnType<typeof backUpData> | null = null
  let problem = ''
  try {
    result = backUpData(dataDir, parent, {
      onProgress: (done, total) => win?.setProgressBar(done / total),
    })
  } catch (error) {
    problem = error instanceof AppError ? error.message : String(error)
  }
  // Cleared before the result is shown: the work is over while the box waits for the user.
  win?.setProgressBar(-1)
  if (!result) {
    await box('error', t('demo:backup.failed'), problem)
    return
  }
  const size = formatNumber(result.bytes / 1024 / 1024, currentLanguage(), {
    maximumFractionDigits: 1,
  })
  await box('info', t('demo:backup.done', { count: result.files, size, folder: result.folder }))
}
