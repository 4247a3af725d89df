// The timer's arithmetic as pure functions: every boundary comes from the plan plus a shift, never from counting ticks.
//
// A timed step i ends at `startedAt + offset[i] + duration[i] + shiftMs`. The shift grows with time paused and
// time added, and is reset from the actual moment whenever the user jumps (skip, done, previous). When a step
// ends on its own, the next one starts at the exact planned boundary, not at the moment the timer callback ran,
// so a late callback delays that one transition and never the ones after it.
import type { Plan, PlanStep } from './plan'
import { stepCues } from './stepCues'

export { HALFWAY_MIN_MS } from './stepCues'

/** 'interrupted': the app stopped (a crash, a power cut) during the step; it starts again on resume. */
export type StepOutcome =
  'completed' | 'skipped' | 'restarted' | 'rewound' | 'stopped' | 'interrupted'

export interface StepRecord {
  stepIndex: number
  /** Clock times (ms) of the step's logical start and end. */
  startedAt: number
  endedAt: number
  pausedMs: number
  /** Net time added with +/- (may be negative). */
  addedMs: number
  outcome: StepOutcome
}

export interface TimerContext {
  plan: Plan
  now: () => number
  startedAt: number
  stepIndex: number
  shiftMs: number
  stepStartedAt: number
  stepPausedMs: number
  stepAddedMs: number
  pausedAt: number | null
  pausedTotalMs: number
  addedTotalMs: number
  skippedTotalMs: number
  /** Cue keys already emitted for the current step ("halfway", "countdown-3"...). */
  cuesDone: string[]
  log: StepRecord[]
  endedAt: number | null
  /** Set only on a context rebuilt by contextFromSnapshot: which state the machine resumes in. */
  restored: 'running' | 'paused' | null
}

export type TimerCue =
  | {
      type: 'stepStart'
      stepIndex: number
      dueAt: number
      lateMs: number
      step: PlanStep
      next: PlanStep | null
    }
  | { type: 'countdown'; stepIndex: number; dueAt: number; lateMs: number; secondsLeft: 1 | 2 | 3 }
  | { type: 'halfway'; stepIndex: number; dueAt: number; lateMs: number }
  | { type: 'finished'; dueAt: number; lateMs: number }

export interface Outcome {
  context: TimerContext
  cues: TimerCue[]
}

/** PREVIOUS within this long of a step's start goes back a step instead of restarting it. */
export const PREVIOUS_GRACE_MS = 2_000
export const ADJUST_STEP_MS = 10_000

export function initialContext(plan: Plan, now: () => number): TimerContext {
  return {
    plan,
    now,
    startedAt: 0,
    stepIndex: 0,
    shiftMs: 0,
    stepStartedAt: 0,
    stepPausedMs: 0,
    stepAddedMs: 0,
    pausedAt: null,
    pausedTotalMs: 0,
    addedTotalMs: 0,
    skippedTotalMs: 0,
    cuesDone: [],
    log: [],
    endedAt: null,
    restored: null,
  }
}

export const currentStep = (ctx: TimerContext): PlanStep => ctx.plan.steps[ctx.stepIndex]!
/** While paused, time stands still at the moment of pausing. */
export const effectiveNow = (ctx: TimerContext, now: number): number => ctx.pausedAt ?? now
export const isManual = (ctx: TimerContext): boolean => currentStep(ctx).durationMs === null

export function stepEndsAt(ctx: TimerContext): number | null {
  const step = currentStep(ctx)
  if (step.durationMs === null) return null
  return ctx.startedAt + step.offsetMs + step.durationMs + ctx.shiftMs
}

interface PendingCue {
  key: string
  dueAt: number
  make: (lateMs: number) => TimerCue
}

/** The cues of the current step that are still to come, in time order (the rule is stepCues'). */
export function pendingCues(ctx: TimerContext): PendingCue[] {
  const endsAt = stepEndsAt(ctx)
  if (endsAt === null) return []
  const stepIndex = ctx.stepIndex
  return stepCues(currentStep(ctx), endsAt, ctx.stepAddedMs)
    .filter((cue) => !ctx.cuesDone.includes(cue.key))
    .map(({ key, dueAt, secondsLeft }) => ({
      key,
      dueAt,
      make: (lateMs: number): TimerCue =>
        secondsLeft === undefined
          ? { type: 'halfway', stepIndex, dueAt, lateMs }
          : { type: 'countdown', stepIndex, dueAt, lateMs, secondsLeft },
    }))
}

/** When the machine next has something to do: the next cue or the step's end. */
export function nextWakeAt(ctx: TimerContext): number | null {
  const endsAt = stepEndsAt(ctx)
  if (endsAt === null) return null
  const cue = pendingCues(ctx)[0]
  return cue ? Math.min(cue.dueAt, endsAt) : endsAt
}

function stepStartCue(ctx: TimerContext, at: number, now: number): TimerCue {
  const step = currentStep(ctx)
  const next = step.next === null ? null : ctx.plan.steps[step.next]!
  return { type: 'stepStart', stepIndex: step.index, dueAt: at, lateMs: now - at, step, next }
}

/** The current step's record, ended at `at`. */
function closeRecord(ctx: TimerContext, outcome: StepOutcome, at: number): StepRecord {
  return {
    stepIndex: ctx.stepIndex,
    startedAt: ctx.stepStartedAt,
    endedAt: at,
    pausedMs: ctx.stepPausedMs,
    addedMs: ctx.stepAddedMs,
    outcome,
  }
}

/** Closes the current step's record and enters `index` at logical time `at` (or finishes past the end). */
function leaveStep(
  ctx: TimerContext,
  outcome: StepOutcome,
  at: number,
  index: number,
  now: number
): Outcome {
  const base = { ...ctx, log: [...ctx.log, closeRecord(ctx, outcome, at)] }
  if (index >= ctx.plan.steps.length) {
    return {
      context: { ...base, endedAt: at },
      cues: [{ type: 'finished', dueAt: at, lateMs: now - at }],
    }
  }
  return enterStep(base, index, at, now)
}

function enterStep(ctx: TimerContext, index: number, at: number, now: number): Outcome {
  const step = ctx.plan.steps[index]!
  const context: TimerContext = {
    ...ctx,
    stepIndex: index,
    shiftMs: at - (ctx.startedAt + step.offsetMs),
    stepStartedAt: at,
    stepPausedMs: 0,
    stepAddedMs: 0,
    cuesDone: [],
  }
  return { context, cues: [stepStartCue(context, at, now)] }
}

export function start(ctx: TimerContext, now: number): Outcome {
  return enterStep({ ...ctx, startedAt: now, log: [], endedAt: null, pausedAt: null }, 0, now, now)
}

/**
 * Emits every cue that has come due and crosses every boundary that has passed, in order. A callback that
 * runs late (or a clock that jumped) lands on the right step with the right remaining time.
 */
export function catchUp(ctx: TimerContext, now: number): Outcome {
  let context = ctx
  const cues: TimerCue[] = []
  while (context.endedAt === null && context.pausedAt === null) {
    for (const cue of pendingCues(context)) {
      if (cue.dueAt > now) break
      cues.push(cue.make(now - cue.dueAt))
      context = { ...context, cuesDone: [...context.cuesDone, cue.key] }
    }
    const endsAt = stepEndsAt(context)
    if (endsAt === null || endsAt > now) break
    const step = currentStep(context)
    const moved = leaveStep(context, 'completed', endsAt, step.index + 1, now)
    context = moved.context
    cues.push(...moved.cues)
  }
  return { context, cues }
}

export function pause(ctx: TimerContext, now: number): Outcome {
  if (ctx.pausedAt !== null) return { context: ctx, cues: [] }
  return { context: { ...ctx, pausedAt: now }, cues: [] }
}

export function resume(ctx: TimerContext, now: number): Outcome {
  if (ctx.pausedAt === null) return { context: ctx, cues: [] }
  const pausedMs = Math.max(0, now - ctx.pausedAt)
  return {
    context: {
      ...ctx,
      pausedAt: null,
      shiftMs: ctx.shiftMs + pausedMs,
      stepPausedMs: ctx.stepPausedMs + pausedMs,
      pausedTotalMs: ctx.pausedTotalMs + pausedMs,
    },
    cues: [],
  }
}

export function skip(ctx: TimerContext, now: number): Outcome {
  const at = effectiveNow(ctx, now)
  const endsAt = stepEndsAt(ctx)
  const skippedMs = endsAt === null ? 0 : Math.max(0, endsAt - at)
  const moved = leaveStep(ctx, 'skipped', at, ctx.stepIndex + 1, now)
  return { ...moved, context: { ...moved.context, skippedTotalMs: ctx.skippedTotalMs + skippedMs } }
}

export function done(ctx: TimerContext, now: number): Outcome {
  if (!isManual(ctx)) return { context: ctx, cues: [] }
  return leaveStep(ctx, 'completed', effectiveNow(ctx, now), ctx.stepIndex + 1, now)
}

export function previous(ctx: TimerContext, now: number): Outcome {
  const at = effectiveNow(ctx, now)
  const elapsed = at - ctx.stepStartedAt - ctx.stepPausedMs
  if (elapsed < PREVIOUS_GRACE_MS && ctx.stepIndex > 0) {
    return leaveStep(ctx, 'rewound', at, ctx.stepIndex - 1, now)
  }
  return leaveStep(ctx, 'restarted', at, ctx.stepIndex, now)
}

/** +/- time on the current timed step; removing never ends the step before now. */
export function adjust(ctx: TimerContext, now: number, deltaMs: number): Outcome {
  const endsAt = stepEndsAt(ctx)
  if (endsAt === null) return { context: ctx, cues: [] }
  const at = effectiveNow(ctx, now)
  const applied = Math.max(deltaMs, at - endsAt)
  if (applied === 0) return { context: ctx, cues: [] }
  const adjusted: TimerContext = {
    ...ctx,
    shiftMs: ctx.shiftMs + applied,
    stepAddedMs: ctx.stepAddedMs + applied,
    addedTotalMs: ctx.addedTotalMs + applied,
  }
  // The 3-2-1 follows the new end: pips already heard sound again; those now in the past stay silent.
  const newEnd = endsAt + applied
  const cuesDone = ctx.cuesDone.filter((k) => !k.startsWith('countdown-'))
  for (const n of [3, 2, 1]) if (newEnd - n * 1000 < at) cuesDone.push(`countdown-${n}`)
  return { context: { ...adjusted, cuesDone }, cues: [] }
}

/**
 * After a crash: the step in progress is closed as interrupted where the last record of it ends
 * (`lastKnownAt`; what happened after that is unknown) and starts again from the top at `now`, paused.
 * The time between the two is the interruption, covered by no step.
 */
export function restartInterrupted(
  ctx: TimerContext,
  lastKnownAt: number,
  now: number
): TimerContext {
  const closed = { ...ctx, log: [...ctx.log, closeRecord(ctx, 'interrupted', lastKnownAt)] }
  return { ...enterStep(closed, ctx.stepIndex, now, now).context, pausedAt: now }
}

export function stop(ctx: TimerContext, now: number): Outcome {
  const at = effectiveNow(ctx, now)
  return {
    context: { ...ctx, log: [...ctx.log, closeRecord(ctx, 'stopped', at)], endedAt: at },
    cues: [],
  }
}
