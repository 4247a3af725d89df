// Merging a conflict copy's list into ours by id: added, kept both where they differ, never changed.
import { describe, expect, it } from 'vitest'
import { freeId, mergeById, sameValue } from '@shared/startup/mergeById'

const item = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  ...extra,
})

describe('mergeById', () => {
  it('adds what only the copy has, and counts what both have alike', () => {
    const ours = [item('a', 'A'), item('b', 'B', { work: 30 })]
    const theirs = [item('b', 'B', { work: 30 }), item('c', 'C')]
    expect(mergeById(ours, theirs)).toEqual({
      added: [item('c', 'C')],
      duplicates: 1,
      keptBoth: 0,
    })
  })

  it("keeps both where they differ: the copy's under a free id and a name that says so", () => {
    const ours = [item('a', 'Legs', { work: 30 }), item('a-2', 'Other')]
    const merge = mergeById(ours, [item('a', 'Legs', { work: 45 })])
    expect(merge).toEqual({
      added: [item('a-3', 'Legs (conflict copy)', { work: 45 })],
      duplicates: 0,
      keptBoth: 1,
    })
    // Merging the same copy again adds nothing.
    expect(mergeById([...ours, ...merge.added], [item('a', 'Legs', { work: 45 })])).toEqual({
      added: [],
      duplicates: 1,
      keptBoth: 0,
    })
  })

  it('keeps ids and names within their limits', () => {
    const long = 'x'.repeat(64)
    expect(freeId(long, new Set([long]))).toBe(`${'x'.repeat(62)}-2`)
    const [kept] = mergeById(
      [item('a', 'n'.repeat(80))],
      [item('a', 'n'.repeat(80), { v: 1 })]
    ).added
    expect(kept!.name).toHaveLength(80)
    expect(kept!.name.endsWith(' (conflict copy)')).toBe(true)
  })

  it('compares values, not key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false)
  })
})
