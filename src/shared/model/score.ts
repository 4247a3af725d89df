// Scores of the gym formats as history keeps them: an EMOM's windows made on time, an AMRAP's rounds and
// extra reps, a For Time's time (or "capped" with the reps done); how they read, and which is better, which
// decides personal records. history/scoring.ts works them out.
import { z } from 'zod'
import { formatClock, formatDuration } from './durations'

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
