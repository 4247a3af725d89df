import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compilePlan, describeStep } from '@shared/engine/plan'
import { formatDuration } from '@shared/model/durations'
import type { Circuit } from '@shared/model/circuit'
import { circuit, circuitArb, exercise } from '@tests/unit/helpers/circuits'

describe('compilePlan', () => {
  it('compiles the metabolic back circuit: rows, face pulls, bird-dogs, 40/20 x4 with 60 s round rests', () => {
    const plan = compilePlan(circuit())
    const kinds = plan.steps.map((s) => s.kind)
    // prepare + 4 rounds x (3 work + 2 rests) + 3 round rests
    expect(kinds).toHaveLength(1 + 4 * 5 + 3)
    expect(kinds.slice(0, 7)).toEqual([
      'prepare',
      'work',
      'rest',
      'work',
      'rest',
      'work',
      'roundRest',
    ])
    expect(kinds.at(-1)).toBe('work')
    expect(plan.steps[1]).toMatchObject({
      label: 'Bent-over rows',
      round: 1,
      rounds: 4,
      exerciseNumber: 1,
      exercisesInBlock: 3,
      durationMs: 40_000,
      offsetMs: 10_000,
      next: 2,
    })
    expect(plan.totals).toEqual({
      durationMs: 10_000 + 12 * 40_000 + 8 * 20_000 + 3 * 60_000,
      workMs: 12 * 40_000,
      restMs: 8 * 20_000 + 3 * 60_000,
      workIntervals: 12,
      manualSteps: 0,
    })
    expect(plan.steps.at(-1)!.next).toBeNull()
  })

  it('applies overrides: exercise over block over circuit defaults', () => {
    const plan = compilePlan(
      circuit({ prepareSec: 0 }, [
        {
          id: 'b',
          rounds: 1,
          restBetweenRoundsSec: 0,
          workSec: 30,
          restSec: 10,
          exercises: [exercise('A', { workSec: 45, restSec: 5 }), exercise('B'), exercise('C')],
        },
      ])
    )
    expect(plan.steps.map((s) => [s.kind, s.durationMs])).toEqual([
      ['work', 45_000],
      ['rest', 5_000],
      ['work', 30_000],
      ['rest', 10_000],
      ['work', 30_000],
    ])
  })

  it('runs one-sided moves left then right with a switch pause, and makes rep targets manual', () => {
    const plan = compilePlan(
      circuit(
        {
          prepareSec: 0,
          warmup: { durationSec: 120 },
          cooldown: { durationSec: 60, label: 'Stretch' },
        },
        [
          {
            id: 'b',
            rounds: 1,
            restBetweenRoundsSec: 0,
            exercises: [
              exercise('Single-arm row', { sides: true, switchSec: 5, restSec: 0 }),
              exercise('Push-ups', { mode: 'reps', reps: 12 }),
            ],
          },
        ]
      )
    )
    expect(plan.steps.map((s) => [s.kind, s.label, s.durationMs])).toEqual([
      ['warmup', 'Warm-up', 120_000],
      ['work', 'Single-arm row (left)', 40_000],
      ['switch', 'Switch sides', 5_000],
      ['work', 'Single-arm row (right)', 40_000],
      ['work', 'Push-ups', null],
      ['cooldown', 'Stretch', 60_000],
    ])
    expect(plan.steps[4]!.exercise?.reps).toBe(12)
    expect(plan.totals.manualSteps).toBe(1)
    expect(plan.steps[5]!.offsetMs).toBe(205_000)
  })

  it('uses the exercise rest when a block has no round rest, and rests between blocks', () => {
    const block = (id: string) => ({
      id,
      rounds: 2,
      restBetweenRoundsSec: 0,
      exercises: [exercise(`${id}1`), exercise(`${id}2`)],
    })
    const kinds = compilePlan(circuit({ prepareSec: 0 }, [block('a'), block('b')])).steps.map(
      (s) => s.kind
    )
    expect(kinds).toEqual([
      ...['work', 'rest', 'work', 'rest', 'work', 'rest', 'work', 'rest'],
      ...['work', 'rest', 'work', 'rest', 'work', 'rest', 'work'],
    ])
  })

  it('describes steps for the "next" line', () => {
    const plan = compilePlan(circuit())
    expect(describeStep(plan.steps[2]!)).toBe('Rest, 20 s')
    expect(describeStep(plan.steps[1]!)).toBe('Bent-over rows, 40 s')
    expect(formatDuration(90_000)).toBe('1 min 30 s')
    expect(formatDuration(120_000)).toBe('2 min')
  })

  it('is deterministic', () => {
    expect(compilePlan(circuit())).toEqual(compilePlan(circuit()))
  })
})

/** Counts steps straight from the circuit, independently of the compiler. */
function expectedStepCount(c: Circuit): number {
  let n = (c.prepareSec > 0 ? 1 : 0) + (c.warmup ? 1 : 0) + (c.cooldown ? 1 : 0)
  c.blocks.forEach((block, b) => {
    const lastBlock = b === c.blocks.length - 1
    for (let r = 1; r <= block.rounds; r++) {
      block.exercises.forEach((e, i) => {
        n += e.sides ? 2 + ((e.switchSec ?? 0) > 0 ? 1 : 0) : 1
        const rest = e.restSec ?? block.restSec ?? c.defaults.restSec
        const lastInRound = i === block.exercises.length - 1
        if (!lastInRound) n += rest > 0 ? 1 : 0
        else if (r < block.rounds) n += block.restBetweenRoundsSec > 0 || rest > 0 ? 1 : 0
        else if (!lastBlock) n += rest > 0 ? 1 : 0
      })
    }
  })
  return n
}

describe('compilePlan properties', () => {
  it('offsets are the running sum of durations, totals add up, and the step count is right', () => {
    fc.assert(
      fc.property(circuitArb(), (c) => {
        const plan = compilePlan(c)
        let offset = 0
        let work = 0
        let rest = 0
        for (const [i, step] of plan.steps.entries()) {
          expect(step.index).toBe(i)
          expect(step.offsetMs).toBe(offset)
          expect(step.durationMs === null || step.durationMs > 0).toBe(true)
          offset += step.durationMs ?? 0
          if (step.kind === 'work') work += step.durationMs ?? 0
          if (['rest', 'roundRest', 'switch'].includes(step.kind)) rest += step.durationMs ?? 0
          expect(step.next).toBe(i + 1 < plan.steps.length ? i + 1 : null)
        }
        expect(plan.totals.durationMs).toBe(offset)
        expect(plan.totals.workMs).toBe(work)
        expect(plan.totals.restMs).toBe(rest)
        expect(plan.steps).toHaveLength(expectedStepCount(c))
        // No round rest directly after a rest, and never a rest as the last step.
        for (let i = 1; i < plan.steps.length; i++) {
          expect(plan.steps[i - 1]!.kind === 'rest' && plan.steps[i]!.kind === 'roundRest').toBe(
            false
          )
        }
        expect(['rest', 'roundRest', 'switch']).not.toContain(plan.steps.at(-1)!.kind)
      }),
      { numRuns: 300 }
    )
  })
})
