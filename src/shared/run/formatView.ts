// What the run screen needs to show a format block: EMOM's window countdown, AMRAP's cap and round, For
// Time's elapsed clock, cap and rounds left. Times are on the session's monotonic clock, like RunTiming.
import { capFallsAt, windowEndsAt } from '../engine/blockWindows'
import type { TimerContext } from '../engine/timerReducers'

export interface FormatView {
  type: 'emom' | 'amrap' | 'forTime'
  /** EMOM: when this window ends; a move still going after it is running over. */
  windowEndsAt: number | null
  /** AMRAP and a capped For Time: when the cap falls, and its length. */
  capEndsAt: number | null
  capMs: number | null
  /** The block's own clock (For Time's elapsed time) counts from here, pauses excluded. */
  countsFrom: number
  round: number
  /** For Time: the rounds still to do after this one. */
  roundsLeft: number | null
  /** AMRAP: "Round done" moves on to the next round. */
  canRoundDone: boolean
}

export function formatViewOf(ctx: TimerContext): FormatView | null {
  const step = ctx.plan.steps[ctx.stepIndex]!
  if (!step.format || step.blockStartMs === undefined) return null
  const capEndsAt = capFallsAt(ctx, step)
  return {
    type: step.format,
    windowEndsAt: windowEndsAt(ctx, step),
    capEndsAt,
    capMs: step.cap ? step.cap.endMs - step.cap.startMs : null,
    countsFrom: ctx.startedAt + step.blockStartMs + ctx.blockShiftMs,
    round: step.round ?? 1,
    roundsLeft: step.format === 'forTime' ? (step.rounds ?? 1) - (step.round ?? 1) : null,
    canRoundDone: step.format === 'amrap' && step.kind === 'work',
  }
}
