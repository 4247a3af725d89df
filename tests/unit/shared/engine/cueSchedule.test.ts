import { ENGLISH_WORDS } from '@tests/unit/helpers/wording'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cueKey, nextHorizonEntry, upcomingCues } from '@shared/engine/cueSchedule'
import { toSessionStep } from '@shared/engine/sessionSteps'
import { circuitArb, circuit, exercise } from '@tests/unit/helpers/circuits'
import { runTimer } from '@tests/unit/helpers/timer'

describe('look-ahead cue schedule', () => {
  it('wakes the page when the next cue comes within the horizon, and never for one already in it', () => {
    const cues = [{ dueAt: 10_000 }, { dueAt: 4_000 }, { dueAt: 2_400 }]
    // 2400 is already within 1500 of 1000; 4000 enters at 2500, before 10000 does at 8500.
    expect(nextHorizonEntry(cues, 1_000, 1_500)).toBe(2_500)
    expect(nextHorizonEntry(cues, 2_500, 1_500)).toBe(8_500)
    expect(nextHorizonEntry(cues, 8_500, 1_500)).toBeNull()
    expect(nextHorizonEntry([], 0, 1_500)).toBeNull()
  })

  it('schedules exactly the cues the machine emits, on random circuits with random controls', () => {
    type Action = 'PAUSE' | 'RESUME' | 'NEXT' | 'PREVIOUS' | 'ADD_TIME' | 'REMOVE_TIME' | 'DONE'
    const controls = fc.array(
      fc.record({
        waitMs: fc.integer({ min: 0, max: 8_000 }),
        action: fc.constantFrom<Action>(
          'PAUSE',
          'RESUME',
          'NEXT',
          'PREVIOUS',
          'ADD_TIME',
          'REMOVE_TIME',
          'DONE'
        ),
      }),
      { maxLength: 20 }
    )
    const TICK = 50
    const HORIZON = 1_500
    fc.assert(
      fc.property(circuitArb(), controls, (c, moves) => {
        const t = runTimer(c)
        t.send('START')
        const controlTimes: number[] = [t.clock.now()]
        const announced = new Map<string, { at: number; dueAt: number }>()
        const look = () => {
          for (const cue of upcomingCues(t.ctx(), t.clock.now(), HORIZON)) {
            if (!announced.has(cue.key))
              announced.set(cue.key, { at: t.clock.now(), dueAt: cue.dueAt })
          }
        }
        const control = (action: Action) => {
          controlTimes.push(t.clock.now())
          t.send(action)
          look()
        }
        const wait = (ms: number) => {
          for (let left = ms; left > 0 && t.status() === 'active'; left -= TICK) {
            look()
            t.advance(Math.min(TICK, left))
          }
        }
        for (const { waitMs, action } of moves) {
          wait(waitMs)
          if (t.status() !== 'active') break
          control(action)
        }
        while (t.status() === 'active') {
          if (t.state() === 'paused') control('RESUME')
          else if (t.ctx().plan.steps[t.stepIndex()]!.durationMs === null) control('DONE')
          wait(60_000)
        }
        const emitted = t.cues.map((cue) => ({ ...cue, key: cueKey(cue) }))
        const emittedKeys = new Set(emitted.map((cue) => cue.key))
        const touched = (from: number, to: number) =>
          controlTimes.some((at) => at >= from && at <= to)

        // Machine -> audio: a cue that no control moved (none from a tick before it was due until it
        // sounded) was scheduled ahead.
        // Left alone for the whole look-ahead, it was scheduled a full horizon ahead.
        for (const cue of emitted) {
          if (touched(cue.dueAt - TICK, cue.at)) continue
          expect(announced.has(cue.key), `never scheduled: ${cue.key}`).toBe(true)
          const { at } = announced.get(cue.key)!
          expect(at).toBeLessThanOrEqual(cue.dueAt)
          if (!touched(cue.dueAt - HORIZON - TICK, cue.at))
            expect(at, `scheduled late: ${cue.key}`).toBeLessThanOrEqual(cue.dueAt - HORIZON + TICK)
        }
        // Audio -> machine: a scheduled cue that nobody disturbed is emitted (no phantom cues).
        const endedAt = t.ctx().endedAt!
        for (const [key, { at, dueAt }] of announced) {
          if (touched(at, dueAt) || dueAt > endedAt) continue
          expect(emittedKeys.has(key), `scheduled but never emitted: ${key}`).toBe(true)
        }
      }),
      { numRuns: 80 }
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

describe('spoken announcements', () => {
  it('names the move and its length, and what comes next during rests', async () => {
    const { announcement } = await import('@shared/engine/announce')
    const t = runTimer(circuit({ prepareSec: 5, defaults: { workSec: 40, restSec: 20 } }))
    t.send('START')
    t.advance(70_000)
    const said = t.cues
      .map((c) => announcement(c, { halfway: true }, ENGLISH_WORDS))
      .filter(Boolean)
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
        { halfway: false },
        ENGLISH_WORDS
      )
    ).toBeNull()
  })
})
