// One pass over the history log's lines: fills the in-memory entries, builds the index, and notes what needs a
// repair (unreadable lines, two sessions sharing an id); plus the rewrite that repairs it without losing a line.
import { formatOp, classifyLine, lineHash, type HistoryOp } from './historyLog'
import { toIndexOp, type IndexLine } from './historyIndex'
import type { HistoryEntries } from './historyEntries'
import { readLinesSync } from './lineReader'
import { rewriteAtomic } from './durableFile'

export class LogScan {
  readonly index: IndexLine[] = []
  /** Line numbers (1-based) that could not be read, and where they start. */
  readonly badLines: number[] = []
  readonly badOffsets = new Set<number>()
  /** A later session whose id was already taken: where its line starts, and the id it gets. */
  readonly renames = new Map<number, string>()
  newerLines = 0
  private lineNumber = 0

  constructor(private readonly entries: HistoryEntries) {}

  take = (bytes: Buffer, offset: number): boolean => {
    this.lineNumber++
    const kind = classifyLine(bytes)
    if (kind.kind === 'bad') {
      this.badLines.push(this.lineNumber)
      this.badOffsets.add(offset)
      return false
    }
    const hash = lineHash(bytes)
    if (kind.kind === 'newer') {
      this.newerLines++
      this.index.push({ offset, length: bytes.length, op: { op: 'newer' }, hash })
      return true
    }
    let op = toIndexOp(kind.op)
    if (op.op === 'put' && this.entries.get(op.summary.id)) {
      const id = this.freeId(op.summary.id)
      this.renames.set(offset, id)
      op = { op: 'put', summary: { ...op.summary, id } }
    }
    this.entries.apply(op, offset, bytes.length)
    this.index.push({ offset, length: bytes.length, op, hash })
    return true
  }

  needsRepair(): boolean {
    return this.badLines.length > 0 || this.renames.size > 0
  }

  /** `id~2`, `id~3`, ...: a new id for the later of two sessions that share one, within the 64-character limit. */
  private freeId(id: string): string {
    for (let n = 2; ; n++) {
      const suffix = `~${n}`
      const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`
      if (!this.entries.get(candidate)) return candidate
    }
  }
}

/** Why a repair was needed, for the one notice that names the copy. */
export function describeRepair(scan: LogScan): string {
  const parts: string[] = []
  const bad = scan.badLines
  if (bad.length > 0) {
    const noun = bad.length > 1 ? 'lines' : 'line'
    const which = `${noun} ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}`
    parts.push(`${bad.length} ${noun} of the history could not be read (${which})`)
  }
  if (scan.renames.size > 0) {
    const n = scan.renames.size
    parts.push(
      `${n} session${n > 1 ? 's' : ''} shared an id with an earlier one and ${n > 1 ? 'were' : 'was'} given a new id`
    )
  }
  return `${parts.join('; ')}; every other session was kept`
}

/**
 * Rewrites the log without its unreadable lines (already copied aside), renaming duplicated ids, and, when
 * compacting, without dead lines. Lines from a newer Cadence are kept byte for byte.
 */
export function rewriteLog(
  path: string,
  scan: LogScan,
  entries: HistoryEntries,
  compact: boolean
): void {
  const live = new Map<number, string>()
  for (const [id, entry] of entries.all()) if (!entry.deleted) live.set(entry.offset, id)
  const newer = new Set(scan.index.filter((l) => l.op.op === 'newer').map((l) => l.offset))
  rewriteAtomic(path, (write) => {
    const line = (op: HistoryOp) => write(Buffer.from(formatOp(op), 'utf8'))
    const verbatim = (bytes: Buffer) => write(Buffer.concat([bytes, Buffer.from('\n')]))
    readLinesSync(path, (bytes, offset) => {
      if (scan.badOffsets.has(offset)) return
      if (newer.has(offset)) return verbatim(bytes)
      const liveId = live.get(offset)
      if (compact && liveId === undefined) return
      const renamed = scan.renames.get(offset)
      if (renamed === undefined) verbatim(bytes)
      else {
        const op = JSON.parse(bytes.toString('utf8')) as HistoryOp & { op: 'put' }
        line({ op: 'put', session: { ...op.session, id: renamed } })
      }
      const note = compact && liveId !== undefined ? entries.get(liveId)?.annotation : undefined
      if (note && liveId) line({ op: 'annotate', annotation: { ...note, id: liveId } })
    })
  })
}
