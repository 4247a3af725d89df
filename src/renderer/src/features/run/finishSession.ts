// Builds the session history keeps from a finished or stopped run.
import { toSessionStep } from '../../../../shared/engine/sessionSteps'
import type { Plan } from '../../../../shared/engine/plan'
import type { TimerContext } from '../../../../shared/engine/timerLogic'
import { buildSession } from '../../../../shared/model/buildSession'
import type { Circuit } from '../../../../shared/model/circuit'
import { estimateKcal, toKg } from '../../../../shared/model/energy'
import type { Session } from '../../../../shared/model/session'
import type { Settings } from '../../../../shared/model/settings'
import { localIso } from '../../../../shared/model/time'
import { findExercise } from '../../../../shared/library'

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
