// Reading the journal of an unfinished session line by line: one unreadable line costs only itself, never the
// steps after it. Pure over the file's bytes, so every kind of damage is tested without a disk.
import {
  JournalBeginSchema,
  JournalProgressSchema,
  JournalSnapshotSchema,
  type PendingSession,
} from '@shared/model/journal'

export interface JournalRead {
  /** Null when the first line (which session this was) cannot be read. */
  pending: PendingSession | null
  /** Lines skipped: unreadable, or another session's. */
  skipped: number
  /** Bytes after the last newline: a step cut short by a crash. */
  tornBytes: number
  /** The lines that were read, to write back without the damaged ones. */
  goodLines: string[]
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

function parse(line: Uint8Array): unknown {
  try {
    return JSON.parse(strictUtf8.decode(line))
  } catch {
    return undefined
  }
}

function splitLines(bytes: Buffer): { lines: Buffer[]; tornBytes: number } {
  const lines: Buffer[] = []
  let start = 0
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    if (end > start) lines.push(bytes.subarray(start, end))
    start = end + 1
  }
  return { lines, tornBytes: bytes.length - start }
}

export function readJournalBytes(bytes: Buffer): JournalRead {
  const { lines, tornBytes } = splitLines(bytes)
  const [first, ...rest] = lines
  const begin = first ? JournalBeginSchema.safeParse(parse(first)) : null
  if (!begin?.success) return { pending: null, skipped: lines.length, tornBytes, goodLines: [] }
  const pending: PendingSession = { ...begin.data, steps: [], timer: null }
  const goodLines = [first!.toString('utf8')]
  let skipped = 0
  for (const line of rest) {
    const value = parse(line)
    const progress = JournalProgressSchema.safeParse(value)
    const snapshot = progress.success ? null : JournalSnapshotSchema.safeParse(value)
    const sessionId = progress.success ? progress.data.sessionId : snapshot?.data?.sessionId
    if (sessionId !== pending.sessionId) {
      skipped++
      continue
    }
    if (progress.success) pending.steps.push(progress.data.step)
    else if (snapshot?.success) pending.timer = snapshot.data.timer
    goodLines.push(line.toString('utf8'))
  }
  return { pending, skipped, tornBytes, goodLines }
}
