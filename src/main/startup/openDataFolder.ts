// Opens the data folder for this run: takes the folder lock, opens the stores writable or read-only, and
// turns any failure into a value naming the file, its folder and why, so startup never throws.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { WRITE_REFUSED } from '@shared/startup/fsReason'
import {
  acquireFolderLock,
  HEARTBEAT_MS,
  type LockOptions,
  type LockResult,
} from '../store/folderLock'
import { describeHolder, fsReason } from '../i18n/fsWords'
import { t } from '../i18n/mainLanguage'

export interface StartupFailure {
  file: string
  folder: string
  reason: string
}

export type Opened<S> =
  | { ok: true; value: S; readOnly: string | null; lock: LockResult }
  | { ok: false; failure: StartupFailure }

/**
 * `open` gets null for a normal run, or the reason the folder is read-only (the stores must not write).
 * A write refused while opening writable (a file left by root) retries read-only before giving up.
 */
export function openDataFolder<S>(
  dataDir: string,
  open: (readOnly: string | null) => S,
  lockOptions: LockOptions = {}
): Opened<S> {
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch (error) {
    return { ok: false, failure: failureOf(error, dataDir) }
  }
  const lock = acquireFolderLock(dataDir, lockOptions)
  let readOnly = readOnlyReason(lock)
  try {
    return { ok: true, value: open(readOnly), readOnly, lock }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (readOnly !== null || !code || !WRITE_REFUSED.has(code)) {
      releaseIfHeld(lock)
      return { ok: false, failure: failureOf(error, dataDir) }
    }
    const failure = failureOf(error, dataDir)
    readOnly = t('main:fs.mayNotWrite', { file: failure.file })
  }
  // Only a refused write gets here: ours is the lock, but we open read-only and let it go.
  releaseIfHeld(lock)
  try {
    return { ok: true, value: open(readOnly), readOnly, lock }
  } catch (error) {
    return { ok: false, failure: failureOf(error, dataDir) }
  }
}

function readOnlyReason(lock: LockResult): string | null {
  if (lock.kind === 'held') return null
  if (lock.kind === 'busy') return t('main:lock.busy', { holder: describeHolder(lock.holder) })
  return lock.reason
}

function releaseIfHeld(lock: LockResult) {
  if (lock.kind !== 'held') return
  try {
    lock.release()
  } catch {
    // Leaving a lock behind is safe: the next start sees its pid is dead.
  }
}

function failureOf(error: unknown, dataDir: string): StartupFailure {
  const errno = error as NodeJS.ErrnoException
  const file = typeof errno.path === 'string' ? resolve(errno.path) : dataDir
  const known = typeof errno.code === 'string'
  const reason = known
    ? fsReason(errno.code)
    : errno instanceof Error
      ? errno.message
      : String(error)
  return { file, folder: file === dataDir ? dataDir : dirname(file), reason }
}

/** Keeps a held lock fresh for other machines, and returns how to let it go at quit. */
export function keepLock(lock: LockResult): () => void {
  if (lock.kind !== 'held') return () => undefined
  const timer = setInterval(() => {
    try {
      lock.refresh()
    } catch {
      // A missed heartbeat only matters after ten of them; the next one tries again.
    }
  }, HEARTBEAT_MS)
  timer.unref()
  return () => {
    clearInterval(timer)
    releaseIfHeld(lock)
  }
}
