// The timer's reducers: pure (context, now) -> outcome functions; every boundary comes from the plan plus a shift, never from counting ticks.
//
// A timed step i ends at `startedAt + offset[i] + duration[i] + shiftMs`. The shift grows with time paused and
// time added, and is reset from the actual moment whenever the user jumps (skip, done, previous). When a step
// ends on its own, the next one starts at the exact planned boundary, not at the moment the timer callback ran,
// so a late callback delays that one transition and never the ones after it.
import type { Plan, PlanStep } from './plan'
import { stepCues } from './stepCues'
import type { Outcome, StepOutcome, StepRecord, TimerContext, TimerCue } from './timerTypes'
import {
  blockShiftOnEnter,
  firstLiveStep,
  nextRoundIndex,
  stepEnd,
  windowEndsAt,
} from './blockWindows'

export { HALFWAY_MIN_MS } from './stepCues'

export type { Outcome, StepOutcome, StepRecord, TimerContext, TimerCue } from './timerTypes'

/** PREVIOUS within this long of a step's start goes back a step instead of restarting it. */
export const PREVIOUS_GRACE_MS = 2_000
export const ADJUST_STEP_MS = 10_000

export function initialContext(plan: Plan): TimerContext {
  return {
    plan,
    startedAt: 0,
    stepIndex: 0,
    shiftMs: 0,
    blockShiftMs: 0,
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
  }
}

export const currentStep = (ctx: TimerContext): PlanStep => ctx.plan.steps[ctx.stepIndex]!
/** While paused, time stands still at the moment of pausing. */
export const effectiveNow = (ctx: TimerContext, now: number): number => ctx.pausedAt ?? now
export const isManual = (ctx: TimerContext): boolean => currentStep(ctx).durationMs === null

/** When the current step ends by itself (its time, its EMOM window, its cap); null while it waits for Done. */
export function stepEndsAt(ctx: TimerContext): number | null {
  return stepEnd(ctx, currentStep(ctx))?.at ?? null
}

interface PendingCue {
  key: string
  dueAt: number
  make: (lateMs: number) => TimerCue
}

/** The cues of the current step that are still to come, in time order (the rule is stepCues'). */
export function pendingCues(ctx: TimerContext): PendingCue[] {
  const end = stepEnd(ctx, currentStep(ctx))
  if (end === null || end.capped) return []
  const endsAt = end.at
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

/** The current step's record, ended at `at`; an EMOM move done after its window ended logs the overrun. */
function closeRecord(ctx: TimerContext, outcome: StepOutcome, at: number): StepRecord {
  const step = currentStep(ctx)
  const windowEnd = step.fillsWindow ? null : windowEndsAt(ctx, step)
  const overrunMs = outcome === 'completed' && windowEnd !== null ? at - windowEnd : 0
  return {
    stepIndex: ctx.stepIndex,
    startedAt: ctx.stepStartedAt,
    endedAt: at,
    pausedMs: ctx.stepPausedMs,
    addedMs: ctx.stepAddedMs,
    outcome,
    ...(overrunMs > 0 ? { overrunMs } : {}),
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
  // Entering the block anchors it first, so a spent EMOM rest is judged against the right window.
  // Back onto an EMOM rest goes to that window's move instead: the window starts again from now.
  if (outcome === 'rewound' && ctx.plan.steps[index]?.fillsWindow) index -= 1
  const anchorFor = (i: number) => {
    const target = ctx.plan.steps[i]
    return target ? { ...base, blockShiftMs: blockShiftOnEnter(ctx, target, at, outcome) } : base
  }
  let anchored = anchorFor(index)
  const live = firstLiveStep(anchored, index, at)
  // Passing over spent rests may leave the block: the step landed on anchors its own.
  if (live !== index) anchored = anchorFor(live)
  index = live
  if (index >= ctx.plan.steps.length) {
    return {
      context: { ...base, endedAt: at },
      cues: [{ type: 'finished', dueAt: at, lateMs: now - at }],
    }
  }
  return enterStep(anchored, index, at, now)
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
  const begun = { ...ctx, startedAt: now, log: [], endedAt: null, pausedAt: null }
  const blockShiftMs = blockShiftOnEnter(begun, ctx.plan.steps[0]!, now, 'start')
  return enterStep({ ...begun, blockShiftMs }, 0, now, now)
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
    const end = stepEnd(context, currentStep(context))
    if (end === null || end.at > now) break
    const step = currentStep(context)
    const moved = end.capped
      ? leaveStep(context, 'capped', end.at, step.cap!.afterIndex, now)
      : leaveStep(context, 'completed', end.at, step.index + 1, now)
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
      blockShiftMs: ctx.blockShiftMs + pausedMs,
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

/** AMRAP's Round done: the rest of the round counts as done; on to the next round's first move. */
export function roundDone(ctx: TimerContext, now: number): Outcome {
  const index = nextRoundIndex(ctx)
  if (index === null) return { context: ctx, cues: [] }
  return leaveStep(ctx, 'completed', effectiveNow(ctx, now), index, now)
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
    blockShiftMs: ctx.blockShiftMs + applied,
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
