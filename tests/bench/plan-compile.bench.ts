// How fast the editor's live preview can be: validating and compiling the largest circuit Cadence accepts
// (just under 5,000 steps), and refusing an absurd one (50 blocks x 100 rounds of 2-hour steps).
import { compilePlan, MAX_PLAN_STEPS } from '@shared/engine/plan'
import type { Circuit } from '@shared/model/circuit'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { percentile, round } from './lib/stats'

const STAMP = '2026-11-21T07:00:00.000Z'
const circuit = (blocks: number, rounds: number, workSec: number, restSec: number): Circuit => ({
  schemaVersion: 1,
  id: 'bench-plan',
  name: 'Plan bench',
  category: 'hiit',
  prepareSec: 0,
  defaults: { workSec, restSec },
  blocks: Array.from({ length: blocks }, (_, b) => ({
    id: `b${b}`,
    rounds,
    restBetweenRoundsSec: 0,
    exercises: [0, 1].map((e) => ({ id: `e${b}-${e}`, name: `Move ${b}.${e}`, mode: 'timed' })),
  })),
  createdAt: STAMP,
  updatedAt: STAMP,
})

/** 50 blocks x 25 rounds x 2 moves with rests: 4,999 steps of 1 s, just under the limit. */
const largest = circuit(50, 25, 1, 1)
const absurd = circuit(50, 100, 7200, 7200)

function time(fn: () => unknown, runs: number): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  return times
}

const steps = compilePlan(largest).steps.length
if (steps > MAX_PLAN_STEPS || !validateCircuit(largest).ok) throw new Error('not a legal circuit')
if (validateCircuit(absurd).ok) throw new Error('the absurd circuit was accepted')
const compile = time(() => compilePlan(largest), 50)
const validate = time(() => validateCircuit(largest), 50)
const refuse = time(() => validateCircuit(absurd), 50)

console.log(`largest legal circuit: ${steps} steps`)
console.log(
  JSON.stringify({
    bench: 'plan-compile',
    largest_steps: steps,
    compile_p50_ms: round(percentile(compile, 50)),
    compile_p99_ms: round(percentile(compile, 99)),
    validate_p99_ms: round(percentile(validate, 99)),
    refuse_absurd_p99_ms: round(percentile(refuse, 99)),
  })
)
