// The history file's line format and a tolerant reader: one JSON operation per line, appended, never edited.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import {
  SESSION_SCHEMA_VERSION,
  SessionAnnotationSchema,
  SessionSchema,
} from '@shared/model/session'

export const HistoryOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), session: SessionSchema }),
  z.object({ op: z.literal('annotate'), annotation: SessionAnnotationSchema }),
  z.object({ op: z.literal('delete'), id: z.string().min(1).max(64) }),
  z.object({ op: z.literal('undelete'), id: z.string().min(1).max(64) }),
])
export type HistoryOp = z.infer<typeof HistoryOpSchema>

export interface ReadLine {
  op: HistoryOp
  /** Byte range of the line in the file, newline excluded. */
  offset: number
  length: number
}

export interface ReadResult {
  lines: ReadLine[]
  /** Lines that could not be parsed or validated (1-based line numbers). */
  badLines: number[]
  /** Bytes after the last newline: a write cut short by a crash, never acknowledged. */
  tornBytes: number
  /** Length of the file up to and including its last complete line. */
  goodLength: number
}

const NEWLINE = 0x0a

export function readHistoryLog(bytes: Buffer): ReadResult {
  const lines: ReadLine[] = []
  const badLines: number[] = []
  let start = 0
  let lineNumber = 0
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start)
    if (end === -1) break
    lineNumber++
    if (end > start) {
      const op = parseLine(bytes.toString('utf8', start, end))
      if (op) lines.push({ op, offset: start, length: end - start })
      else badLines.push(lineNumber)
    }
    start = end + 1
  }
  return { lines, badLines, tornBytes: bytes.length - start, goodLength: start }
}

export function parseLine(text: string): HistoryOp | null {
  try {
    const parsed = HistoryOpSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export const formatOp = (op: HistoryOp): string => `${JSON.stringify(op)}\n`

/** What one line of the log is: an operation, a line from a newer Cadence (kept, skipped), or unreadable. */
export type LineKind =
  { kind: 'op'; op: HistoryOp } | { kind: 'newer'; version: number } | { kind: 'bad' }

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

export function classifyLine(bytes: Uint8Array): LineKind {
  let value: unknown
  try {
    value = JSON.parse(strictUtf8.decode(bytes))
  } catch {
    return { kind: 'bad' }
  }
  const parsed = HistoryOpSchema.safeParse(value)
  if (parsed.success) return { kind: 'op', op: parsed.data }
  const version = newerVersionOf(value)
  return version === null ? { kind: 'bad' } : { kind: 'newer', version }
}

/** The schema version a newer Cadence stamped on a line (on the line or its session), if newer than ours. */
function newerVersionOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as { schemaVersion?: unknown; session?: { schemaVersion?: unknown } }
  for (const version of [record.schemaVersion, record.session?.schemaVersion]) {
    if (
      typeof version === 'number' &&
      Number.isInteger(version) &&
      version > SESSION_SCHEMA_VERSION
    )
      return version
  }
  return null
}

/** A short fingerprint of a line's bytes: the index records it, so it can prove which log it was built from. */
export const lineHash = (bytes: Uint8Array): string =>
  createHash('sha1').update(bytes).digest('hex').slice(0, 16)
