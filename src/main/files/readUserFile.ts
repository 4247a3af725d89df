// Reads a file the user chose for import, saying plainly what is wrong when it cannot: it has vanished,
// it is a folder, Cadence may not read it, it is too large. A leading byte-order mark (Windows Notepad
// writes one) is dropped.
import { readFileSync, statSync } from 'node:fs'
import { AppError } from '@shared/ipc/result'
import { withoutBom } from '@shared/model/safeText'
import { t } from '../i18n/mainLanguage'

export interface ReadOptions {
  maxBytes: number
  /** What the file should be, for messages: a key of main:files.kind ("circuit", "historyExport"). */
  what: 'circuit' | 'historyExport'
}

export function readUserFile(path: string, { maxBytes, what: kind }: ReadOptions): string {
  const what = t(`main:files.kind.${kind}`)
  let size: number
  try {
    const info = statSync(path)
    if (info.isDirectory())
      throw new AppError('invalid-payload', t('main:files.folderNotKind', { path, what }))
    if (!info.isFile())
      throw new AppError('invalid-payload', t('main:files.notKind', { path, what }))
    size = info.size
  } catch (error) {
    throw error instanceof AppError ? error : fileError(path, error)
  }
  if (size > maxBytes) {
    throw new AppError(
      'invalid-payload',
      t('main:files.tooLarge', {
        size: (size / 1024 / 1024).toFixed(1),
        what,
        limit: maxBytes / 1024 / 1024,
      })
    )
  }
  try {
    return withoutBom(readFileSync(path, 'utf8'))
  } catch (error) {
    throw fileError(path, error)
  }
}

function fileError(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return new AppError('not-found', t('main:files.gone', { path }))
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError('io', t('main:files.notAllowed', { path }))
  if (code === 'EISDIR') return new AppError('invalid-payload', t('main:files.isFolder', { path }))
  return new AppError('io', t('main:files.couldNotRead', { path, code: code ?? String(error) }))
}
