// The history's in-memory index on its own: operations in, order and filters out, no disk.
import { describe, expect, it } from 'vitest'
import { createHistoryEntries } from '@main/store/historyEntries'
import { summarize } from '@shared/model/session'
import { makeSession } from '@tests/fixtures/sessions'

const put = (n: number) => ({ op: 'put' as const, summary: summarize(makeSession(n)) })
const ids = (entries: ReturnType<typeof createHistoryEntries>) => entries.matching()

describe('history entries', () => {
  it('keeps sessions newest first, whatever order they arrive in, in bulk or one by one', () => {
    const one = createHistoryEntries()
    for (const n of [3, 0, 2]) one.apply(put(n), n * 100, 50)
    const bulk = createHistoryEntries()
    bulk.bulk(() => {
      for (const n of [3, 0, 2]) bulk.apply(put(n), n * 100, 50)
    })
    expect(ids(one)).toEqual(['session-000000', 'session-000002', 'session-000003'])
    expect(ids(bulk)).toEqual(ids(one))
    expect(one.get('session-000002')).toMatchObject({ offset: 200, length: 50, deleted: false })
  })

  it('deletes and undeletes, and tells live, deleted and absent apart', () => {
    const entries = createHistoryEntries()
    for (const n of [0, 1]) entries.apply(put(n), n, 1)
    entries.apply({ op: 'delete', id: 'session-000001' }, 10, 1)
    expect(ids(entries)).toEqual(['session-000000'])
    expect(entries.status('session-000001')).toBe('deleted')
    expect(entries.status('nope')).toBe('absent')
    expect(() => entries.live('session-000001')).toThrow(/not in your history/)
    entries.apply({ op: 'undelete', id: 'session-000001' }, 11, 1)
    expect(ids(entries)).toEqual(['session-000000', 'session-000001'])
  })

  it('carries annotations into the summary and counts the lines a compacted log would keep', () => {
    const entries = createHistoryEntries()
    for (const n of [0, 1, 2]) entries.apply(put(n), n, 1)
    entries.apply({ op: 'annotate', annotation: { id: 'session-000000', rpe: 8 } }, 3, 1)
    entries.apply({ op: 'delete', id: 'session-000002' }, 4, 1)
    expect(entries.get('session-000000')!.summary.rpe).toBe(8)
    // Two live sessions, one with an annotation: three lines.
    expect(entries.liveLineCount()).toBe(3)
  })

  it('filters by circuit, status and local day', () => {
    const entries = createHistoryEntries()
    for (const n of [0, 1, 2]) entries.apply(put(n), n, 1)
    const day = makeSession(1).startedAt.slice(0, 10)
    expect(entries.matching({ fromDay: day, toDay: day })).toEqual(['session-000001'])
    expect(entries.matching({ status: 'stopped' })).toEqual([])
    expect(entries.matching({ circuitId: makeSession(0).circuit.id })).toHaveLength(3)
  })
})
