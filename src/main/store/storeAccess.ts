// Whether Cadence may write to its data folder, and the errors that say why a save could not happen. Shared by
// every store, so one refused write turns the whole folder read-only with one notice, instead of failing at start.
import { AppError } from '@shared/ipc/result'
import type { Notice } from '@shared/ipc/contract'
import { AppendFailed } from './durableFile'
import { t } from '../i18n/mainLanguage'

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

/** Why a write was refused, in the app's language (main:store.why). */
const whyRefused = (code: string | undefined): string =>
  code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
    ? t(`main:store.why.${code}`)
    : t('main:store.why.other')

export function createStoreAccess(onNotice?: (notice: Notice) => void): StoreAccess {
  let readOnly: ReadOnlyReason | null = null
  return {
    get readOnly() {
      return readOnly
    },
    markReadOnly(file, error) {
      if (readOnly) return readOnly
      readOnly = { file, reason: whyRefused(codeOf(error)) }
      onNotice?.({
        file,
        movedTo: null,
        reason: t('main:notices.readOnly', { reason: readOnly.reason }),
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

/** What a write was, by a key of main:store.what ("session", "change"): errors name it in the app's language. */
export type WriteWhat =
  'change' | 'session' | 'annotation' | 'deletion' | 'undo' | 'journalStart' | 'step' | 'timer'

/** Turns a failed write into an error whose every word is true: what happened, and what was (not) changed. */
export function writeError(
  what: WriteWhat,
  file: string,
  error: unknown,
  access: StoreAccess
): Error {
  const rolledBack = error instanceof AppendFailed ? error.rolledBack : true
  const named = t(`main:store.what.${what}`)
  const after = rolledBack
    ? t('main:store.notSaved', { what: named })
    : t('main:store.partlySaved', { what: named })
  if (isDiskFull(error)) return new DiskFullError(t('main:store.diskFull', { after }), rolledBack)
  if (isPermissionError(error)) {
    const { reason } = access.markReadOnly(file, error)
    return new AppError('io', t('main:store.mayNotWrite', { file, reason, after }))
  }
  if (error instanceof AppError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new AppError('io', t('main:store.writeFailed', { file, message, after }))
}

/** The error for a save attempted while the folder is read-only. */
export function readOnlyError(what: WriteWhat, access: StoreAccess): AppError {
  const why = access.readOnly
  const named = t(`main:store.what.${what}`)
  return new AppError(
    'io',
    why
      ? t('main:store.readOnlyBecause', { what: named, file: why.file, reason: why.reason })
      : t('main:store.readOnly', { what: named })
  )
}
