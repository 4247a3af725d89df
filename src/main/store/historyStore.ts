// Session history: an fsynced append-only log plus an in-memory index, so saving costs the same at 10,000
// sessions as at 10. A sidecar index file makes opening cheap; the log stays the one source of truth.
// This module ties the pieces together: historyRecovery opens the files, historyEntries keeps the index.
import { existsSync, unlinkSync } from 'node:fs'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { AppError } from '@shared/ipc/result'
import { problemsOf } from '@shared/model/problems'
import {
  SessionSchema,
  type HistoryFilter,
  type HistoryPage,
  type Session,
  type SessionAnnotation,
  type SessionSummary,
} from '@shared/model/session'
import type { RecoveryNotice } from './document'
import { readRange } from './durableFile'
import type { Entry } from './historyEntries'
import { parseLine, type HistoryOp } from './historyLog'
import { fresh, load, loadAsync, prepare, type Opening } from './historyOpen'
import { historyWriter, type HistoryWriter } from './historyWriter'
import { loadHistory, type Loaded } from './historyRecovery'
import type { OnProgress } from './lineReader'
import type { StoreAccess, WriteWhat } from './storeAccess'
import { t } from '../i18n/mainLanguage'

export interface HistoryStore {
  list(request: { offset: number; limit: number; filter?: HistoryFilter | undefined }): HistoryPage
  get(id: string): Session
  has(id: string): boolean
  /** live, deleted (undo still possible), or absent. */
  status(id: string): 'live' | 'deleted' | 'absent'
  append(session: Session): SessionSummary
  annotate(annotation: SessionAnnotation): Session
  remove(id: string): void
  undelete(id: string): void
  /** Every live session matching the filter, newest first, read one at a time. */
  sessions(filter?: HistoryFilter): Generator<Session>
  summaries(filter?: HistoryFilter): SessionSummary[]
  /**
   * Reads and validates the whole log in the background, a slice at a time. Damaged sessions are hidden
   * and reported; the next start sets the damaged file aside and rewrites it (see open).
   */
  verify(): Promise<number>
  /** Goes up with every change, so derived views can be cached until the next one. */
  revision(): number
  close(): void
  readonly path: string
}

export interface HistoryOptions {
  onRecovered: (notice: RecoveryNotice) => void
  now?: () => Date
  /** Shared by the folder's stores: a refused write makes them all read-only. */
  access?: StoreAccess
  /** Bytes read so far and the log's size, while a log without a usable index is read (async open only). */
  onProgress?: OnProgress
  /** Read size; tests make it small to see many chunks. */
  chunkBytes?: number
}

const VERIFY_SLICE = 200

/** Opens the history, reading it all before returning if the index cannot be trusted. */
export function openHistoryStore(dir: string, options: HistoryOptions): HistoryStore {
  const opening = prepare(dir, options)
  return historyStoreOver(opening, opening.exists ? load(opening, loadHistory) : fresh(opening))
}

/**
 * Opens the history without blocking: a log without a usable index is read in chunks, with progress, so the
 * window can appear first and show it. Same store, same files as openHistoryStore.
 */
export async function openHistoryStoreAsync(
  dir: string,
  options: HistoryOptions
): Promise<HistoryStore> {
  const opening = prepare(dir, options)
  const loaded = opening.exists ? await loadAsync(opening) : fresh(opening)
  return historyStoreOver(opening, loaded)
}

/** The session stored at an entry's place in the log, or null if that line is not (or no longer) it. */
function readStored(path: string, entry: Entry): Session | null {
  const op = parseLine(readRange(path, entry.offset, entry.length).toString('utf8'))
  return op?.op === 'put' && op.session.id === entry.summary.id ? op.session : null
}

/** The stored session with its annotation (RPE, note, loads) applied. */
function loadSession(path: string, entry: Entry): Session {
  const session = readStored(path, entry)
  if (!session) {
    throw new AppError('io', t('main:store.sessionDamaged'))
  }
  const { rpe, note, loads } = entry.annotation ?? {}
  return {
    ...session,
    ...(rpe !== undefined ? { rpe } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(loads !== undefined ? { loads } : {}),
  }
}

/** Checked here too, not only at the IPC gate: whatever is written must read back on the next start. */
function validSession(input: Session): Session {
  const parsed = SessionSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const first = problemsOf(parsed.error)[0]
  throw new AppError(
    'invalid-payload',
    t('main:store.sessionInvalid', { path: first?.path, message: first?.message })
  )
}

/** Reads every live session back, a slice at a time; hides and reports the damaged ones. */
async function verifyAll(opening: Opening, writer: HistoryWriter): Promise<number> {
  const { path, indexPath, entries, recovery } = opening
  const damaged: string[] = []
  let checked = 0
  for (const [id, entry] of entries.all()) {
    if (!entry.deleted && !readStored(path, entry)) damaged.push(id)
    if (++checked % VERIFY_SLICE === 0) await yieldToLoop()
  }
  if (damaged.length === 0) return 0
  entries.hideDamaged(damaged)
  writer.changed()
  // Without an index the next start reads the whole log, sets the damaged file aside and rewrites it.
  if (existsSync(indexPath)) unlinkSync(indexPath)
  recovery.onRecovered({
    file: path,
    // Nothing is moved yet: the next start does that, and says where.
    movedTo: null,
    reason: t('main:notices.sessionsDamaged', { count: damaged.length }),
    at: recovery.now().toISOString(),
  })
  return damaged.length
}

function historyStoreOver(opening: Opening, loaded: Loaded): HistoryStore {
  const { path, entries } = opening
  const writer = historyWriter(opening, loaded)
  const write = (op: HistoryOp, what: WriteWhat) => writer.write(op, what)
  const load = (entry: Entry) => loadSession(path, entry)

  return {
    path,
    list({ offset, limit, filter }) {
      const ids = entries.matching(filter)
      return {
        total: ids.length,
        items: ids.slice(offset, offset + limit).map((id) => entries.get(id)!.summary),
      }
    },
    get: (id) => load(entries.live(id)),
    has: (id) => entries.status(id) === 'live',
    status: (id) => entries.status(id),
    append(input) {
      const session = validSession(input)
      if (entries.status(session.id) !== 'absent')
        throw new AppError('conflict', t('main:store.sessionExists'))
      write({ op: 'put', session }, 'session')
      return entries.get(session.id)!.summary
    },
    annotate(annotation) {
      entries.live(annotation.id)
      write({ op: 'annotate', annotation }, 'annotation')
      return load(entries.live(annotation.id))
    },
    remove(id) {
      entries.live(id)
      write({ op: 'delete', id }, 'deletion')
    },
    undelete(id) {
      const status = entries.status(id)
      if (status === 'absent') throw new AppError('not-found', t('main:store.sessionMissing'))
      if (status === 'deleted') write({ op: 'undelete', id }, 'undo')
    },
    *sessions(filter) {
      for (const id of [...entries.matching(filter)]) yield load(entries.get(id)!)
    },
    summaries: (filter) => entries.matching(filter).map((id) => entries.get(id)!.summary),
    verify: () => verifyAll(opening, writer),
    revision: () => writer.revision(),
    close: () => writer.close(),
  }
}
