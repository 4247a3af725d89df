// The history's in-memory index on its own: operations in, order and filters out, no disk.
import { describe, expect, it } from 'vitest'
import { createHistoryEntries } from '@main/store/historyEntries'
import { summarize } from '@shared/model/session'
import { FIXTURE_CIRCUIT, makeSession } from '@tests/fixtures/sessions'

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

  it('filters by circuit, category, status and local day, each alone and together', () => {
    // Two circuits and both statuses, so a filter that ignores its field returns too much.
    const other = { ...FIXTURE_CIRCUIT, id: 'circuit-other', category: 'strength' as const }
    const sessions = [
      makeSession(0),
      makeSession(1, { circuit: other }),
      makeSession(2, { overrides: { status: 'stopped' } }),
      makeSession(3, { circuit: other, overrides: { status: 'stopped' } }),
    ]
    const entries = createHistoryEntries()
    sessions.forEach((s, n) => entries.apply({ op: 'put', summary: summarize(s) }, n, 1))
    const id = (n: number) => `session-00000${n}`

    expect(entries.matching({ circuitId: FIXTURE_CIRCUIT.id })).toEqual([id(0), id(2)])
    expect(entries.matching({ circuitId: other.id })).toEqual([id(1), id(3)])
    expect(entries.matching({ category: 'strength' })).toEqual([id(1), id(3)])
    expect(entries.matching({ status: 'stopped' })).toEqual([id(2), id(3)])
    expect(entries.matching({ status: 'completed' })).toEqual([id(0), id(1)])
    expect(entries.matching({ circuitId: other.id, status: 'stopped' })).toEqual([id(3)])
    const day = sessions[1]!.startedAt.slice(0, 10)
    expect(entries.matching({ fromDay: day, toDay: day })).toEqual([id(1)])
    expect(entries.matching({ fromDay: day })).toEqual([id(0), id(1)])
    expect(entries.matching({ toDay: day, status: 'completed' })).toEqual([id(1)])
  })
})
