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
import { t } from '../i18n/mainLanguage'

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

/** Live ids, newest start first. While loading (bulk), it is sorted once at the end, not per line. */
function liveOrder(entries: Map<string, Entry>) {
  let order: string[] = []
  let bulk = false
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
  return {
    ids: () => order,
    beginBulk: () => void (bulk = true),
    endBulk() {
      bulk = false
      order = [...entries.entries()]
        .filter(([, e]) => !e.deleted)
        .sort(([, a], [, b]) => b.startMs - a.startMs)
        .map(([id]) => id)
    },
    show(id: string) {
      if (!bulk) order.splice(positionFor(entries.get(id)!.startMs), 0, id)
    },
    hide(id: string) {
      if (bulk) return
      const i = order.indexOf(id)
      if (i >= 0) order.splice(i, 1)
    },
    clear: () => void (order = []),
  }
}

/** An annotation changes the entry's summary too, so lists show the new RPE and loads. */
function annotate(entry: Entry, annotation: SessionAnnotation) {
  entry.annotation = { ...entry.annotation, ...annotation }
  if (annotation.rpe !== undefined) entry.summary = { ...entry.summary, rpe: annotation.rpe }
  if (annotation.loads !== undefined)
    entry.summary = { ...entry.summary, loads: summaryLoads(annotation.loads) }
}

/** Whether a live entry passes the history filter (`from` and `to` parsed once by the caller). */
function passes(entry: Entry, filter: HistoryFilter, from: number, to: number): boolean {
  const s = entry.summary
  if (filter.circuitId && s.circuitId !== filter.circuitId) return false
  if (filter.category && s.category !== filter.category) return false
  if (filter.status && s.status !== filter.status) return false
  const day = s.startedAt.slice(0, 10)
  if ((filter.fromDay && day < filter.fromDay) || (filter.toDay && day > filter.toDay)) return false
  return entry.startMs >= from && entry.startMs <= to
}

/** What is asked of the entries; nothing here changes them. */
function entryQueries(entries: Map<string, Entry>, order: ReturnType<typeof liveOrder>) {
  return {
    get: (id: string) => entries.get(id),
    /** The entry of a session in history (not deleted), or a not-found error the user can read. */
    live(id: string): Entry {
      const entry = entries.get(id)
      if (!entry || entry.deleted) throw new AppError('not-found', t('main:store.sessionDeleted'))
      return entry
    },
    status(id: string): 'live' | 'deleted' | 'absent' {
      const entry = entries.get(id)
      return !entry ? 'absent' : entry.deleted ? 'deleted' : 'live'
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
      if (!filter || Object.keys(filter).length === 0) return order.ids()
      const from = filter.from ? Date.parse(filter.from) : -Infinity
      const to = filter.to ? Date.parse(filter.to) : Infinity
      return order.ids().filter((id) => passes(entries.get(id)!, filter, from, to))
    },
  }
}

export function createHistoryEntries() {
  const entries = new Map<string, Entry>()
  const order = liveOrder(entries)

  function put(summary: SessionSummary, offset: number, length: number) {
    const previous = entries.get(summary.id)
    if (previous && !previous.deleted) order.hide(summary.id)
    const startMs = Date.parse(summary.startedAt)
    entries.set(summary.id, { summary, startMs, offset, length, deleted: false })
    order.show(summary.id)
  }
  function setDeleted(id: string, deleted: boolean) {
    const entry = entries.get(id)
    if (!entry || entry.deleted === deleted) return
    entry.deleted = deleted
    if (deleted) order.hide(id)
    else order.show(id)
  }

  return {
    ...entryQueries(entries, order),
    /** Applies many operations, ordering once at the end. */
    bulk(fn: () => void) {
      order.beginBulk()
      try {
        fn()
      } finally {
        order.endBulk()
      }
    },
    apply(op: IndexOp, offset: number, length: number) {
      switch (op.op) {
        case 'newer':
          return
        case 'put':
          return put(op.summary, offset, length)
        case 'annotate': {
          const entry = entries.get(op.annotation.id)
          if (entry) annotate(entry, op.annotation)
          return
        }
        case 'delete':
        case 'undelete':
          return setDeleted(op.id, op.op === 'delete')
      }
    },
    /** The same across awaits: lines arrive a chunk at a time while the log streams in. */
    async bulkAsync(fn: () => Promise<void>) {
      order.beginBulk()
      try {
        await fn()
      } finally {
        order.endBulk()
      }
    },
    clear() {
      entries.clear()
      order.clear()
    },
    /** Hides sessions found damaged on disk, as if deleted. */
    hideDamaged(ids: readonly string[]) {
      for (const id of ids) {
        entries.get(id)!.deleted = true
        order.hide(id)
      }
    },
  }
}
