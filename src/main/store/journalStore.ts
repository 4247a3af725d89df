// The journal of the session in progress: each finished step is written as it finishes and flushed to disk
// right after, off the event loop, so a crash loses at most the step that was running and the session's
// frames never wait for the disk.
import { existsSync, unlinkSync } from 'node:fs'
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
import { AppendLog, fsyncDir } from './durableFile'
import type { RecoveryNotice } from './document'
import { claimFileSlot } from './fileSlot'
import type { HistoryStore } from './historyStore'
import { readJournalAtStart } from './journalRead'
import {
  createStoreAccess,
  DiskFullError,
  isPermissionError,
  readOnlyError,
  writeError,
  type StoreAccess,
  type WriteWhat,
} from './storeAccess'
import { t } from '../i18n/mainLanguage'

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

/** Saves to history; on a full disk says the session is still safe in the journal, when that is true. */
function saveToHistory(history: HistoryStore, session: Session, journaled: boolean) {
  try {
    history.append(session)
  } catch (error) {
    if (error instanceof DiskFullError && journaled) {
      throw new DiskFullError(
        t('main:store.safeInJournal', { message: error.message }),
        error.rolledBack
      )
    }
    throw error
  }
}

/** The journal file: opened on the first append, fsynced on every one; removed once its session is saved. */
function journalFile(path: string, access: StoreAccess) {
  let log: AppendLog | null = null
  const open = (what: WriteWhat): AppendLog => {
    if (access.readOnly) throw readOnlyError(what, access)
    try {
      log ??= new AppendLog(path)
    } catch (error) {
      throw writeError(what, path, error, access)
    }
    return log
  }
  const close = () => {
    log?.close()
    log = null
  }
  return {
    append(value: unknown, what: WriteWhat) {
      const journal = open(what)
      try {
        journal.appendSoon(`${JSON.stringify(value)}\n`)
      } catch (error) {
        throw writeError(what, path, error, access)
      }
    },
    close,
    clear() {
      close()
      try {
        if (existsSync(path)) unlinkSync(path)
        fsyncDir(dirname(path))
      } catch (error) {
        // Read-only: the file stays, and the next start sees its session is already in history.
        if (!isPermissionError(error)) throw error
        access.markReadOnly(path, error)
      }
    },
  }
}

/** An interrupted session as it will be saved: the steps it finished, marked stopped. */
const stoppedSession = (pending: PendingSession): Session =>
  buildSession({
    id: pending.sessionId,
    circuit: pending.circuit,
    startedAt: pending.startedAt,
    timeZone: pending.timeZone,
    steps: pending.steps,
    status: 'stopped',
  })

export function openJournalStore(
  dir: string,
  history: HistoryStore,
  options: { onRecovered: (n: RecoveryNotice) => void; now?: () => Date; access?: StoreAccess }
): JournalStore {
  const now = options.now ?? (() => new Date())
  const access = options.access ?? createStoreAccess(options.onRecovered)
  const slot = claimFileSlot(join(dir, 'journal.jsonl'), 'journal', now(), options.onRecovered)
  const path = slot.path
  const file = journalFile(path, access)
  let current: PendingSession | null = slot.exists
    ? readJournalAtStart(path, { onRecovered: options.onRecovered, now, access })
    : null
  // A crash after saving to history but before clearing the journal: nothing is pending.
  if (current && history.has(current.sessionId)) clear()

  function clear() {
    file.clear()
    current = null
  }

  function requireCurrent(sessionId: string): PendingSession {
    if (!current || current.sessionId !== sessionId) {
      throw new AppError('conflict', t('main:store.notInProgress'))
    }
    return current
  }

  return {
    begin(begin) {
      if (current) {
        if (current.sessionId === begin.sessionId) return
        throw new AppError('conflict', t('main:store.interruptedWaiting'))
      }
      file.append(begin, 'journalStart')
      current = { ...begin, steps: [], timer: null }
    },
    progress(progress) {
      const pending = requireCurrent(progress.sessionId)
      file.append(progress, 'step')
      pending.steps.push(progress.step)
    },
    snapshot(snapshot) {
      const pending = requireCurrent(snapshot.sessionId)
      file.append(snapshot, 'timer')
      pending.timer = snapshot.timer
    },
    end(session) {
      // History first: if we crash between the two, the next start finds the journal and the session in
      // history, and knows not to save it twice. The journal is never a condition for saving.
      const alreadySaved = history.status(session.id) !== 'absent'
      if (!alreadySaved) saveToHistory(history, session, current?.sessionId === session.id)
      const journalCleared = current?.sessionId === session.id
      if (journalCleared) clear()
      return { alreadySaved, journalCleared }
    },
    pending: () => current,
    saveAsStopped() {
      if (!current) throw new AppError('not-found', t('main:store.noInterruptedToSave'))
      const session = stoppedSession(current)
      if (!history.has(session.id)) saveToHistory(history, session, true)
      clear()
      return session
    },
    discard() {
      clear()
    },
    close: () => file.close(),
  }
}
