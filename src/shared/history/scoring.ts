// Works out the gym formats' scores from what happened in a session; the reps come from the compiled plan.
import { compilePlan } from '../engine/plan'
import type { Circuit } from '../model/circuit'
import type { BlockScore } from '../model/score'

/** What a session step needs to be scored (a SessionStep has all of it). */
interface ScoredStep {
  stepIndex: number
  kind: string
  block?: number | undefined
  round?: number | undefined
  actualMs: number
  outcome: string
  overrunMs?: number | undefined
}

/** One score per EMOM, AMRAP or For Time block the session reached. */
export function scoresOf(circuit: Circuit, steps: readonly ScoredStep[]): BlockScore[] {
  const plan = compilePlan(circuit)
  const scores: BlockScore[] = []
  circuit.blocks.forEach((b, i) => {
    const format = b.format
    if (!format || format.type === 'intervals') return
    const number = i + 1
    const mine = steps.filter((s) => s.block === number)
    if (mine.length === 0) return
    const work = mine.filter((s) => s.kind === 'work')
    const repsOf = (s: ScoredStep) => plan.steps[s.stepIndex]?.exercise?.reps ?? 0
    const done = work.filter((s) => s.outcome === 'completed')
    if (format.type === 'emom') {
      scores.push({
        format: 'emom',
        block: number,
        windows: format.windows,
        onTime: done.filter((s) => !s.overrunMs).length,
        overrunMs: done.reduce((sum, s) => sum + (s.overrunMs ?? 0), 0),
      })
    } else if (format.type === 'amrap') {
      const reached = Math.max(...mine.map((s) => s.round ?? 1))
      const partial = done.filter((s) => s.round === reached)
      const whole = new Set(partial.map((s) => s.stepIndex)).size === b.exercises.length
      scores.push({
        format: 'amrap',
        block: number,
        rounds: reached - 1 + (whole ? 1 : 0),
        reps: whole ? 0 : partial.reduce((sum, s) => sum + repsOf(s), 0),
      })
    } else {
      const totalReps = b.rounds * b.exercises.reduce((sum, e) => sum + (e.reps ?? 0), 0)
      const reps = done.reduce((sum, s) => sum + repsOf(s), 0)
      const finished = !mine.some((s) => s.outcome === 'capped') && reps >= totalReps
      const timeMs = finished ? mine.reduce((sum, s) => sum + s.actualMs, 0) : null
      scores.push({ format: 'forTime', block: number, timeMs, reps, totalReps })
    }
  })
  return scores
}
