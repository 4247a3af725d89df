// The journal of the session in progress: each finished step is on disk before it is acknowledged,
// so a crash loses at most the step that was running.
import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AppError } from '@shared/ipc/result'
import { buildSession } from '@shared/history/sessionRecord'
import {
  JournalBeginSchema,
  JournalProgressSchema,
  JournalSnapshotSchema,
  type JournalBegin,
  type JournalProgress,
  type JournalSnapshot,
  type PendingSession,
} from '@shared/model/journal'
import type { Session } from '@shared/model/session'
import { AppendLog, asideName, fsyncDir, writeFileAtomic } from './durableFile'
import type { RecoveryNotice } from './document'
import type { HistoryStore } from './historyStore'

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
  options: { onRecovered: (n: RecoveryNotice) => void; now?: () => Date }
): JournalStore {
  const path = join(dir, 'journal.jsonl')
  const now = options.now ?? (() => new Date())
  let log: AppendLog | null = null
  let current: PendingSession | null = existsSync(path) ? readJournal() : null
  // A crash after saving to history but before clearing the journal: nothing is pending.
  if (current && history.has(current.sessionId)) clear()

  function readJournal(): PendingSession | null {
    const text = readFileSync(path, 'utf8')
    const complete = text.slice(0, text.lastIndexOf('\n') + 1)
    const [first, ...rest] = complete.split('\n').filter(Boolean)
    const begin = first ? safe(() => JournalBeginSchema.parse(JSON.parse(first))) : null
    if (!begin) {
      const at = now()
      const movedTo = asideName(path, at)
      writeFileAtomic(movedTo, text)
      unlinkSync(path)
      options.onRecovered({
        file: path,
        movedTo,
        reason: 'the unfinished session could not be read',
        at: at.toISOString(),
      })
      return null
    }
    // Lines after a damaged one are dropped: the session is rebuilt up to the last line known good.
    const pending: PendingSession = { ...begin, steps: [], timer: null }
    for (const line of rest) {
      const value = safe(() => JSON.parse(line) as unknown)
      const progress = JournalProgressSchema.safeParse(value)
      const snapshot = progress.success ? null : JournalSnapshotSchema.safeParse(value)
      const sessionId = progress.success ? progress.data.sessionId : snapshot?.data?.sessionId
      if (sessionId !== begin.sessionId) break
      if (progress.success) pending.steps.push(progress.data.step)
      else if (snapshot?.success) pending.timer = snapshot.data.timer
    }
    return pending
  }

  function open(): AppendLog {
    log ??= new AppendLog(path)
    return log
  }

  function clear() {
    log?.close()
    log = null
    if (existsSync(path)) unlinkSync(path)
    fsyncDir(dirname(path))
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
      open().append(`${JSON.stringify(begin)}\n`)
      current = { ...begin, steps: [], timer: null }
    },
    progress(progress) {
      const pending = requireCurrent(progress.sessionId)
      open().append(`${JSON.stringify(progress)}\n`)
      pending.steps.push(progress.step)
    },
    snapshot(snapshot) {
      const pending = requireCurrent(snapshot.sessionId)
      open().append(`${JSON.stringify(snapshot)}\n`)
      pending.timer = snapshot.timer
    },
    end(session) {
      // History first: if we crash between the two, the next start finds the journal and the session in
      // history, and knows not to save it twice. The journal is never a condition for saving.
      const alreadySaved = history.status(session.id) !== 'absent'
      if (!alreadySaved) history.append(session)
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
      if (!history.has(session.id)) history.append(session)
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

function safe<T>(fn: () => T): T | null {
  try {
    return fn()
  } catch {
    return null
  }
}
