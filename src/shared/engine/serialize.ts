// Saves a running session in a clock-independent form and rebuilds it later (after a reload or a crash).
//
// Monotonic clocks restart with the process, so times are stored as "ms before the save" plus the wall-clock
// moment of the save. Restoring later puts them back on the new clock: a running session has kept running
// (the machine catches up to the right step), a paused one is still paused with the same time left.
import { z } from 'zod'
import type { Plan } from './plan'
import { StepOutcomeSchema } from '../model/session'
import { restartInterrupted, type StepRecord, type TimerContext } from './timerReducers'

const ms = z.number().finite()

const StepRecordAgoSchema = z.object({
  stepIndex: z.number().int().min(0),
  startedAgoMs: ms,
  endedAgoMs: ms,
  pausedMs: ms.min(0),
  addedMs: ms,
  outcome: StepOutcomeSchema,
  overrunMs: ms.min(0).optional(),
})

export const SerializedTimerSchema = z.object({
  version: z.literal(1),
  status: z.enum(['running', 'paused']),
  savedAtWallMs: ms,
  stepIndex: z.number().int().min(0),
  startedAgoMs: ms,
  stepStartedAgoMs: ms,
  pausedAgoMs: ms.nullable(),
  shiftMs: ms,
  /** Absent in journals written before the formats: no format block, no anchor. */
  blockShiftMs: ms.optional(),
  stepPausedMs: ms.min(0),
  stepAddedMs: ms,
  pausedTotalMs: ms.min(0),
  addedTotalMs: ms,
  skippedTotalMs: ms.min(0),
  cuesDone: z.array(z.string().max(40)).max(20),
  log: z.array(StepRecordAgoSchema),
})
export type SerializedTimer = z.infer<typeof SerializedTimerSchema>

/** Only a session in progress can be saved; returns null for idle, finished or stopped ones. */
export function serializeTimer(
  ctx: TimerContext,
  status: string,
  wallNowMs: number
): SerializedTimer | null {
  if (status !== 'running' && status !== 'paused') return null
  const now = ctx.now()
  const ago = (t: number) => now - t
  return {
    version: 1,
    status,
    savedAtWallMs: wallNowMs,
    stepIndex: ctx.stepIndex,
    startedAgoMs: ago(ctx.startedAt),
    stepStartedAgoMs: ago(ctx.stepStartedAt),
    pausedAgoMs: ctx.pausedAt === null ? null : ago(ctx.pausedAt),
    shiftMs: ctx.shiftMs,
    blockShiftMs: ctx.blockShiftMs,
    stepPausedMs: ctx.stepPausedMs,
    stepAddedMs: ctx.stepAddedMs,
    pausedTotalMs: ctx.pausedTotalMs,
    addedTotalMs: ctx.addedTotalMs,
    skippedTotalMs: ctx.skippedTotalMs,
    cuesDone: ctx.cuesDone,
    log: ctx.log.map((r) => ({
      stepIndex: r.stepIndex,
      startedAgoMs: ago(r.startedAt),
      endedAgoMs: ago(r.endedAt),
      pausedMs: r.pausedMs,
      addedMs: r.addedMs,
      outcome: r.outcome,
      ...(r.overrunMs ? { overrunMs: r.overrunMs } : {}),
    })),
  }
}

/** Why a saved session cannot be resumed on this plan, or null when it can. Check before restoring. */
export function checkRestorable(plan: Plan, state: SerializedTimer): string | null {
  const steps = plan.steps.length
  if (state.stepIndex >= steps)
    return `The saved session is at step ${state.stepIndex + 1}, but the circuit has ${steps}.`
  const stray = state.log.find((r) => r.stepIndex >= steps)
  return stray
    ? `The saved session mentions step ${stray.stepIndex + 1}, but the circuit has ${steps}.`
    : null
}

export function contextFromSnapshot(
  plan: Plan,
  now: () => number,
  state: SerializedTimer,
  wallNowMs: number
): TimerContext {
  const problem = checkRestorable(plan, state)
  if (problem) throw new RangeError(problem)
  // The moment of the save, on the new clock: now minus the wall time that has passed since.
  const savedAt = now() - Math.max(0, wallNowMs - state.savedAtWallMs)
  const at = (agoMs: number) => savedAt - agoMs
  const log: StepRecord[] = state.log.map((r) => ({
    stepIndex: r.stepIndex,
    startedAt: at(r.startedAgoMs),
    endedAt: at(r.endedAgoMs),
    pausedMs: r.pausedMs,
    addedMs: r.addedMs,
    outcome: r.outcome,
    ...(r.overrunMs ? { overrunMs: r.overrunMs } : {}),
  }))
  return {
    plan,
    now,
    startedAt: at(state.startedAgoMs),
    stepIndex: state.stepIndex,
    shiftMs: state.shiftMs,
    blockShiftMs: state.blockShiftMs ?? 0,
    stepStartedAt: at(state.stepStartedAgoMs),
    stepPausedMs: state.stepPausedMs,
    stepAddedMs: state.stepAddedMs,
    pausedAt: state.pausedAgoMs === null ? null : at(state.pausedAgoMs),
    pausedTotalMs: state.pausedTotalMs,
    addedTotalMs: state.addedTotalMs,
    skippedTotalMs: state.skippedTotalMs,
    cuesDone: state.cuesDone,
    log,
    endedAt: null,
    restored: state.status,
  }
}

/**
 * A session brought back after a crash, always paused. A paused session comes back exactly where it
 * was; a running one restarts the step it was in (see restartInterrupted), since only its start is known.
 */
export function contextAfterCrash(
  plan: Plan,
  now: () => number,
  state: SerializedTimer,
  wallNowMs: number
): TimerContext {
  const restored = contextFromSnapshot(plan, now, state, wallNowMs)
  if (state.status === 'paused') return restored
  const lastKnownAt = now() - Math.max(0, wallNowMs - state.savedAtWallMs)
  return { ...restartInterrupted(restored, lastKnownAt, now()), restored: 'paused' }
}
