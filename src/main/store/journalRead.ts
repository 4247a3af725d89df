// Reading the journal at start: what can be read is recovered, a bad line is skipped (not everything after
// it), and before anything is rewritten or moved the original bytes are kept aside, with one notice.
import { readFileSync, unlinkSync } from 'node:fs'
import type { PendingSession } from '@shared/model/journal'
import { writeFileAtomic } from './durableFile'
import type { RecoveryNotice } from './document'
import { readJournalBytes } from './journalParse'
import { keepBytes, keptNotice, moveAside } from './keepOriginal'
import { isPermissionError, type StoreAccess } from './storeAccess'
import { t } from '../i18n/mainLanguage'

export interface JournalReadOptions {
  onRecovered: (n: RecoveryNotice) => void
  now: () => Date
  access: StoreAccess
}

/** The session the journal at `path` holds, or null when none could be read (the user was told why). */
export function readJournalAtStart(
  path: string,
  options: JournalReadOptions
): PendingSession | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    if (!isPermissionError(error)) throw error
    unreadable(path, error, options)
    return null
  }
  const read = readJournalBytes(bytes)
  if (!read.pending) {
    repair(path, bytes, t('main:notices.journalUnreadable'), null, options)
    return null
  }
  if (read.skipped > 0 || read.tornBytes > 0) {
    const n = read.skipped
    const torn = read.tornBytes > 0
    const reason =
      n > 0 && torn
        ? t('main:notices.journalSkippedAndTorn', { count: n })
        : n > 0
          ? t('main:notices.journalSkipped', { count: n })
          : t('main:notices.journalTorn')
    repair(path, bytes, reason, read.goodLines, options)
  }
  return read.pending
}

/** A journal left by another user (a `sudo` run): moved aside untouched, so sessions can be saved again. */
function unreadable(path: string, error: unknown, options: JournalReadOptions) {
  const at = options.now()
  const reason = t('main:notices.journalNotAllowed')
  try {
    const movedTo = moveAside(path, at)
    options.onRecovered(keptNotice(path, movedTo, t('main:notices.movedAside', { reason }), at))
  } catch {
    options.access.markReadOnly(path, error)
  }
}

/** Keeps the journal's original bytes aside, then rewrites (or removes) it, so appends start on a clean line. */
function repair(
  path: string,
  bytes: Buffer,
  reason: string,
  goodLines: string[] | null,
  options: JournalReadOptions
) {
  const at = options.now()
  // Another Cadence holds the folder: its journal may be mid-write, so it is read and left alone.
  if (options.access.readOnly) return
  try {
    const movedTo = keepBytes(path, bytes, at)
    if (goodLines) writeFileAtomic(path, goodLines.map((l) => `${l}\n`).join(''))
    else unlinkSync(path)
    options.onRecovered(keptNotice(path, movedTo, reason, at))
  } catch (error) {
    if (!isPermissionError(error)) throw error
    // A folder we may not write: the journal is read as it is and left alone.
    options.access.markReadOnly(path, error)
    options.onRecovered(keptNotice(path, null, t('main:notices.leftAlone', { reason }), at))
  }
}
