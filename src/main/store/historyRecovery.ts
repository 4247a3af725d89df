// Opening the history at start-up: trust the index where it covers the log, read only the log's tail;
// otherwise read the whole log, set a damaged file aside, cut off a torn last line, compact, re-index.
import { existsSync, statSync, truncateSync, unlinkSync } from 'node:fs'
import type { SessionAnnotation } from '@shared/model/session'
import type { RecoveryNotice } from './document'
import { asideName, readIfExists, readRange, writeFileAtomic } from './durableFile'
import type { HistoryEntries } from './historyEntries'
import { formatIndexLine, indexEnd, readIndex, toIndexOp, type IndexLine } from './historyIndex'
import { formatOp, readHistoryLog, type HistoryOp, type ReadLine } from './historyLog'

export interface HistoryFiles {
  path: string
  indexPath: string
}

export interface RecoveryOptions {
  onRecovered: (notice: RecoveryNotice) => void
  now: () => Date
}

/** A log with this share of dead lines (deleted or superseded) is rewritten at start-up. */
const COMPACT_RATIO = 0.5
const COMPACT_MIN_LINES = 200

/** The one rule for when the log is worth rewriting without its dead lines. */
export const needsCompaction = (lines: number, alive: number): boolean =>
  lines >= COMPACT_MIN_LINES && (lines - alive) / lines > COMPACT_RATIO

const indexed = (lines: readonly ReadLine[], base = 0): IndexLine[] =>
  lines.map((l) => ({ offset: base + l.offset, length: l.length, op: toIndexOp(l.op) }))

/** Fills `entries` from disk; returns how many bytes of the log they cover (where the next line goes). */
export function loadHistory(
  files: HistoryFiles,
  entries: HistoryEntries,
  options: RecoveryOptions
): number {
  let size = 0
  entries.bulk(() => {
    size = loadFromIndex(files, entries) ?? loadFromLog(files, entries, options)
  })
  return size
}

/** The index covers the log (or a prefix of it, whose tail is then read): no session is parsed. */
function loadFromIndex({ path, indexPath }: HistoryFiles, entries: HistoryEntries): number | null {
  if (!existsSync(path)) {
    if (existsSync(indexPath)) unlinkSync(indexPath)
    return 0
  }
  const text = readIfExists(indexPath)?.toString('utf8')
  const lines = text === undefined ? null : readIndex(text)
  const logSize = statSync(path).size
  const end = lines ? indexEnd(lines) : 0
  const endsAtLine = end === 0 || readRange(path, end - 1, 1)[0] === 0x0a
  if (!lines || end > logSize || !endsAtLine) return null
  for (const line of lines) entries.apply(line.op, line.offset, line.length)
  if (needsCompaction(lines.length, entries.liveLineCount())) return giveUp(entries)
  let all = lines
  let size = end
  // Lines appended after the index was last written (a crash between the two writes): read just those.
  if (logSize > size) {
    const read = readHistoryLog(readRange(path, size, logSize - size))
    if (read.badLines.length > 0) return giveUp(entries)
    const extra = indexed(read.lines, size)
    for (const line of extra) entries.apply(line.op, line.offset, line.length)
    all = [...lines, ...extra]
    if (read.tornBytes > 0) truncateSync(path, size + read.goodLength)
    size += read.goodLength
  }
  if (all !== lines || !text?.endsWith('\n'))
    writeFileAtomic(indexPath, all.map(formatIndexLine).join(''))
  return size
}

function giveUp(entries: HistoryEntries): null {
  entries.clear()
  return null
}

/** Reads and validates every line; sets a damaged file aside; compacts; writes a fresh index. */
function loadFromLog(
  { path, indexPath }: HistoryFiles,
  entries: HistoryEntries,
  options: RecoveryOptions
): number {
  entries.clear()
  const bytes = readIfExists(path)
  if (!bytes) return 0
  const read = readHistoryLog(bytes)
  let ops = read.lines.map((l) => l.op)
  let rewrite = false
  if (read.badLines.length > 0) {
    options.onRecovered(setAside(path, bytes, read.badLines, options.now()))
    rewrite = true
  }
  const live = liveOps(ops)
  if (needsCompaction(ops.length, live.length)) {
    ops = live
    rewrite = true
  }
  let lines: IndexLine[]
  if (rewrite) {
    const text = ops.map(formatOp).join('')
    writeFileAtomic(path, text)
    lines = indexed(readHistoryLog(Buffer.from(text, 'utf8')).lines)
  } else {
    if (read.tornBytes > 0) truncateSync(path, read.goodLength)
    lines = indexed(read.lines)
  }
  for (const line of lines) entries.apply(line.op, line.offset, line.length)
  writeFileAtomic(indexPath, lines.map(formatIndexLine).join(''))
  return indexEnd(lines)
}

function setAside(path: string, bytes: Buffer, bad: number[], at: Date): RecoveryNotice {
  const movedTo = asideName(path, at)
  writeFileAtomic(movedTo, bytes)
  const noun = bad.length > 1 ? 'lines' : 'line'
  const which = `${noun} ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}`
  return {
    file: path,
    movedTo,
    reason: `${bad.length} ${noun} of the history could not be read (${which}); every other session was kept`,
    at: at.toISOString(),
  }
}

/** The ops needed to rebuild the current state: each live session once, with its latest annotation. */
export function liveOps(ops: HistoryOp[]): HistoryOp[] {
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
