// What the display reads, derived from the machine's context and the current time at any frame rate.
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
  const total = step.durationMs + ctx.stepAddedMs
  return total <= 0 ? 1 : Math.min(1, Math.max(0, 1 - left / total))
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
  if (ctx.plan.totals.manualSteps > 0) return ctx.stepIndex / ctx.plan.steps.length
  const total = ctx.plan.totals.durationMs + ctx.addedTotalMs
  if (total <= 0) return ctx.stepIndex / Math.max(1, ctx.plan.steps.length)
  return Math.min(1, Math.max(0, 1 - sessionRemainingMs(ctx, now) / total))
}
