// Session history: an fsynced append-only log plus an in-memory index, so saving costs the same at 10,000 sessions as at 10.
import { closeSync, openSync, readSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/ipc/result'
import {
  summarize,
  type HistoryFilter,
  type HistoryPage,
  type Session,
  type SessionAnnotation,
  type SessionSummary,
} from '../../shared/model/session'
import { AppendLog, asideName, readIfExists, writeFileAtomic } from './durableFile'
import { formatOp, parseLine, readHistoryLog, type HistoryOp } from './historyLog'
import type { RecoveryNotice } from './document'

interface Entry {
  summary: SessionSummary
  /** Start time in ms, parsed once. */
  t: number
  offset: number
  length: number
  deleted: boolean
  annotation?: SessionAnnotation
}

export interface HistoryStore {
  list(request: { offset: number; limit: number; filter?: HistoryFilter | undefined }): HistoryPage
  get(id: string): Session
  has(id: string): boolean
  /** live, deleted (undo still possible), or absent. */
  status(id: string): 'live' | 'deleted' | 'absent'
  append(session: Session): SessionSummary
  annotate(annotation: SessionAnnotation): Session
  remove(id: string): void
  restore(id: string): void
  /** Every live session matching the filter, newest first, read one at a time. */
  sessions(filter?: HistoryFilter): Generator<Session>
  summaries(filter?: HistoryFilter): SessionSummary[]
  close(): void
  readonly path: string
}

export interface HistoryOptions {
  onRecovered: (notice: RecoveryNotice) => void
  now?: () => Date
}

/** A log with this share of dead lines (deleted or superseded) is rewritten at start-up. */
const COMPACT_RATIO = 0.5
const COMPACT_MIN_LINES = 200

export function openHistoryStore(dir: string, options: HistoryOptions): HistoryStore {
  const path = join(dir, 'history.jsonl')
  const now = options.now ?? (() => new Date())
  const entries = new Map<string, Entry>()
  /** Live ids, newest start first. */
  let order: string[] = []
  let size = 0
  /** While loading, the order is built once at the end instead of one insert per line. */
  let loading = true

  const bytes = readIfExists(path)
  if (bytes) {
    const read = readHistoryLog(bytes)
    let ops = read.lines
    if (read.badLines.length > 0) {
      // Keep every readable session, and the damaged file beside it for the user to inspect.
      const at = now()
      const movedTo = asideName(path, at)
      writeFileAtomic(movedTo, bytes)
      const lines = read.badLines
      options.onRecovered({
        file: path,
        movedTo,
        reason: `${lines.length} line${lines.length > 1 ? 's' : ''} of the history could not be read (line ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}); every other session was kept`,
        at: at.toISOString(),
      })
      ops = rewrite(ops.map((l) => l.op))
    } else if (read.tornBytes > 0) {
      // A crash cut the last append short; it was never acknowledged, so it is dropped.
      truncateSync(path, read.goodLength)
    }
    for (const line of ops) apply(line.op, line.offset, line.length)
    size = ops.length > 0 ? ops[ops.length - 1]!.offset + ops[ops.length - 1]!.length + 1 : 0
    const alive = [...entries.values()].filter((e) => !e.deleted).length
    const dead = ops.length - alive
    if (ops.length >= COMPACT_MIN_LINES && dead / ops.length > COMPACT_RATIO) {
      resetIndex()
      const compacted = rewrite(liveOps(ops.map((l) => l.op)))
      for (const line of compacted) apply(line.op, line.offset, line.length)
      size = compacted.length > 0 ? compacted.at(-1)!.offset + compacted.at(-1)!.length + 1 : 0
    }
  }
  loading = false
  sortOrder()
  const log = new AppendLog(path)

  function sortOrder() {
    order = [...entries.entries()]
      .filter(([, e]) => !e.deleted)
      .sort(([, a], [, b]) => b.t - a.t)
      .map(([id]) => id)
  }

  function resetIndex() {
    entries.clear()
    order = []
  }

  function rewrite(ops: HistoryOp[]) {
    const text = ops.map(formatOp).join('')
    writeFileAtomic(path, text)
    return readHistoryLog(Buffer.from(text, 'utf8')).lines
  }

  function apply(op: HistoryOp, offset: number, length: number) {
    switch (op.op) {
      case 'put': {
        const previous = entries.get(op.session.id)
        if (previous && !previous.deleted) removeFromOrder(op.session.id)
        entries.set(op.session.id, {
          summary: summarize(op.session),
          t: Date.parse(op.session.startedAt),
          offset,
          length,
          deleted: false,
        })
        insertInOrder(op.session.id)
        return
      }
      case 'annotate': {
        const entry = entries.get(op.annotation.id)
        if (!entry) return
        entry.annotation = { ...entry.annotation, ...op.annotation }
        if (op.annotation.rpe !== undefined)
          entry.summary = { ...entry.summary, rpe: op.annotation.rpe }
        return
      }
      case 'delete': {
        const entry = entries.get(op.id)
        if (!entry || entry.deleted) return
        entry.deleted = true
        removeFromOrder(op.id)
        return
      }
      case 'undelete': {
        const entry = entries.get(op.id)
        if (!entry || !entry.deleted) return
        entry.deleted = false
        insertInOrder(op.id)
        return
      }
    }
  }

  /** Binary search by start instant; sessions usually arrive newest, so this is near the front. */
  function positionFor(id: string): number {
    const t = entries.get(id)!.t
    let lo = 0
    let hi = order.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (entries.get(order[mid]!)!.t >= t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  function insertInOrder(id: string) {
    if (!loading) order.splice(positionFor(id), 0, id)
  }
  function removeFromOrder(id: string) {
    if (loading) return
    const i = order.indexOf(id)
    if (i >= 0) order.splice(i, 1)
  }

  function write(op: HistoryOp) {
    const line = formatOp(op)
    log.append(line)
    const length = Buffer.byteLength(line, 'utf8') - 1
    apply(op, size, length)
    size += length + 1
  }

  function live(id: string): Entry {
    const entry = entries.get(id)
    if (!entry || entry.deleted)
      throw new AppError(
        'not-found',
        'That session is not in your history (it may have been deleted).'
      )
    return entry
  }

  function load(entry: Entry): Session {
    const buffer = Buffer.alloc(entry.length)
    const fd = openSync(path, 'r')
    try {
      readSync(fd, buffer, 0, entry.length, entry.offset)
    } finally {
      closeSync(fd)
    }
    const op = parseLine(buffer.toString('utf8'))
    if (!op || op.op !== 'put')
      throw new AppError('io', 'This session could not be read back from disk.')
    const { rpe, note, loads } = entry.annotation ?? {}
    return {
      ...op.session,
      ...(rpe !== undefined ? { rpe } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(loads !== undefined ? { loads } : {}),
    }
  }

  function matching(filter?: HistoryFilter): string[] {
    if (!filter || Object.keys(filter).length === 0) return order
    const from = filter.from ? Date.parse(filter.from) : -Infinity
    const to = filter.to ? Date.parse(filter.to) : Infinity
    return order.filter((id) => {
      const s = entries.get(id)!.summary
      if (filter.circuitId && s.circuitId !== filter.circuitId) return false
      if (filter.category && s.category !== filter.category) return false
      if (filter.status && s.status !== filter.status) return false
      const t = entries.get(id)!.t
      return t >= from && t <= to
    })
  }

  return {
    path,
    list({ offset, limit, filter }) {
      const ids = matching(filter)
      return {
        total: ids.length,
        items: ids.slice(offset, offset + limit).map((id) => entries.get(id)!.summary),
      }
    },
    get: (id) => load(live(id)),
    has: (id) => entries.get(id)?.deleted === false,
    status: (id) => {
      const entry = entries.get(id)
      return !entry ? 'absent' : entry.deleted ? 'deleted' : 'live'
    },
    append(session) {
      if (entries.has(session.id)) {
        throw new AppError('conflict', 'A session with this id is already in your history.')
      }
      write({ op: 'put', session })
      return entries.get(session.id)!.summary
    },
    annotate(annotation) {
      live(annotation.id)
      write({ op: 'annotate', annotation })
      return load(live(annotation.id))
    },
    remove(id) {
      live(id)
      write({ op: 'delete', id })
    },
    restore(id) {
      const entry = entries.get(id)
      if (!entry) throw new AppError('not-found', 'That session is not in your history.')
      if (entry.deleted) write({ op: 'undelete', id })
    },
    *sessions(filter) {
      for (const id of matching(filter)) yield load(entries.get(id)!)
    },
    summaries: (filter) => matching(filter).map((id) => entries.get(id)!.summary),
    close: () => log.close(),
  }
}

/** The ops needed to rebuild the current state: each live session once, with its latest annotation. */
function liveOps(ops: HistoryOp[]): HistoryOp[] {
  const sessions = new Map<string, HistoryOp & { op: 'put' }>()
  const notes = new Map<string, SessionAnnotation>()
  const deleted = new Set<string>()
  for (const op of ops) {
    if (op.op === 'put') sessions.set(op.session.id, op)
    else if (op.op === 'annotate')
      notes.set(op.annotation.id, { ...notes.get(op.annotation.id), ...op.annotation })
    else if (op.op === 'delete') deleted.add(op.id)
    else deleted.delete(op.id)
  }
  const result: HistoryOp[] = []
  for (const [id, put] of sessions) {
    if (deleted.has(id)) continue
    result.push(put)
    const note = notes.get(id)
    if (note) result.push({ op: 'annotate', annotation: note })
  }
  return result
}
