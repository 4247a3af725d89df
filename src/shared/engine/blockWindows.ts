// The formats' planned instants: an EMOM window ends, and an AMRAP or For Time cap falls, at a time set
// when the block began (plus pauses and added time), never moved by a late Done. `blockShiftMs` is the
// block's shift from the plan, as `shiftMs` is the step's.
import type { PlanStep } from './plan'
import type { StepOutcome, TimerContext } from './timerReducers'

/** When the window this step belongs to ends, or null outside an EMOM. */
export function windowEndsAt(ctx: TimerContext, step: PlanStep): number | null {
  return step.window ? ctx.startedAt + step.window.endMs + ctx.blockShiftMs : null
}

/** When the cap over this step falls, or null when it has none. */
export function capFallsAt(ctx: TimerContext, step: PlanStep): number | null {
  return step.cap ? ctx.startedAt + step.cap.endMs + ctx.blockShiftMs : null
}

/** Where a step ends and why: its own time, the end of its window (EMOM rest) or the cap. */
export function stepEnd(ctx: TimerContext, step: PlanStep): { at: number; capped: boolean } | null {
  const own =
    step.durationMs === null
      ? null
      : step.fillsWindow
        ? windowEndsAt(ctx, step)
        : ctx.startedAt + step.offsetMs + step.durationMs + ctx.shiftMs
  const cap = capFallsAt(ctx, step)
  if (cap !== null && (own === null || cap <= own)) return { at: cap, capped: true }
  return own === null ? null : { at: own, capped: false }
}

/** Same block of the same format: anchored instants carry over between its steps. */
const sameBlock = (a: PlanStep | undefined, b: PlanStep) =>
  a !== undefined && a.block === b.block && a.format === b.format

/**
 * The block's shift on entering `step` at `at`. Entering a format block from outside anchors it so its
 * first window (or its cap) starts now; a skip or back onto an EMOM window starts that window now;
 * otherwise (a step ending, Done, however late) the anchor stays where it was.
 */
export function blockShiftOnEnter(
  ctx: TimerContext,
  step: PlanStep,
  at: number,
  outcome: StepOutcome | 'start'
): number {
  const from = ctx.plan.steps[ctx.stepIndex]
  const entering = outcome === 'start' || !sameBlock(from, step)
  const jumped = outcome === 'skipped' || outcome === 'rewound' || outcome === 'restarted'
  if (step.window && !step.fillsWindow && (entering || jumped)) {
    return at - (ctx.startedAt + step.window.startMs)
  }
  if (step.blockStartMs !== undefined && entering) {
    return at - (ctx.startedAt + step.blockStartMs)
  }
  return ctx.blockShiftMs
}

/** An EMOM rest whose window has already ended (the move ran late) is passed over, not run. */
export function firstLiveStep(ctx: TimerContext, index: number, at: number): number {
  let i = index
  for (;;) {
    const step = ctx.plan.steps[i]
    if (!step?.fillsWindow) return i
    const end = windowEndsAt(ctx, step)
    if (end === null || end > at) return i
    i++
  }
}

/** AMRAP's "Round done": the first move of the next round, or null when there is none to go to. */
export function nextRoundIndex(ctx: TimerContext): number | null {
  const step = ctx.plan.steps[ctx.stepIndex]!
  if (step.format !== 'amrap' || step.round === undefined) return null
  for (let i = ctx.stepIndex + 1; i < ctx.plan.steps.length; i++) {
    const s = ctx.plan.steps[i]!
    if (!sameBlock(step, s)) return null
    if (s.round === step.round + 1) return i
  }
  return null
}
