// When the data folder cannot be opened, a dialog names the file, its folder and why, and offers Open folder,
// Try again and Quit. A native dialog, not a page: it needs neither the app:// scheme, the CSP nor the stores,
// so it still works when nothing else does.
import { app, dialog, shell } from 'electron'
import { basename } from 'node:path'
import type { Opened, StartupFailure } from '../startup/openDataFolder'
import { t } from '../i18n/mainLanguage'

const CHOICES = ['open', 'retry', 'quit'] as const
type Choice = (typeof CHOICES)[number]

async function ask(failure: StartupFailure): Promise<Choice> {
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: t('main:startup.title'),
    message: t('main:startup.message', { file: basename(failure.file), reason: failure.reason }),
    detail: t('main:startup.detail', { file: failure.file, folder: failure.folder }),
    buttons: [t('main:startup.openFolder'), t('main:startup.tryAgain'), t('main:startup.quit')],
    defaultId: 1,
    cancelId: 2,
    noLink: true,
  })
  return CHOICES[response] ?? 'quit'
}

/**
 * Tries to open the data folder until it opens or the user quits (null). While the dialog waits, the
 * single-instance lock is let go, so launching Cadence again is never swallowed by this stuck run.
 */
export async function openOrAsk<S>(
  attempt: () => Opened<S>
): Promise<Extract<Opened<S>, { ok: true }> | null> {
  for (;;) {
    const opened = attempt()
    if (opened.ok) return opened
    app.releaseSingleInstanceLock()
    const choice = await ask(opened.failure)
    if (choice === 'quit') return null
    if (choice === 'open') await shell.openPath(opened.failure.folder)
    // Another launch may have started meanwhile: it goes on, this one bows out.
    if (!app.requestSingleInstanceLock()) return null
  }
}

/** Anything else that fails at startup: say so, let go of the lock, and offer to start again. */
export async function reportStartupError(error: unknown, dataDir: string): Promise<void> {
  console.error('[startup]', error)
  app.releaseSingleInstanceLock()
  const reason = error instanceof Error ? error.message : String(error)
  const choice = await ask({
    file: dataDir,
    folder: dataDir,
    reason: t('main:startup.failed', { reason }),
  })
  if (choice === 'open') await shell.openPath(dataDir)
  if (choice === 'retry') app.relaunch()
  app.exit(choice === 'retry' ? 0 : 1)
}
