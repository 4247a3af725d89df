// The gym formats on a simulated clock: EMOM windows start on planned instants, AMRAP ends at its cap,
// For Time stops at the last Done; pause and added time move the windows and caps with them.
import { describe, expect, it } from 'vitest'
import { SimulatedClock } from 'xstate'
import { compilePlan } from '@shared/engine/plan'
import type { Block, BlockFormat } from '@shared/model/circuit'
import { CircuitSchema } from '@shared/model/circuit'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runTimer } from '@tests/unit/helpers/timer'

const reps = (name: string, n: number) => exercise(name, { mode: 'reps', reps: n })

function formatCircuit(format: BlockFormat, exercises: Block['exercises'], rounds = 1) {
  return circuit({ prepareSec: 0, defaults: { workSec: 30, restSec: 0 } }, [
    { id: 'b', rounds, restBetweenRoundsSec: 0, format, exercises },
  ])
}
const EMOM = formatCircuit({ type: 'emom', windowSec: 60, windows: 3 }, [reps('Push-ups', 10)])

describe('EMOM', () => {
  it('compiles a move and a rest that fills the window, per window', () => {
    const plan = compilePlan(EMOM)
    expect(plan.steps.map((s) => [s.kind, s.durationMs, s.fillsWindow ?? false])).toEqual([
      ['work', null, false],
      ['rest', 60_000, true],
      ['work', null, false],
      ['rest', 60_000, true],
      ['work', null, false],
      ['rest', 60_000, true],
    ])
    expect(plan.totals.durationMs).toBe(180_000)
  })

  it('Done at 20 s rests exactly 40 s and the next window starts on the minute', () => {
    const t = runTimer(EMOM)
    t.send('START')
    t.advance(20_000)
    t.send('DONE')
    expect(t.ctx().stepIndex).toBe(1)
    expect(t.remaining()).toBe(40_000)
    t.advance(40_000)
    expect(t.ctx().stepIndex).toBe(2)
    expect(t.ctx().stepStartedAt).toBe(60_000)
  })

  it('a late Done at 65 s starts the next window at once, logs 5 s overrun, and keeps the minute after', () => {
    const t = runTimer(EMOM)
    t.send('START')
    t.advance(65_000)
    t.send('DONE')
    expect(t.ctx().stepIndex).toBe(2)
    expect(t.ctx().stepStartedAt).toBe(65_000)
    expect(t.ctx().log.at(-1)).toMatchObject({ stepIndex: 0, overrunMs: 5_000 })
    // The spent rest of window 1 is never run or logged.
    expect(t.ctx().log.map((r) => r.stepIndex)).toEqual([0])
    t.advance(5_000)
    t.send('DONE') // at 70 s: rest until 120 s
    expect(t.remaining()).toBe(50_000)
    t.advance(50_000)
    expect(t.ctx().stepIndex).toBe(4)
    expect(t.ctx().stepStartedAt).toBe(120_000)
  })

  it('pause and +10 s move the window end with them', () => {
    const t = runTimer(EMOM)
    t.send('START')
    t.advance(10_000)
    t.send('DONE') // rest to 60 s
    t.send('PAUSE')
    t.advance(30_000)
    t.send('RESUME')
    expect(t.remaining()).toBe(50_000)
    t.send('ADD_TIME')
    expect(t.remaining()).toBe(60_000)
    t.advance(60_000)
    expect(t.ctx().stepIndex).toBe(2)
    expect(t.ctx().stepStartedAt).toBe(100_000)
  })

  it('timed moves work, then rest to the end of the window', () => {
    const timed = formatCircuit({ type: 'emom', windowSec: 60, windows: 2 }, [
      exercise('Swings', { workSec: 40 }),
    ])
    const t = runTimer(timed)
    t.send('START')
    t.advance(40_000)
    expect(t.ctx().stepIndex).toBe(1)
    expect(t.remaining()).toBe(20_000)
    t.advance(20_000)
    expect(t.ctx().stepStartedAt).toBe(60_000)
  })

  it('refuses a timed move longer than its window, next to the field', () => {
    const bad = formatCircuit({ type: 'emom', windowSec: 30, windows: 2 }, [
      exercise('Swings', { workSec: 40 }),
    ])
    const result = CircuitSchema.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]).toMatchObject({
      path: ['blocks', 0, 'exercises', 0, 'workSec'],
      message: 'Swings works 40 s, longer than the 30 s window',
    })
  })
})

const AMRAP = formatCircuit({ type: 'amrap', capSec: 300 }, [
  reps('Push-ups', 10),
  reps('Swings', 15),
  reps('Bird-dogs', 10),
])

describe('AMRAP', () => {
  it('ends exactly at its cap mid-round, wherever the user is', () => {
    const t = runTimer(AMRAP)
    t.send('START')
    // Two full rounds and one move of the third by 4:50.
    for (let i = 0; i < 7; i++) {
      t.advance(40_000)
      t.send('DONE')
    }
    expect(t.ctx().stepIndex).toBe(7)
    expect(t.remaining()).toBe(20_000)
    t.advance(20_000)
    expect(t.status()).toBe('done')
    expect(t.ctx().endedAt).toBe(300_000)
    expect(t.ctx().log.at(-1)).toMatchObject({ stepIndex: 7, outcome: 'capped', endedAt: 300_000 })
  })

  it('Round done goes to the next round; pause and +10 s move the cap', () => {
    const t = runTimer(AMRAP)
    t.send('START')
    t.advance(10_000)
    t.actor.send({ type: 'ROUND_DONE' })
    expect(t.ctx().plan.steps[t.ctx().stepIndex]!.round).toBe(2)
    t.send('PAUSE')
    t.advance(60_000)
    t.send('RESUME')
    t.send('ADD_TIME')
    expect(t.remaining()).toBe(300_000 - 10_000 + 10_000)
    t.advance(300_000)
    expect(t.ctx().endedAt).toBe(370_000)
  })
})

describe('For Time', () => {
  const FOR_TIME = formatCircuit({ type: 'forTime', capSec: 600 }, [reps('Rows', 10)], 3)

  it('stops the clock at the last Done', () => {
    const t = runTimer(FOR_TIME)
    t.send('START')
    for (const at of [50_000, 60_000, 70_000]) {
      t.advance(at - t.clock.now())
      t.send('DONE')
    }
    expect(t.status()).toBe('done')
    expect(t.ctx().endedAt).toBe(70_000)
  })

  it('is capped, with pauses not counted against the cap', () => {
    const t = runTimer(FOR_TIME)
    t.send('START')
    t.advance(100_000)
    t.send('DONE')
    t.send('PAUSE')
    t.advance(1_000_000)
    t.send('RESUME')
    t.advance(499_950)
    expect(t.status()).toBe('active')
    t.advance(50)
    expect(t.ctx().log.at(-1)).toMatchObject({ outcome: 'capped' })
    expect(t.status()).toBe('done')
  })

  it('refuses timed moves', () => {
    const bad = formatCircuit({ type: 'forTime' }, [exercise('Plank')])
    expect(CircuitSchema.safeParse(bad).error!.issues[0]!.message).toBe(
      'For Time counts reps: make Plank a rep exercise'
    )
  })
})

describe('mixing formats', () => {
  it('a block after a late EMOM gets its whole cap (found by the property test)', () => {
    const c = circuit({ prepareSec: 0, defaults: { workSec: 10, restSec: 0 } }, [
      {
        id: 'e',
        rounds: 1,
        restBetweenRoundsSec: 0,
        format: { type: 'emom', windowSec: 10, windows: 1 },
        exercises: [reps('Burpees', 10)],
      },
      {
        id: 'f',
        rounds: 1,
        restBetweenRoundsSec: 0,
        format: { type: 'forTime', capSec: 20 },
        exercises: [reps('Rows', 10)],
      },
    ])
    const t = runTimer(c)
    t.send('START')
    t.advance(35_000)
    t.send('DONE')
    expect(t.ctx().plan.steps[t.stepIndex()]!.format).toBe('forTime')
    expect(t.remaining()).toBe(20_000)
  })
})

describe('save and restore in a format block', () => {
  it('an EMOM after a late Done comes back with its windows still on their minutes', () => {
    const t = runTimer(EMOM)
    t.send('START')
    t.advance(65_000)
    t.send('DONE') // window 2 started late, at 65 s; it still ends at 120 s...
    t.send('PAUSE')
    t.advance(10_000)
    t.send('RESUME') // ...now at 130 s, after 10 s paused
    t.advance(5_000)
    t.send('PAUSE')
    const clock = new SimulatedClock()
    clock.set(t.clock.now() + 500_000)
    const r = runTimer(compilePlan(EMOM), { clock, snapshot: t.persist() })
    r.send('DONE') // at 80 s while paused: rests until 130 s
    r.send('RESUME')
    expect(r.remaining()).toBe(50_000)
    expect(r.ctx().log.find((x) => x.stepIndex === 0)?.overrunMs).toBe(5_000)
  })
})
