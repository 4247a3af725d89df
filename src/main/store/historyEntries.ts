// The history's in-memory index: one entry per session (its summary and where its line is in the log),
// kept in newest-first order. Pure bookkeeping over index operations, so it is tested without a disk.
import { AppError } from '@shared/ipc/result'
import {
  summaryLoads,
  type HistoryFilter,
  type SessionAnnotation,
  type SessionSummary,
} from '@shared/model/session'
import type { IndexOp } from './historyIndex'

export interface Entry {
  summary: SessionSummary
  /** Start time in ms, parsed once. */
  startMs: number
  /** Where the session's line is in the log. */
  offset: number
  length: number
  deleted: boolean
  annotation?: SessionAnnotation
}

export type HistoryEntries = ReturnType<typeof createHistoryEntries>

export function createHistoryEntries() {
  const entries = new Map<string, Entry>()
  /** Live ids, newest start first. */
  let order: string[] = []
  /** While loading, the order is built once at the end instead of one insert per line. */
  let bulk = false

  function sortOrder() {
    order = [...entries.entries()]
      .filter(([, e]) => !e.deleted)
      .sort(([, a], [, b]) => b.startMs - a.startMs)
      .map(([id]) => id)
  }
  /** Binary search by start instant; sessions usually arrive newest, so this is near the front. */
  function positionFor(startMs: number): number {
    let lo = 0
    let hi = order.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (entries.get(order[mid]!)!.startMs >= startMs) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  function show(id: string) {
    if (!bulk) order.splice(positionFor(entries.get(id)!.startMs), 0, id)
  }
  function hide(id: string) {
    if (bulk) return
    const i = order.indexOf(id)
    if (i >= 0) order.splice(i, 1)
  }

  return {
    /** Applies many operations, ordering once at the end. */
    bulk(fn: () => void) {
      bulk = true
      try {
        fn()
      } finally {
        bulk = false
        sortOrder()
      }
    },
    apply(op: IndexOp, offset: number, length: number) {
      switch (op.op) {
        case 'newer':
          return
        case 'put': {
          const previous = entries.get(op.summary.id)
          if (previous && !previous.deleted) hide(op.summary.id)
          const startMs = Date.parse(op.summary.startedAt)
          entries.set(op.summary.id, {
            summary: op.summary,
            startMs,
            offset,
            length,
            deleted: false,
          })
          return show(op.summary.id)
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
        case 'delete':
        case 'undelete': {
          const entry = entries.get(op.id)
          const deleted = op.op === 'delete'
          if (!entry || entry.deleted === deleted) return
          entry.deleted = deleted
          return deleted ? hide(op.id) : show(op.id)
        }
      }
    },
    /** The same across awaits: lines arrive a chunk at a time while the log streams in. */
    async bulkAsync(fn: () => Promise<void>) {
      bulk = true
      try {
        await fn()
      } finally {
        bulk = false
        sortOrder()
      }
    },
    clear() {
      entries.clear()
      order = []
    },
    get: (id: string) => entries.get(id),
    /** The entry of a session in history (not deleted), or a not-found error the user can read. */
    live(id: string): Entry {
      const entry = entries.get(id)
      if (!entry || entry.deleted)
        throw new AppError(
          'not-found',
          'That session is not in your history (it may have been deleted).'
        )
      return entry
    },
    status(id: string): 'live' | 'deleted' | 'absent' {
      const entry = entries.get(id)
      return !entry ? 'absent' : entry.deleted ? 'deleted' : 'live'
    },
    /** Hides sessions found damaged on disk, as if deleted. */
    hideDamaged(ids: readonly string[]) {
      for (const id of ids) {
        entries.get(id)!.deleted = true
        hide(id)
      }
    },
    /** Every session ever put, deleted ones included. */
    all: () => [...entries],
    /** Lines a compacted log would have: each live session, plus its annotation if it has one. */
    liveLineCount(): number {
      let lines = 0
      for (const entry of entries.values()) if (!entry.deleted) lines += entry.annotation ? 2 : 1
      return lines
    },
    /** Live ids matching the filter, newest first. */
    matching(filter?: HistoryFilter): string[] {
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
        return entry.startMs >= from && entry.startMs <= to
      })
    },
  }
}
