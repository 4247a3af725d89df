// history.index.jsonl: a rebuildable cache of the log, one line per log line, with sessions reduced to summaries,
// so opening 10,000 sessions reads a few MB instead of parsing and validating every session.
import { z } from 'zod'
import { SessionAnnotationSchema, SessionSummarySchema, summarize } from '@shared/model/session'
import type { HistoryOp } from './historyLog'

export const IndexOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), summary: SessionSummarySchema }),
  z.object({ op: z.literal('annotate'), annotation: SessionAnnotationSchema }),
  z.object({ op: z.literal('delete'), id: z.string() }),
  z.object({ op: z.literal('undelete'), id: z.string() }),
  /** A line from a newer Cadence: kept in the log, shown nowhere. */
  z.object({ op: z.literal('newer') }),
])
export type IndexOp = z.infer<typeof IndexOpSchema>

/**
 * Where a log line sits (byte offset and length, newline excluded), what it did, and a hash of its bytes, so
 * the index can prove it was built from this log. On disk the keys are short (o, l, x, h: the index is written
 * once per saved session); they are renamed here, when parsed.
 */
const IndexLineSchema = z
  .object({
    o: z.number().int().min(0),
    l: z.number().int().min(1),
    x: IndexOpSchema,
    h: z.string().min(1).max(64),
  })
  .transform(({ o, l, x, h }) => ({ offset: o, length: l, op: x, hash: h }))
export type IndexLine = z.output<typeof IndexLineSchema>

export function toIndexOp(op: HistoryOp): Exclude<IndexOp, { op: 'newer' }> {
  return op.op === 'put' ? { op: 'put', summary: summarize(op.session) } : op
}

export const formatIndexLine = ({ offset, length, op, hash }: IndexLine): string =>
  `${JSON.stringify({ o: offset, l: length, x: op, h: hash })}\n`

/** The index's lines, or null if any complete line is unreadable or they do not tile the log from its start. */
export function readIndex(text: string): IndexLine[] | null {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1)
  const lines: IndexLine[] = []
  let expected = 0
  for (const raw of complete.split('\n')) {
    if (raw === '') continue
    let parsed: ReturnType<typeof IndexLineSchema.safeParse>
    try {
      parsed = IndexLineSchema.safeParse(JSON.parse(raw))
    } catch {
      return null
    }
    if (!parsed.success || parsed.data.offset !== expected) return null
    lines.push(parsed.data)
    expected = parsed.data.offset + parsed.data.length + 1
  }
  return lines
}

export const indexEnd = (lines: readonly IndexLine[]): number => {
  const last = lines.at(-1)
  return last ? last.offset + last.length + 1 : 0
}
