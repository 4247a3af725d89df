import { describe, expect, it } from 'vitest'
import { createActor, SimulatedClock } from 'xstate'
import { compilePlan } from '@shared/engine/plan'
import { timerMachine } from '@shared/engine/timerMachine'
import { sessionRemainingMs, stepProgress } from '@shared/engine/selectors'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runTimer } from '@tests/unit/helpers/timer'

/** prepare 5 s, then A 10 s, rest 5 s, B 10 s, rest 5 s, C 10 s (1 round). */
const small = () =>
  circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }, [
    {
      id: 'b',
      rounds: 1,
      restBetweenRoundsSec: 0,
      exercises: [exercise('A'), exercise('B'), exercise('C')],
    },
  ])

describe('timer machine: a whole session', () => {
  it('runs the metabolic circuit start to finish at exactly the planned time', () => {
    const t = runTimer(circuit())
    expect(t.state()).toBe('idle')
    t.send('START')
    expect(t.state()).toEqual({ running: 'timed' })
    t.advance(10_000 - 50)
    expect(t.ctx().stepIndex).toBe(0)
    t.advance(50)
    expect(t.ctx().stepIndex).toBe(1)
    expect(t.remaining()).toBe(40_000)
    t.advance(t.plan.totals.durationMs - 10_000 - 1)
    expect(t.status()).toBe('active')
    t.advance(1)
    expect(t.state()).toBe('finished')
    expect(t.status()).toBe('done')
    expect(t.ctx().endedAt).toBe(t.plan.totals.durationMs)
    expect(t.ctx().log).toHaveLength(t.plan.steps.length)
    for (const [i, record] of t.ctx().log.entries()) {
      const step = t.plan.steps[i]!
      expect(record).toEqual({
        stepIndex: i,
        startedAt: step.offsetMs,
        endedAt: step.offsetMs + step.durationMs!,
        pausedMs: 0,
        addedMs: 0,
        outcome: 'completed',
      })
    }
  })

  it('emits cues in order with their exact planned due times', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(60_000)
    const summary = t.cues.map(
      (c) => `${c.type}${'secondsLeft' in c ? c.secondsLeft : ''}@${c.dueAt}`
    )
    expect(summary).toEqual([
      'stepStart@0',
      'countdown3@2000',
      'countdown2@3000',
      'countdown1@4000',
      'stepStart@5000',
      'halfway@10000',
      'countdown3@12000',
      'countdown2@13000',
      'countdown1@14000',
      'stepStart@15000',
      'countdown3@17000',
      'countdown2@18000',
      'countdown1@19000',
      'stepStart@20000',
      'halfway@25000',
      'countdown3@27000',
      'countdown2@28000',
      'countdown1@29000',
      'stepStart@30000',
      'countdown3@32000',
      'countdown2@33000',
      'countdown1@34000',
      'stepStart@35000',
      'halfway@40000',
      'countdown3@42000',
      'countdown2@43000',
      'countdown1@44000',
      'finished@45000',
    ])
    // Every cue was delivered within one simulated tick of when it was due.
    for (const cue of t.cues) expect(cue.at - cue.dueAt).toBeLessThan(50)
    const start = t.cues[4]!
    expect(start).toMatchObject({
      type: 'stepStart',
      step: { label: 'A' },
      next: { kind: 'rest', durationMs: 5000 },
    })
  })
})

describe('timer machine: controls', () => {
  it('pauses and resumes exactly, shifting later boundaries by the pause', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(7_300) // 2.3 s into A
    t.send('PAUSE')
    expect(t.state()).toBe('paused')
    const left = t.remaining()
    expect(left).toBe(7_700)
    t.advance(123_450)
    expect(t.remaining()).toBe(left)
    expect(t.stepIndex()).toBe(1)
    t.send('TOGGLE')
    expect(t.state()).toEqual({ running: 'timed' })
    t.advance(7_700)
    expect(t.stepIndex()).toBe(2)
    expect(t.ctx().log[1]).toMatchObject({
      startedAt: 5_000,
      endedAt: 15_000 + 123_450,
      pausedMs: 123_450,
    })
    t.advance(60_000)
    expect(t.ctx().endedAt).toBe(45_000 + 123_450)
    expect(t.ctx().pausedTotalMs).toBe(123_450)
  })

  it('skips: the next step starts now and the skipped remainder is recorded', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(6_000)
    t.send('NEXT')
    expect(t.stepIndex()).toBe(2)
    expect(t.remaining()).toBe(5_000)
    expect(t.ctx().log[1]).toMatchObject({ outcome: 'skipped', endedAt: 6_000 })
    expect(t.ctx().skippedTotalMs).toBe(9_000)
    t.advance(60_000)
    expect(t.ctx().endedAt).toBe(45_000 - 9_000)
  })

  it('skipping exactly at a boundary moves one step, not two', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(5_000)
    expect(t.stepIndex()).toBe(1)
    t.send('NEXT')
    expect(t.stepIndex()).toBe(2)
    expect(t.ctx().log.map((r) => r.outcome)).toEqual(['completed', 'skipped'])
  })

  it('skipping the last step finishes the session', () => {
    const t = runTimer(small())
    t.send('START')
    for (let i = 0; i < 6; i++) t.send('NEXT')
    expect(t.state()).toBe('finished')
    expect(t.cues.at(-1)).toMatchObject({ type: 'finished', dueAt: 0 })
  })

  it('previous restarts the current step, or goes back one within its first 2 s', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(8_000) // 3 s into A
    t.send('PREVIOUS')
    expect(t.stepIndex()).toBe(1)
    expect(t.remaining()).toBe(10_000)
    expect(t.ctx().log.at(-1)).toMatchObject({ outcome: 'restarted', stepIndex: 1 })
    t.advance(1_999)
    t.send('PREVIOUS')
    expect(t.stepIndex()).toBe(0)
    expect(t.remaining()).toBe(5_000)
    expect(t.ctx().log.at(-1)).toMatchObject({ outcome: 'rewound', stepIndex: 1 })
    // On the very first step, previous always restarts it.
    t.send('PREVIOUS')
    expect(t.stepIndex()).toBe(0)
    expect(t.ctx().log.at(-1)).toMatchObject({ outcome: 'restarted', stepIndex: 0 })
  })

  it('adds and removes 10 s on the current step; removing never goes below now', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(1_000)
    t.send('ADD_TIME')
    expect(t.remaining()).toBe(14_000)
    t.send('REMOVE_TIME')
    t.send('REMOVE_TIME')
    expect(t.stepIndex()).toBe(1)
    expect(t.ctx().log[0]).toMatchObject({ endedAt: 1_000, addedMs: -4_000, outcome: 'completed' })
    t.advance(60_000)
    expect(t.ctx().endedAt).toBe(45_000 - 4_000)
  })

  it('replays the 3-2-1 after time is added during the countdown', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(2_500) // 3-2-1 of prepare: "3" has sounded
    t.send('ADD_TIME')
    t.advance(20_000)
    const prepare = t.cues
      .filter((c) => c.type === 'countdown' && c.stepIndex === 0)
      .map((c) => c.dueAt)
    expect(prepare).toEqual([2_000, 12_000, 13_000, 14_000])
  })

  it('manual steps wait for DONE and count up; DONE starts the next step at that moment', () => {
    const t = runTimer(
      circuit({ prepareSec: 0, defaults: { workSec: 10, restSec: 0 } }, [
        {
          id: 'b',
          rounds: 1,
          restBetweenRoundsSec: 0,
          exercises: [exercise('Push-ups', { mode: 'reps', reps: 12 }), exercise('B')],
        },
      ])
    )
    t.send('START')
    expect(t.state()).toEqual({ running: 'manual' })
    t.advance(600_000)
    expect(t.remaining()).toBeNull()
    expect(t.elapsed()).toBe(600_000)
    t.send('ADD_TIME')
    expect(t.ctx().addedTotalMs).toBe(0)
    t.send('DONE')
    expect(t.stepIndex()).toBe(1)
    expect(t.remaining()).toBe(10_000)
    t.advance(10_000)
    expect(t.ctx().endedAt).toBe(610_000)
  })

  it('DONE on a timed step does nothing', () => {
    const t = runTimer(small())
    t.send('START')
    t.send('DONE')
    expect(t.stepIndex()).toBe(0)
  })

  it('stops mid-way, recording the step in progress', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(12_345)
    t.send('STOP')
    expect(t.state()).toBe('stopped')
    expect(t.status()).toBe('done')
    expect(t.ctx().log.at(-1)).toMatchObject({
      stepIndex: 1,
      startedAt: 5_000,
      endedAt: 12_345,
      outcome: 'stopped',
    })
    t.advance(60_000)
    expect(t.ctx().log).toHaveLength(2)
  })

  it('controls work while paused and the time stays frozen', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(6_000)
    t.send('PAUSE')
    t.advance(5_000)
    t.send('NEXT') // skip A at the pause moment
    expect(t.stepIndex()).toBe(2)
    expect(t.remaining()).toBe(5_000)
    t.send('ADD_TIME')
    expect(t.remaining()).toBe(15_000)
    t.advance(5_000)
    expect(t.remaining()).toBe(15_000)
    t.send('RESUME')
    t.advance(15_000)
    expect(t.stepIndex()).toBe(3)
  })
})

describe('timer machine: drift', () => {
  it('a callback 700 ms late makes that boundary late and none after it', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(4_950)
    t.jump(750) // the 5 000 ms boundary is handled at 5 700
    expect(t.stepIndex()).toBe(1)
    expect(t.remaining()).toBe(10_000 - 700)
    const late = t.cues.find((c) => c.type === 'stepStart' && c.stepIndex === 1)!
    expect(late).toMatchObject({ dueAt: 5_000, lateMs: 700 })
    t.advance(60_000)
    expect(t.ctx().log.map((r) => r.endedAt)).toEqual([
      5_000, 15_000, 20_000, 30_000, 35_000, 45_000,
    ])
  })

  it('a huge jump (a stalled window) lands on the right step with the right time left', () => {
    const t = runTimer(small())
    t.send('START')
    t.jump(31_234)
    expect(t.stepIndex()).toBe(4)
    expect(t.remaining()).toBe(35_000 - 31_234)
    expect(t.ctx().log).toHaveLength(4)
  })

  it('derives the display figures from the clock, at any instant', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(7_500)
    expect(stepProgress(t.ctx(), t.clock.now())).toBeCloseTo(0.25)
    expect(sessionRemainingMs(t.ctx(), t.clock.now())).toBe(45_000 - 7_500)
  })
})

describe('timer machine: persisted snapshot and a crash', () => {
  it('a paused timer restored from its persisted snapshot is still paused with the same time left', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(6_000)
    t.send('PAUSE')
    // The next process: its clock has moved on (the session clock is on the wall clock's scale).
    const clock = new SimulatedClock()
    clock.set(t.clock.now() + 60_000)
    const r = runTimer(compilePlan(small()), { clock, snapshot: t.persist() })
    expect(r.state()).toBe('paused')
    expect(r.stepIndex()).toBe(1)
    expect(r.remaining()).toBe(9_000)
    r.send('RESUME')
    r.advance(9_000)
    expect(r.stepIndex()).toBe(2)
  })

  it('after a crash a running timer comes back paused, the step restarted and the gap logged', () => {
    const t = runTimer(small())
    t.send('START')
    t.advance(6_000)
    const saved = t.persist()
    const lastKnownAt = t.clock.now()
    const clock = new SimulatedClock()
    clock.set(lastKnownAt + 600_000)
    const r = runTimer(compilePlan(small()), { clock, snapshot: saved })
    r.actor.send({ type: 'INTERRUPTED', lastKnownAt })
    expect(r.state()).toBe('paused')
    expect(r.stepIndex()).toBe(1)
    expect(r.remaining()).toBe(10_000)
    expect(r.ctx().log.map((x) => `${x.stepIndex}:${x.outcome}`)).toEqual([
      '0:completed',
      '1:interrupted',
    ])
    expect(r.ctx().log[1]!.endedAt).toBe(lastKnownAt)
  })

  it('a timer with no now() on its clock says so', () => {
    const actor = createActor(timerMachine, { input: { plan: compilePlan(small()) } })
    const errors: unknown[] = []
    actor.subscribe({ error: (e) => errors.push(e) })
    actor.start()
    actor.send({ type: 'START' })
    expect(String(errors[0])).toMatch(/needs a clock with now\(\)/)
  })
})

describe('selectors for circuits with rep steps', () => {
  it('count elapsed active time and progress by steps, since the length is unknown', async () => {
    const { sessionElapsedMs, sessionProgress } = await import('@shared/engine/selectors')
    const t = runTimer(
      circuit({ prepareSec: 10 }, [
        {
          id: 'b',
          rounds: 2,
          restBetweenRoundsSec: 0,
          exercises: [exercise('Push-ups', { mode: 'reps', reps: 10, restSec: 0 })],
        },
      ])
    )
    t.send('START')
    t.advance(10_000)
    t.advance(30_000)
    t.send('PAUSE')
    t.advance(60_000)
    expect(sessionElapsedMs(t.ctx(), t.clock.now())).toBe(40_000)
    expect(sessionProgress(t.ctx(), t.clock.now())).toBeCloseTo(1 / 3)
  })
})
