// The journal of the session in progress: each finished step is written as it finishes and flushed to disk
// right after, off the event loop, so a crash loses at most the step that was running and the session's
// frames never wait for the disk.
import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AppError } from '@shared/ipc/result'
import { buildSession } from '@shared/history/sessionRecord'
import type {
  JournalBegin,
  JournalProgress,
  JournalSnapshot,
  PendingSession,
} from '@shared/model/journal'
import type { Session } from '@shared/model/session'
import { AppendLog, fsyncDir, writeFileAtomic } from './durableFile'
import type { RecoveryNotice } from './document'
import { claimFileSlot } from './fileSlot'
import type { HistoryStore } from './historyStore'
import { readJournalBytes } from './journalParse'
import { keepBytes, keptNotice, moveAside } from './keepOriginal'
import {
  createStoreAccess,
  DiskFullError,
  isPermissionError,
  readOnlyError,
  writeError,
  type StoreAccess,
} from './storeAccess'

export interface JournalStore {
  begin(begin: JournalBegin): void
  progress(progress: JournalProgress): void
  snapshot(snapshot: JournalSnapshot): void
  /**
   * Saves the finished session to history whatever state the journal is in (missing, never begun,
   * damaged, another session's), then clears the journal only if it was this session's.
   */
  end(session: Session): { alreadySaved: boolean; journalCleared: boolean }
  pending(): PendingSession | null
  /** Saves the interrupted session as stopped. */
  saveAsStopped(): Session
  discard(): void
  close(): void
}

export function openJournalStore(
  dir: string,
  history: HistoryStore,
  options: { onRecovered: (n: RecoveryNotice) => void; now?: () => Date; access?: StoreAccess }
): JournalStore {
  const now = options.now ?? (() => new Date())
  const access = options.access ?? createStoreAccess(options.onRecovered)
  const slot = claimFileSlot(
    join(dir, 'journal.jsonl'),
    'the unfinished session',
    now(),
    options.onRecovered
  )
  const path = slot.path
  let log: AppendLog | null = null
  let current: PendingSession | null = slot.exists ? readJournal() : null
  // A crash after saving to history but before clearing the journal: nothing is pending.
  if (current && history.has(current.sessionId)) clear()

  function readJournal(): PendingSession | null {
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch (error) {
      if (!isPermissionError(error)) throw error
      unreadable(error)
      return null
    }
    const read = readJournalBytes(bytes)
    if (!read.pending) {
      repair(bytes, 'the unfinished session could not be read', null)
      return null
    }
    if (read.skipped > 0 || read.tornBytes > 0) {
      const n = read.skipped
      const lines =
        n > 0
          ? `${n} line${n > 1 ? 's' : ''} of it could not be read and ${n > 1 ? 'were' : 'was'} skipped`
          : ''
      const torn = read.tornBytes > 0 ? 'its last step was cut short' : ''
      const reason = `the unfinished session was recovered, but ${[lines, torn].filter(Boolean).join(' and ')}`
      repair(bytes, reason, read.goodLines)
    }
    return read.pending
  }

  /** A journal left by another user (a `sudo` run): moved aside untouched, so sessions can be saved again. */
  function unreadable(error: unknown) {
    const at = now()
    const reason = 'the unfinished session could not be read (permission denied)'
    try {
      const movedTo = moveAside(path, at)
      options.onRecovered(keptNotice(path, movedTo, `${reason}; it was moved aside untouched`, at))
    } catch {
      access.markReadOnly(path, error)
    }
  }

  /** Keeps the journal's original bytes aside, then rewrites (or removes) it, so appends start on a clean line. */
  function repair(bytes: Buffer, reason: string, goodLines: string[] | null) {
    const at = now()
    // Another Cadence holds the folder: its journal may be mid-write, so it is read and left alone.
    if (access.readOnly) return
    try {
      const movedTo = keepBytes(path, bytes, at)
      if (goodLines) writeFileAtomic(path, goodLines.map((l) => `${l}\n`).join(''))
      else unlinkSync(path)
      options.onRecovered(keptNotice(path, movedTo, reason, at))
    } catch (error) {
      if (!isPermissionError(error)) throw error
      // A folder we may not write: the journal is read as it is and left alone.
      access.markReadOnly(path, error)
      options.onRecovered(keptNotice(path, null, `${reason}; it was left as it is`, at))
    }
  }

  function open(what: string): AppendLog {
    if (access.readOnly) throw readOnlyError(what, access)
    try {
      log ??= new AppendLog(path)
    } catch (error) {
      throw writeError(what, path, error, access)
    }
    return log
  }

  function append(value: unknown, what: string) {
    const journal = open(what)
    try {
      journal.appendSoon(`${JSON.stringify(value)}\n`)
    } catch (error) {
      throw writeError(what, path, error, access)
    }
  }

  /** Saves to history; on a full disk says the session is still safe in the journal, when that is true. */
  function saveToHistory(session: Session) {
    try {
      history.append(session)
    } catch (error) {
      const journaled = current?.sessionId === session.id
      if (error instanceof DiskFullError && journaled) {
        throw new DiskFullError(
          `${error.message} The session is safe in the journal: free some space and save again.`,
          error.rolledBack
        )
      }
      throw error
    }
  }

  function clear() {
    log?.close()
    log = null
    try {
      if (existsSync(path)) unlinkSync(path)
      fsyncDir(dirname(path))
    } catch (error) {
      // Read-only: the file stays, and the next start sees its session is already in history.
      if (!isPermissionError(error)) throw error
      access.markReadOnly(path, error)
    }
    current = null
  }

  function requireCurrent(sessionId: string): PendingSession {
    if (!current || current.sessionId !== sessionId) {
      throw new AppError('conflict', 'That session is not the one in progress.')
    }
    return current
  }

  return {
    begin(begin) {
      if (current) {
        if (current.sessionId === begin.sessionId) return
        throw new AppError(
          'conflict',
          'An interrupted session is waiting: save or discard it before starting another.'
        )
      }
      append(begin, 'The start of this session')
      current = { ...begin, steps: [], timer: null }
    },
    progress(progress) {
      const pending = requireCurrent(progress.sessionId)
      append(progress, 'This step')
      pending.steps.push(progress.step)
    },
    snapshot(snapshot) {
      const pending = requireCurrent(snapshot.sessionId)
      append(snapshot, 'The timer')
      pending.timer = snapshot.timer
    },
    end(session) {
      // History first: if we crash between the two, the next start finds the journal and the session in
      // history, and knows not to save it twice. The journal is never a condition for saving.
      const alreadySaved = history.status(session.id) !== 'absent'
      if (!alreadySaved) saveToHistory(session)
      const journalCleared = current?.sessionId === session.id
      if (journalCleared) clear()
      return { alreadySaved, journalCleared }
    },
    pending: () => current,
    saveAsStopped() {
      if (!current) throw new AppError('not-found', 'There is no interrupted session to save.')
      const session = buildSession({
        id: current.sessionId,
        circuit: current.circuit,
        startedAt: current.startedAt,
        timeZone: current.timeZone,
        steps: current.steps,
        status: 'stopped',
      })
      if (!history.has(session.id)) saveToHistory(session)
      clear()
      return session
    },
    discard() {
      clear()
    },
    close() {
      log?.close()
      log = null
    },
  }
}
