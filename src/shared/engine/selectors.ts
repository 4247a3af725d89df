// What the display reads, derived from the machine's context and the current time at any frame rate.
import { fractionDone, sessionFraction } from '../model/progress'
import { currentStep, effectiveNow, stepEndsAt, type TimerContext } from './timerReducers'

/** Time left in the current timed step; null on a manual step. */
export function remainingMs(ctx: TimerContext, now: number): number | null {
  const endsAt = stepEndsAt(ctx)
  if (endsAt === null) return null
  return Math.max(0, endsAt - effectiveNow(ctx, now))
}

/** Active time spent in the current step (pauses excluded): what a manual step counts up. */
export function stepElapsedMs(ctx: TimerContext, now: number): number {
  return Math.max(0, effectiveNow(ctx, now) - ctx.stepStartedAt - ctx.stepPausedMs)
}

/** 0..1 through the current timed step (0 on a manual step). */
export function stepProgress(ctx: TimerContext, now: number): number {
  const step = currentStep(ctx)
  const left = remainingMs(ctx, now)
  if (step.durationMs === null || left === null) return 0
  return fractionDone(left, step.durationMs + ctx.stepAddedMs)
}

/** Planned time still to run: what is left of this step plus every later timed step. */
export function sessionRemainingMs(ctx: TimerContext, now: number): number {
  if (ctx.endedAt !== null) return 0
  const step = currentStep(ctx)
  const later = ctx.plan.totals.durationMs - step.offsetMs - (step.durationMs ?? 0)
  return (remainingMs(ctx, now) ?? 0) + later
}

/** Active time since the start (pauses excluded): what a session with rep steps shows instead of time left. */
export function sessionElapsedMs(ctx: TimerContext, now: number): number {
  const end = ctx.endedAt ?? effectiveNow(ctx, now)
  return Math.max(0, end - ctx.startedAt - ctx.pausedTotalMs)
}

/** 0..1 through the whole session: by planned time, or by steps when rep steps make the length unknown. */
export function sessionProgress(ctx: TimerContext, now: number): number {
  if (ctx.endedAt !== null) return 1
  return sessionFraction({
    hasReps: ctx.plan.totals.manualSteps > 0,
    stepIndex: ctx.stepIndex,
    stepCount: ctx.plan.steps.length,
    leftMs: sessionRemainingMs(ctx, now),
    totalMs: ctx.plan.totals.durationMs + ctx.addedTotalMs,
  })
}
