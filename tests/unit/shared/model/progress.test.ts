import { describe, expect, it } from 'vitest'
import { fractionDone, sessionFraction } from '@shared/model/progress'

describe('progress', () => {
  it('is the share of a span done, kept within 0..1, and an empty span is done', () => {
    expect(fractionDone(30_000, 40_000)).toBeCloseTo(0.25)
    expect(fractionDone(50_000, 40_000)).toBe(0)
    expect(fractionDone(-5, 40_000)).toBe(1)
    expect(fractionDone(0, 0)).toBe(1)
  })

  it('goes through a session by time, or by steps when rep steps make its length unknown', () => {
    const at = { stepIndex: 1, stepCount: 4, leftMs: 90_000, totalMs: 120_000 }
    expect(sessionFraction({ ...at, hasReps: false })).toBeCloseTo(0.25)
    expect(sessionFraction({ ...at, hasReps: true })).toBeCloseTo(0.25)
    expect(sessionFraction({ ...at, hasReps: true, leftMs: 0 })).toBeCloseTo(0.25)
    expect(sessionFraction({ ...at, hasReps: false, totalMs: 0 })).toBeCloseTo(0.25)
    expect(sessionFraction({ ...at, hasReps: false, leftMs: 30_000 })).toBeCloseTo(0.75)
  })
})
