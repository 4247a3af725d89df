// Scores of the gym formats, worked out from what happened in a session: an EMOM's windows made on time,
// an AMRAP's rounds and extra reps, a For Time's time (or "capped" with the reps done). Which is better
// decides personal records.
import { z } from 'zod'
import { compilePlan } from '../engine/plan'
import { formatClock, formatDuration } from './durations'
import type { Circuit } from './circuit'

const count = z.number().int().min(0).max(1_000_000)
const ms = z.number().finite().min(0)
const block = z.number().int().min(1).max(50)

export const BlockScoreSchema = z.discriminatedUnion('format', [
  z
    .object({ format: z.literal('emom'), block, windows: count, onTime: count, overrunMs: ms })
    .strict(),
  z.object({ format: z.literal('amrap'), block, rounds: count, reps: count }).strict(),
  z
    .object({
      format: z.literal('forTime'),
      block,
      /** Active time from the block's first move to its last Done; null when the cap fell first. */
      timeMs: ms.nullable(),
      reps: count,
      totalReps: count,
    })
    .strict(),
])
export type BlockScore = z.infer<typeof BlockScoreSchema>

export const FORMAT_NAMES: Record<BlockScore['format'], string> = {
  emom: 'EMOM',
  amrap: 'AMRAP',
  forTime: 'For Time',
}

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

/** "5 rounds + 12 reps", "4:32", "capped at 87 of 90 reps", "11 of 12 windows on time". */
export function scoreText(score: BlockScore): string {
  switch (score.format) {
    case 'amrap':
      return `${score.rounds} round${score.rounds === 1 ? '' : 's'} + ${score.reps} reps`
    case 'forTime':
      return score.timeMs === null
        ? `capped at ${score.reps} of ${score.totalReps} reps`
        : formatClock(score.timeMs, false)
    case 'emom':
      return `${score.onTime} of ${score.windows} windows on time${score.overrunMs > 0 ? ` (${formatDuration(score.overrunMs)} over)` : ''}`
  }
}

/** Positive when `a` is better than `b` (same block, same format); 0 when equal or not comparable. */
export function compareScores(a: BlockScore, b: BlockScore): number {
  if (a.format === 'amrap' && b.format === 'amrap') return a.rounds - b.rounds || a.reps - b.reps
  if (a.format === 'emom' && b.format === 'emom')
    return a.onTime - b.onTime || b.overrunMs - a.overrunMs
  if (a.format === 'forTime' && b.format === 'forTime') {
    if (a.timeMs !== null && b.timeMs !== null) return b.timeMs - a.timeMs
    if (a.timeMs !== null) return 1
    if (b.timeMs !== null) return -1
    return a.reps - b.reps
  }
  return 0
}
