// Builds the session history keeps from a finished or stopped run.
import { toSessionStep } from '../engine/sessionSteps'
import type { Plan } from '../engine/plan'
import type { TimerContext } from '../engine/timerReducers'
import { buildSession } from '../history/sessionRecord'
import type { Circuit } from '../model/circuit'
import { estimateKcal, toKg } from '../library/energy'
import type { Session } from '../model/session'
import type { Settings } from '../model/settings'
import { localIso } from '../model/time'
import { findExercise } from '../library'

export interface RunIdentity {
  sessionId: string
  circuit: Circuit
  plan: Plan
  /** Wall-clock ms when START was pressed, paired with the timer's own start time. */
  startedWallMs: number
  timeZone: string
}

/** Wall-clock ms for a time on the timer's monotonic clock. */
export const wallTime = (run: RunIdentity, ctx: TimerContext, monotonic: number): number =>
  run.startedWallMs + (monotonic - ctx.startedAt)

export function finishSession(
  run: RunIdentity,
  ctx: TimerContext,
  status: Session['status'],
  settings: Settings
): Session {
  const steps = ctx.log.map((record) => toSessionStep(run.plan, record, ctx.startedAt))
  const kg = toKg(settings.bodyWeight, settings.weightUnit)
  return buildSession({
    id: run.sessionId,
    circuit: run.circuit,
    startedAt: localIso(run.startedWallMs),
    endedAt: localIso(wallTime(run, ctx, ctx.endedAt ?? ctx.now())),
    timeZone: run.timeZone,
    steps,
    status,
    energy: {
      kcal: estimateKcal(steps, kg, (id) => findExercise(id)?.met),
      bodyWeightKg: Math.round(kg * 10) / 10,
    },
  })
}
