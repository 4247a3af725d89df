import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cueKey, upcomingCues } from '../../../../src/shared/engine/cueSchedule'
import { toSessionStep } from '../../../../src/shared/engine/sessionSteps'
import { circuitArb, circuit, exercise } from '../../helpers/circuits'
import { runTimer } from '../../helpers/timer'
import { contrastRatio, readableTextOn } from '../../../../src/shared/color'

describe('look-ahead cue schedule', () => {
  it('announces every cue the machine later emits, with the same key, before it is due', () => {
    fc.assert(
      fc.property(circuitArb({ manual: false }), (c) => {
        const t = runTimer(c)
        t.send('START')
        const announced = new Map<string, number>()
        while (t.status() === 'active') {
          for (const cue of upcomingCues(t.ctx(), t.clock.now(), 1_500)) {
            if (!announced.has(cue.key)) announced.set(cue.key, t.clock.now())
          }
          t.advance(50)
        }
        const emitted = t.cues.slice(1) // the first step starts on the START press itself
        for (const cue of emitted) {
          const key = cueKey(cue)
          expect(announced.has(key), key).toBe(true)
          expect(announced.get(key)!).toBeLessThanOrEqual(cue.dueAt)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('has nothing to schedule while paused, and reschedules with new times after', () => {
    const t = runTimer(circuit({ prepareSec: 5 }))
    t.send('START')
    t.advance(1_000)
    const before = upcomingCues(t.ctx(), t.clock.now(), 5_000).map((c) => c.key)
    expect(before).toEqual([
      '0:countdown3@2000',
      '0:countdown2@3000',
      '0:countdown1@4000',
      '1:stepStart@5000',
    ])
    t.send('PAUSE')
    expect(upcomingCues(t.ctx(), t.clock.now(), 5_000)).toEqual([])
    t.advance(500)
    t.send('RESUME')
    expect(upcomingCues(t.ctx(), t.clock.now(), 5_000).map((c) => c.key)).toEqual([
      '0:countdown3@2500',
      '0:countdown2@3500',
      '0:countdown1@4500',
      '1:stepStart@5500',
    ])
  })

  it('stops looking ahead at a manual step, whose end nobody knows', () => {
    const t = runTimer(
      circuit({ prepareSec: 2 }, [
        {
          id: 'b',
          rounds: 1,
          restBetweenRoundsSec: 0,
          exercises: [exercise('Push-ups', { mode: 'reps', reps: 10 }), exercise('B')],
        },
      ])
    )
    t.send('START')
    expect(upcomingCues(t.ctx(), t.clock.now(), 60_000).map((c) => c.type)).toEqual([
      'countdown',
      'stepStart',
    ])
  })
})

describe('session steps from the timer log', () => {
  it('measures active time without pauses, from the session start', () => {
    const t = runTimer(circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }))
    t.clock.set(1_000)
    t.send('START')
    t.advance(7_000)
    t.send('PAUSE')
    t.advance(3_000)
    t.send('RESUME')
    t.advance(8_000)
    const [, work] = t.ctx().log.map((r) => toSessionStep(t.plan, r, t.ctx().startedAt))
    expect(work).toEqual({
      stepIndex: 1,
      kind: 'work',
      label: 'Bent-over rows',
      exerciseName: 'Bent-over rows',
      block: 1,
      round: 1,
      plannedMs: 10_000,
      startOffsetMs: 5_000,
      actualMs: 10_000,
      pausedMs: 3_000,
      addedMs: 0,
      outcome: 'completed',
    })
  })
})

describe('phase colours', () => {
  it('picks the text colour that reads, at WCAG AA for large text or better', () => {
    for (const bg of [
      '#c2410c',
      '#1d4ed8',
      '#6d28d9',
      '#374151',
      '#b45309',
      '#0f766e',
      '#0e7490',
      '#fde047',
      '#ffffff',
      '#000000',
    ]) {
      expect(contrastRatio(bg, readableTextOn(bg)), bg).toBeGreaterThanOrEqual(4.5)
    }
    expect(readableTextOn('#fde047')).toBe('#0b0d10')
    expect(readableTextOn('#1d4ed8')).toBe('#ffffff')
  })
})

describe('spoken announcements', () => {
  it('names the move and its length, and what comes next during rests', async () => {
    const { announcement } = await import('../../../../src/shared/engine/announce')
    const t = runTimer(circuit({ prepareSec: 5, defaults: { workSec: 40, restSec: 20 } }))
    t.send('START')
    t.advance(70_000)
    const said = t.cues.map((c) => announcement(c, { halfway: true })).filter(Boolean)
    expect(said.slice(0, 5)).toEqual([
      'Get ready. First: Bent-over rows',
      'Bent-over rows, 40 seconds',
      'Halfway',
      'Rest, 20 seconds. Next: Face pulls',
      'Face pulls, 40 seconds',
    ])
    expect(
      announcement(
        t.cues.find((c) => c.type === 'halfway')!,
        { halfway: false }
      )
    ).toBeNull()
  })
})
