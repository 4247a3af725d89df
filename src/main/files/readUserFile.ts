// Reads a file the user chose for import, saying plainly what is wrong when it cannot: it has vanished,
// it is a folder, Cadence may not read it, it is too large. A leading byte-order mark (Windows Notepad
// writes one) is dropped.
import { readFileSync, statSync } from 'node:fs'
import { AppError } from '@shared/ipc/result'
import { withoutBom } from '@shared/model/safeText'

export interface ReadOptions {
  maxBytes: number
  /** What the file should be, for messages: "a circuit", "a history export". */
  what: string
}

export function readUserFile(path: string, { maxBytes, what }: ReadOptions): string {
  let size: number
  try {
    const info = statSync(path)
    if (info.isDirectory())
      throw new AppError('invalid-payload', `${path} is a folder, not ${what} file.`)
    if (!info.isFile()) throw new AppError('invalid-payload', `${path} is not ${what} file.`)
    size = info.size
  } catch (error) {
    throw error instanceof AppError ? error : fileError(path, error)
  }
  if (size > maxBytes) {
    throw new AppError(
      'invalid-payload',
      `That file is ${(size / 1024 / 1024).toFixed(1)} MB: too large to be ${what} (the limit is ${maxBytes / 1024 / 1024} MB).`
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
  if (code === 'ENOENT')
    return new AppError(
      'not-found',
      `${path} is no longer there: it may have been moved or deleted.`
    )
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError('io', `Cadence is not allowed to read ${path}.`)
  if (code === 'EISDIR') return new AppError('invalid-payload', `${path} is a folder, not a file.`)
  return new AppError('io', `Could not read ${path} (${code ?? String(error)}).`)
}
