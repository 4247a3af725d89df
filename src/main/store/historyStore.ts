// Session history: an fsynced append-only log plus an in-memory index, so saving costs the same at 10,000
// sessions as at 10. A sidecar index file makes opening cheap; the log stays the one source of truth.
import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  statSync,
  truncateSync,
  unlinkSync,
} from 'node:fs'
import { join } from 'node:path'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { AppError } from '@shared/ipc/result'
import { problemsOf } from '@shared/model/validateCircuit'
import {
  SessionSchema,
  summaryLoads,
  type HistoryFilter,
  type HistoryPage,
  type Session,
  type SessionAnnotation,
  type SessionSummary,
} from '@shared/model/session'
import { AppendLog, asideName, readIfExists, writeFileAtomic } from './durableFile'
import { formatOp, parseLine, readHistoryLog, type HistoryOp } from './historyLog'
import {
  formatIndexLine,
  indexEnd,
  readIndex,
  toIndexOp,
  type IndexLine,
  type IndexOp,
} from './historyIndex'
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

/** A log with this share of dead lines (deleted or superseded) is rewritten at start-up. */
const COMPACT_RATIO = 0.5
const COMPACT_MIN_LINES = 200
const VERIFY_SLICE = 200

export function openHistoryStore(dir: string, options: HistoryOptions): HistoryStore {
  const path = join(dir, 'history.jsonl')
  const indexPath = join(dir, 'history.index.jsonl')
  const now = options.now ?? (() => new Date())
  const entries = new Map<string, Entry>()
  /** Live ids, newest start first. */
  let order: string[] = []
  let size = 0
  /** While loading, the order is built once at the end instead of one insert per line. */
  let loading = true
  let revision = 0

  if (!loadFast()) loadFull()
  loading = false
  sortOrder()
  const log = new AppendLog(path)
  const index = new AppendLog(indexPath)

  /** The index covers the log (or a prefix of it, whose tail we then read): no session is parsed. */
  function loadFast(): boolean {
    if (!existsSync(path)) {
      if (existsSync(indexPath)) unlinkSync(indexPath)
      return true
    }
    const text = readIfExists(indexPath)?.toString('utf8')
    const lines = text === undefined ? null : readIndex(text)
    const logSize = statSync(path).size
    if (!lines || indexEnd(lines) > logSize || !endsWithNewline(indexEnd(lines))) return false
    for (const line of lines) apply(line.x, line.o, line.l)
    const alive = [...entries.values()].filter((e) => !e.deleted).length
    if (
      lines.length >= COMPACT_MIN_LINES &&
      (lines.length - alive) / lines.length > COMPACT_RATIO
    ) {
      resetIndex()
      return false
    }
    if (text !== undefined && !text.endsWith('\n'))
      writeFileAtomic(indexPath, lines.map(formatIndexLine).join(''))
    size = indexEnd(lines)
    // Lines appended after the index was last written (a crash between the two writes): read just those.
    if (logSize > size) {
      const tail = readRange(size, logSize - size)
      const read = readHistoryLog(tail)
      if (read.badLines.length > 0) {
        resetIndex()
        return false
      }
      const extra: IndexLine[] = read.lines.map((l) => ({
        o: size + l.offset,
        l: l.length,
        x: toIndexOp(l.op),
      }))
      for (const line of extra) apply(line.x, line.o, line.l)
      writeFileAtomic(indexPath, [...lines, ...extra].map(formatIndexLine).join(''))
      if (read.tornBytes > 0) truncateSync(path, size + read.goodLength)
      size += read.goodLength
    }
    return true
  }

  /** Reads and validates every line; sets a damaged file aside; compacts; writes a fresh index. */
  function loadFull(): void {
    resetIndex()
    const bytes = readIfExists(path)
    if (!bytes) return
    const read = readHistoryLog(bytes)
    let ops = read.lines.map((l) => l.op)
    let rewriteNeeded = false
    if (read.badLines.length > 0) {
      const at = now()
      const movedTo = asideName(path, at)
      writeFileAtomic(movedTo, bytes)
      const bad = read.badLines
      const which = `${bad.length > 1 ? 'lines' : 'line'} ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}`
      options.onRecovered({
        file: path,
        movedTo,
        reason: `${bad.length} ${bad.length > 1 ? 'lines' : 'line'} of the history could not be read (${which}); every other session was kept`,
        at: at.toISOString(),
      })
      rewriteNeeded = true
    }
    const live = liveOps(ops)
    if (
      ops.length >= COMPACT_MIN_LINES &&
      (ops.length - live.length) / ops.length > COMPACT_RATIO
    ) {
      ops = live
      rewriteNeeded = true
    }
    let lines: IndexLine[]
    if (rewriteNeeded) {
      const text = ops.map(formatOp).join('')
      writeFileAtomic(path, text)
      lines = readHistoryLog(Buffer.from(text, 'utf8')).lines.map((l) => ({
        o: l.offset,
        l: l.length,
        x: toIndexOp(l.op),
      }))
    } else {
      if (read.tornBytes > 0) truncateSync(path, read.goodLength)
      lines = read.lines.map((l) => ({ o: l.offset, l: l.length, x: toIndexOp(l.op) }))
    }
    for (const line of lines) apply(line.x, line.o, line.l)
    size = indexEnd(lines)
    writeFileAtomic(indexPath, lines.map(formatIndexLine).join(''))
  }

  function endsWithNewline(at: number): boolean {
    if (at === 0) return true
    return readRange(at - 1, 1)[0] === 0x0a
  }

  function readRange(offset: number, length: number): Buffer {
    const buffer = Buffer.alloc(length)
    const fd = openSync(path, 'r')
    try {
      let read = 0
      while (read < length) {
        const n = readSync(fd, buffer, read, length - read, offset + read)
        if (n === 0) break
        read += n
      }
    } finally {
      closeSync(fd)
    }
    return buffer
  }

  function sortOrder() {
    order = [...entries.entries()]
      .filter(([, e]) => !e.deleted)
      .sort(([, a], [, b]) => b.t - a.t)
      .map(([id]) => id)
  }

  function resetIndex() {
    entries.clear()
    order = []
    size = 0
  }

  function apply(op: IndexOp, offset: number, length: number) {
    switch (op.op) {
      case 'put': {
        const previous = entries.get(op.summary.id)
        if (previous && !previous.deleted) removeFromOrder(op.summary.id)
        entries.set(op.summary.id, {
          summary: op.summary,
          t: Date.parse(op.summary.startedAt),
          offset,
          length,
          deleted: false,
        })
        insertInOrder(op.summary.id)
        return
      }
      case 'annotate': {
        const entry = entries.get(op.annotation.id)
        if (!entry) return
        entry.annotation = { ...entry.annotation, ...op.annotation }
        if (op.annotation.rpe !== undefined)
          entry.summary = { ...entry.summary, rpe: op.annotation.rpe }
        if (op.annotation.loads !== undefined)
          entry.summary = { ...entry.summary, loads: summaryLoads(op.annotation.loads) }
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

  /** The log line is durable (fsynced) before anything else; the index line is a cache and may lag. */
  function write(op: HistoryOp) {
    const line = formatOp(op)
    log.append(line)
    const length = Buffer.byteLength(line, 'utf8') - 1
    const indexLine: IndexLine = { o: size, l: length, x: toIndexOp(op) }
    index.appendUnsynced(formatIndexLine(indexLine))
    apply(indexLine.x, size, length)
    size += length + 1
    revision++
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

  /** The session stored at an entry's place in the log, or null if that line is not (or no longer) it. */
  function readStored(entry: Entry): Session | null {
    const op = parseLine(readRange(entry.offset, entry.length).toString('utf8'))
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

  function matching(filter?: HistoryFilter): string[] {
    if (!filter || Object.keys(filter).length === 0) return order
    const from = filter.from ? Date.parse(filter.from) : -Infinity
    const to = filter.to ? Date.parse(filter.to) : Infinity
    return order.filter((id) => {
      const entry = entries.get(id)!
      const s = entry.summary
      if (filter.circuitId && s.circuitId !== filter.circuitId) return false
      if (filter.category && s.category !== filter.category) return false
      if (filter.status && s.status !== filter.status) return false
      const day = s.startedAt.slice(0, 10)
      if ((filter.fromDay && day < filter.fromDay) || (filter.toDay && day > filter.toDay))
        return false
      return entry.t >= from && entry.t <= to
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
      if (entries.has(session.id))
        throw new AppError('conflict', 'A session with this id is already in your history.')
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
    undelete(id) {
      const entry = entries.get(id)
      if (!entry) throw new AppError('not-found', 'That session is not in your history.')
      if (entry.deleted) write({ op: 'undelete', id })
    },
    *sessions(filter) {
      for (const id of [...matching(filter)]) yield load(entries.get(id)!)
    },
    summaries: (filter) => matching(filter).map((id) => entries.get(id)!.summary),
    async verify() {
      const damaged: string[] = []
      let checked = 0
      for (const [id, entry] of [...entries]) {
        if (!entry.deleted && !readStored(entry)) damaged.push(id)
        if (++checked % VERIFY_SLICE === 0) await yieldToLoop()
      }
      if (damaged.length > 0) {
        for (const id of damaged) {
          entries.get(id)!.deleted = true
          removeFromOrder(id)
        }
        revision++
        // Without an index the next start reads the whole log, sets the damaged file aside and rewrites it.
        if (existsSync(indexPath)) unlinkSync(indexPath)
        options.onRecovered({
          file: path,
          movedTo: path,
          reason: `${damaged.length} saved session${damaged.length > 1 ? 's are' : ' is'} damaged on disk and hidden; the next start sets the damaged file aside and keeps every other session`,
          at: now().toISOString(),
        })
      }
      return damaged.length
    },
    revision: () => revision,
    close: () => {
      log.close()
      index.close()
    },
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
