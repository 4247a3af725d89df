// The duck plan: down before every cue, held through voice lines, no bouncing between close cues.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DUCK_TIMING,
  dbToGain,
  duckRamps,
  duckSpans,
  gainToDb,
  heldCues,
  levelAt,
} from '@shared/music/duckPlan'

const DUCK = dbToGain(-18)
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9

describe('duckSpans', () => {
  it('starts each span the lead before its cue and holds it after', () => {
    expect(duckSpans([10_000], [], 0)).toEqual([{ start: 9_750, end: 10_600 }])
  })

  it('merges cues closer than the gap into one span (3-2-1 pips stay down)', () => {
    expect(duckSpans([7_000, 8_000, 9_000, 10_000], [], 0)).toEqual([{ start: 6_750, end: 10_600 }])
  })

  it('keeps spans apart when the cues are far apart', () => {
    expect(duckSpans([0, 10_000], [], 0)).toHaveLength(2)
  })

  it('holds a voice line its whole length, and an open one until the horizon', () => {
    expect(duckSpans([], [{ start: 5_000, end: 8_500 }], 0)).toEqual([{ start: 4_880, end: 8_500 }])
    expect(duckSpans([], [{ start: 5_000, end: null }], 20_000)).toEqual([
      { start: 4_880, end: 20_000 },
    ])
  })
})

describe('heldCues', () => {
  it('keeps a cue that just fell out of the schedule, so the music stays down under it', () => {
    // The schedule sent at 10 010 no longer lists the cue due at 10 000.
    const cues = heldCues([10_000, 13_000], [13_000], 10_010)
    expect(cues).toEqual([10_000, 13_000])
    const ramps = duckRamps(duckSpans(cues, [], 0), DUCK)
    expect(close(levelAt(ramps, 10_050), DUCK)).toBe(true)
  })

  it('drops future cues the schedule no longer has (a pause), and old ones', () => {
    expect(heldCues([2_000, 10_000, 13_000], [], 10_010)).toEqual([10_000])
  })
})

describe('duckRamps and levelAt', () => {
  it('is at the duck level at the cue and back to full after the hold', () => {
    const ramps = duckRamps(duckSpans([10_000], [], 0), DUCK)
    expect(levelAt(ramps, 9_000)).toBe(1)
    expect(close(levelAt(ramps, 10_000), DUCK)).toBe(true)
    expect(levelAt(ramps, 12_000)).toBe(1)
  })

  it('converts decibels both ways', () => {
    expect(close(gainToDb(dbToGain(-12)), -12)).toBe(true)
    expect(dbToGain(0)).toBe(1)
  })
})

const cueTimes = fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 60 })
const voices = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 600_000 }),
    len: fc.integer({ min: 0, max: 8_000 }),
  }),
  { maxLength: 10 }
)

describe('duck plan properties', () => {
  it('every cue and every moment of a voice line is fully ducked', () => {
    fc.assert(
      fc.property(cueTimes, voices, (cues, vs) => {
        const lines = vs.map((v) => ({ start: v.start, end: v.start + v.len }))
        const ramps = duckRamps(duckSpans(cues, lines, 0), DUCK)
        for (const at of cues) expect(close(levelAt(ramps, at), DUCK)).toBe(true)
        for (const l of lines)
          for (const at of [l.start, (l.start + l.end) / 2, l.end])
            expect(close(levelAt(ramps, at), DUCK)).toBe(true)
      })
    )
  })

  it('spans are sorted and at least the merge gap apart: the music never bounces between close cues', () => {
    fc.assert(
      fc.property(cueTimes, voices, (cues, vs) => {
        const lines = vs.map((v) => ({ start: v.start, end: v.start + v.len }))
        const spans = duckSpans(cues, lines, 0)
        for (let i = 1; i < spans.length; i++)
          expect(spans[i]!.start - spans[i - 1]!.end).toBeGreaterThanOrEqual(DUCK_TIMING.mergeGapMs)
        const ramps = duckRamps(spans, DUCK)
        for (let i = 1; i < ramps.length; i++)
          expect(ramps[i]!.at).toBeGreaterThanOrEqual(ramps[i - 1]!.at)
      })
    )
  })

  it('the music is back to full level a hold and a ramp after a lone cue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), (at) => {
        const ramps = duckRamps(duckSpans([at], [], 0), DUCK)
        expect(levelAt(ramps, at + DUCK_TIMING.holdMs + DUCK_TIMING.rampMs)).toBe(1)
      })
    )
  })
})
