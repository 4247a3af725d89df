// Opening the history at start-up: trust the index only where it proves it was built from this log (offsets
// that tile it, hashes of its lines), reading just the log's tail; otherwise read the whole log as a stream.
// Every repair copies the original bytes aside first; nothing is cut off or rewritten away without a copy.
import {
  closeSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs'
import type { RecoveryNotice } from './document'
import { readRange, writeFileAtomic } from './durableFile'
import type { HistoryEntries } from './historyEntries'
import { formatIndexLine, indexEnd, readIndex, type IndexLine } from './historyIndex'
import { classifyLine, lineHash } from './historyLog'
import { describeRepair, LogScan, rewriteLog } from './historyScan'
import { keepBytes, keepFileCopy, keptNotice } from './keepOriginal'
import { readLines, readLinesSync, type LinesRead, type OnProgress } from './lineReader'
import { t } from '../i18n/mainLanguage'

export interface HistoryFiles {
  path: string
  indexPath: string
}

export interface RecoveryOptions {
  onRecovered: (notice: RecoveryNotice) => void
  now: () => Date
  chunkBytes?: number | undefined
  onProgress?: OnProgress | undefined
  /** Another Cadence holds the folder (or it may not be written): read, and change nothing on disk. */
  readOnly?: (() => boolean) | undefined
}

export interface Loaded {
  /** Bytes of the log the entries cover: where the next line goes. */
  size: number
  /** False when the index could not be written: the store then runs without one. */
  indexWritable: boolean
}

/** A log with this share of dead lines (deleted or superseded) is rewritten at start-up. */
const COMPACT_RATIO = 0.5
const COMPACT_MIN_LINES = 200

/** The one rule for when the log is worth rewriting without its dead lines. */
export const needsCompaction = (lines: number, alive: number): boolean =>
  lines >= COMPACT_MIN_LINES && (lines - alive) / lines > COMPACT_RATIO

/** Fills `entries` from disk, reading the whole log synchronously if the index cannot be trusted. */
export function loadHistory(
  files: HistoryFiles,
  entries: HistoryEntries,
  options: RecoveryOptions
): Loaded {
  const fromIndex = bulk(entries, () => loadFromIndex(files, entries, options))
  if (fromIndex) return fromIndex
  return bulk(entries, () => {
    const scan = new LogScan(entries)
    const read = readLinesSync(files.path, scan.take, { chunkBytes: options.chunkBytes })
    return settle(files, entries, scan, read, options)
  })
}

/** The same, reading the log in chunks between which the window and IPC keep running. */
export async function loadHistoryAsync(
  files: HistoryFiles,
  entries: HistoryEntries,
  options: RecoveryOptions
): Promise<Loaded> {
  const fromIndex = bulk(entries, () => loadFromIndex(files, entries, options))
  if (fromIndex) return fromIndex
  const scan = new LogScan(entries)
  let read: LinesRead = { end: 0, tail: Buffer.alloc(0) }
  // Entries are ordered once at the end; the lines themselves arrive between awaits.
  await entries.bulkAsync(async () => {
    read = await readLines(files.path, scan.take, {
      chunkBytes: options.chunkBytes,
      onProgress: options.onProgress,
    })
  })
  return bulk(entries, () => settle(files, entries, scan, read, options))
}

function bulk<T>(entries: HistoryEntries, fn: () => T): T {
  let result!: T
  entries.bulk(() => (result = fn()))
  return result
}

/** The index proves itself (tiles the log, first and last line hashes match); only the log's tail is read. */
function loadFromIndex(
  files: HistoryFiles,
  entries: HistoryEntries,
  options: RecoveryOptions
): Loaded | null {
  const lines = readIndexFile(files.indexPath)
  const logSize = statSync(files.path).size
  if (!lines || !provesItself(files.path, lines, logSize)) return null
  for (const line of lines) entries.apply(line.op, line.offset, line.length)
  const scan = new LogScan(entries)
  scan.index.push(...lines)
  scan.newerLines = lines.filter((line) => line.op.op === 'newer').length
  if (needsCompaction(lines.length, entries.liveLineCount() + scan.newerLines))
    return giveUp(entries)
  const end = indexEnd(lines)
  if (logSize === end) {
    noticeNewer(files.path, scan, options)
    return { size: end, indexWritable: true }
  }
  // Lines appended after the index was last written (a crash between the two writes): read just those.
  const read = readLinesSync(files.path, scan.take, { start: end, chunkBytes: options.chunkBytes })
  if (scan.needsRepair()) return giveUp(entries)
  return settle(files, entries, scan, read, options)
}

function readIndexFile(indexPath: string): IndexLine[] | null {
  try {
    return readIndex(readFileSync(indexPath, 'utf8'))
  } catch {
    // Missing, unreadable (owned by another user), a folder: only a cache, so the log is read instead.
    return null
  }
}

function provesItself(path: string, lines: IndexLine[], logSize: number): boolean {
  const end = indexEnd(lines)
  if (end > logSize || (end > 0 && readRange(path, end - 1, 1)[0] !== 0x0a)) return false
  const first = lines[0]
  const last = lines.at(-1)
  return [first, last].every(
    (line) => !line || lineHash(readRange(path, line.offset, line.length)) === line.hash
  )
}

function giveUp(entries: HistoryEntries): null {
  entries.clear()
  return null
}

/** After a read: keeps or sets aside the tail, repairs or compacts, and writes a fresh index. */
function settle(
  files: HistoryFiles,
  entries: HistoryEntries,
  scan: LogScan,
  read: LinesRead,
  options: RecoveryOptions
): Loaded {
  if (options.readOnly?.()) return settleReadOnly(files.path, scan, read, options)
  let size = settleTail(files.path, scan, read, options)
  const compact = needsCompaction(scan.index.length, entries.liveLineCount() + scan.newerLines)
  let current = scan
  if (scan.needsRepair() || compact) {
    if (scan.needsRepair()) {
      const at = options.now()
      const copy = keepFileCopy(files.path, at)
      options.onRecovered(keptNotice(files.path, copy, describeRepair(scan), at))
    }
    rewriteLog(files.path, scan, entries, compact)
    entries.clear()
    current = new LogScan(entries)
    size = readLinesSync(files.path, current.take, { chunkBytes: options.chunkBytes }).end
  }
  noticeNewer(files.path, current, options)
  return { size, indexWritable: writeIndex(files.indexPath, current.index) }
}

/**
 * Read-only (another Cadence writes here): no repair, compaction, tail cut or index write, since the other
 * instance may be appending at this moment. A tail that reads is shown; anything else waits for the writer.
 */
function settleReadOnly(
  path: string,
  scan: LogScan,
  read: LinesRead,
  options: RecoveryOptions
): Loaded {
  if (read.tail.length > 0 && classifyLine(read.tail).kind !== 'bad') scan.take(read.tail, read.end)
  noticeNewer(path, scan, options)
  return { size: read.end, indexWritable: false }
}

/** Lines from a newer Cadence stay in the log untouched; the user is told why they are not listed. */
function noticeNewer(path: string, scan: LogScan, options: RecoveryOptions) {
  const n = scan.newerLines
  if (n === 0) return
  const reason = t('main:notices.newerLines', { count: n })
  options.onRecovered(keptNotice(path, null, reason, options.now()))
}

/**
 * The bytes after the last newline. A line that reads (a hand edit without its newline) is kept and given one;
 * anything else (junk, a write cut short) is copied aside byte for byte before the log is cut back.
 */
function settleTail(
  path: string,
  scan: LogScan,
  read: LinesRead,
  options: RecoveryOptions
): number {
  if (read.tail.length === 0) return read.end
  if (classifyLine(read.tail).kind !== 'bad') {
    appendDurably(path, '\n')
    scan.take(read.tail, read.end)
    return read.end + read.tail.length + 1
  }
  const at = options.now()
  const copy = keepBytes(path, read.tail, at)
  truncateDurably(path, read.end)
  const reason = t('main:notices.tornTail', { count: read.tail.length })
  options.onRecovered(keptNotice(path, copy, reason, at))
  return read.end
}

/** Opens `path`, changes it through the descriptor and fsyncs it before returning: a repair that stays made. */
function changeDurably(path: string, flags: 'a' | 'r+', change: (fd: number) => void) {
  const fd = openSync(path, flags)
  try {
    change(fd)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

const appendDurably = (path: string, text: string) =>
  changeDurably(path, 'a', (fd) => writeSync(fd, text))
const truncateDurably = (path: string, size: number) =>
  changeDurably(path, 'r+', (fd) => ftruncateSync(fd, size))

/** Writes the index; if that fails (a folder in its place, no permission), the store runs without one. */
function writeIndex(indexPath: string, lines: IndexLine[]): boolean {
  try {
    writeFileAtomic(indexPath, lines.map(formatIndexLine).join(''))
    return true
  } catch {
    return false
  }
}
