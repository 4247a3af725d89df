// Whether Cadence may write to its data folder, and the errors that say why a save could not happen. Shared by
// every store, so one refused write turns the whole folder read-only with one notice, instead of failing at start.
import { AppError } from '@shared/ipc/result'
import type { Notice } from '@shared/ipc/contract'
import { AppendFailed } from './durableFile'

export interface ReadOnlyReason {
  /** The file or folder that could not be written. */
  file: string
  /** Plain words: "permission denied", "the disk is read-only". */
  reason: string
}

export interface StoreAccess {
  /** Null while writes work; otherwise the first refusal, for the window to show. */
  readonly readOnly: ReadOnlyReason | null
  /** Records a refused write once; later ones keep the first reason. */
  markReadOnly(file: string, error: unknown): ReadOnlyReason
}

const PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS'])
const FULL = new Set(['ENOSPC', 'EFBIG', 'EDQUOT'])

const codeOf = (error: unknown): string | undefined =>
  error instanceof AppendFailed
    ? error.code
    : ((error as NodeJS.ErrnoException | null)?.code ?? undefined)

export const isPermissionError = (error: unknown): boolean => PERMISSION.has(codeOf(error) ?? '')
export const isDiskFull = (error: unknown): boolean => FULL.has(codeOf(error) ?? '')

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
}

export function createStoreAccess(onNotice?: (notice: Notice) => void): StoreAccess {
  let readOnly: ReadOnlyReason | null = null
  return {
    get readOnly() {
      return readOnly
    },
    markReadOnly(file, error) {
      if (readOnly) return readOnly
      readOnly = { file, reason: WORDS[codeOf(error) ?? ''] ?? 'it cannot be written' }
      onNotice?.({
        file,
        movedTo: null,
        reason: `Cadence may not write here (${readOnly.reason}), so your data folder is open read-only: everything stays visible, and nothing can be saved until that changes`,
        at: new Date().toISOString(),
      })
      return readOnly
    },
  }
}

/** A save refused for lack of space; callers that hold a copy elsewhere (the journal) say so. */
export class DiskFullError extends AppError {
  constructor(
    message: string,
    readonly rolledBack: boolean
  ) {
    super('io', message)
  }
}

/** Turns a failed write into an error whose every word is true: what happened, and what was (not) changed. */
export function writeError(what: string, file: string, error: unknown, access: StoreAccess): Error {
  const rolledBack = error instanceof AppendFailed ? error.rolledBack : true
  const after = rolledBack
    ? `${what} was not saved, and the file is as it was before.`
    : `${what} was not saved; part of it may be in the file, and the next start will set it aside.`
  if (isDiskFull(error)) return new DiskFullError(`The disk is full. ${after}`, rolledBack)
  if (isPermissionError(error)) {
    const { reason } = access.markReadOnly(file, error)
    return new AppError('io', `Cadence may not write to ${file} (${reason}). ${after}`)
  }
  if (error instanceof AppError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new AppError('io', `Writing ${file} failed (${message}). ${after}`)
}

/** The error for a save attempted while the folder is read-only. */
export function readOnlyError(what: string, access: StoreAccess): AppError {
  const why = access.readOnly
  return new AppError(
    'io',
    `${what} cannot be saved: your data folder is open read-only${why ? ` (${why.file}: ${why.reason})` : ''}. Nothing was changed.`
  )
}
