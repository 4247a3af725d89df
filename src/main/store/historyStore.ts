// Session history: an fsynced append-only log plus an in-memory index, so saving costs the same at 10,000
// sessions as at 10. A sidecar index file makes opening cheap; the log stays the one source of truth.
// This module ties the pieces together: historyRecovery opens the files, historyEntries keeps the index.
import { existsSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
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
import { AppendLog, readRange } from './durableFile'
import { createHistoryEntries, type Entry } from './historyEntries'
import { formatIndexLine, toIndexOp } from './historyIndex'
import { formatOp, parseLine, type HistoryOp } from './historyLog'
import { loadHistory } from './historyRecovery'

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
}

const VERIFY_SLICE = 200

export function openHistoryStore(dir: string, options: HistoryOptions): HistoryStore {
  const path = join(dir, 'history.jsonl')
  const indexPath = join(dir, 'history.index.jsonl')
  const now = options.now ?? (() => new Date())
  const entries = createHistoryEntries()
  let size = loadHistory({ path, indexPath }, entries, { onRecovered: options.onRecovered, now })
  let revision = 0
  const log = new AppendLog(path)
  const index = new AppendLog(indexPath)

  /** The log line is durable (fsynced) before anything else; the index line is a cache and may lag. */
  function write(op: HistoryOp) {
    const line = formatOp(op)
    log.append(line)
    const length = Buffer.byteLength(line, 'utf8') - 1
    const indexOp = toIndexOp(op)
    index.appendUnsynced(formatIndexLine({ offset: size, length, op: indexOp }))
    entries.apply(indexOp, size, length)
    size += length + 1
    revision++
  }

  /** The session stored at an entry's place in the log, or null if that line is not (or no longer) it. */
  function readStored(entry: Entry): Session | null {
    const op = parseLine(readRange(path, entry.offset, entry.length).toString('utf8'))
    return op?.op === 'put' && op.session.id === entry.summary.id ? op.session : null
  }

  function load(entry: Entry): Session {
    const session = readStored(entry)
    if (!session) {
      throw new AppError(
        'io',
        'This session is damaged on disk and could not be read. Restart Cadence to set the damaged part aside.'
      )
    }
    const { rpe, note, loads } = entry.annotation ?? {}
    return {
      ...session,
      ...(rpe !== undefined ? { rpe } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(loads !== undefined ? { loads } : {}),
    }
  }

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
      // Checked here too, not only at the IPC gate: whatever is written must read back on the next start.
      const parsed = SessionSchema.safeParse(input)
      if (!parsed.success) {
        const first = problemsOf(parsed.error)[0]
        throw new AppError(
          'invalid-payload',
          `This session cannot be saved: ${first?.path}: ${first?.message}`
        )
      }
      const session = parsed.data
      if (entries.status(session.id) !== 'absent')
        throw new AppError('conflict', 'A session with this id is already in your history.')
      write({ op: 'put', session })
      return entries.get(session.id)!.summary
    },
    annotate(annotation) {
      entries.live(annotation.id)
      write({ op: 'annotate', annotation })
      return load(entries.live(annotation.id))
    },
    remove(id) {
      entries.live(id)
      write({ op: 'delete', id })
    },
    undelete(id) {
      const status = entries.status(id)
      if (status === 'absent')
        throw new AppError('not-found', 'That session is not in your history.')
      if (status === 'deleted') write({ op: 'undelete', id })
    },
    *sessions(filter) {
      for (const id of [...entries.matching(filter)]) yield load(entries.get(id)!)
    },
    summaries: (filter) => entries.matching(filter).map((id) => entries.get(id)!.summary),
    async verify() {
      const damaged: string[] = []
      let checked = 0
      for (const [id, entry] of entries.all()) {
        if (!entry.deleted && !readStored(entry)) damaged.push(id)
        if (++checked % VERIFY_SLICE === 0) await yieldToLoop()
      }
      if (damaged.length === 0) return 0
      entries.hideDamaged(damaged)
      revision++
      // Without an index the next start reads the whole log, sets the damaged file aside and rewrites it.
      if (existsSync(indexPath)) unlinkSync(indexPath)
      options.onRecovered({
        file: path,
        // Nothing is moved yet: the next start does that, and says where.
        movedTo: null,
        reason: `${damaged.length} saved session${damaged.length > 1 ? 's are' : ' is'} damaged on disk and hidden; the next start sets the damaged file aside and keeps every other session`,
        at: now().toISOString(),
      })
      return damaged.length
    },
    revision: () => revision,
    close: () => {
      log.close()
      index.close()
    },
  }
}
