// Builds the session history keeps from a finished or stopped run: the one place a run becomes a record.
import { toSessionStep } from '../engine/sessionSteps'
import type { SaveInput } from '../session/sessionMachine'
import { buildSession } from '../history/sessionRecord'
import { estimateKcal, toKg } from '../library/energy'
import type { Session } from '../model/session'
import type { Settings } from '../model/settings'
import { localIso } from '../model/time'
import { findExercise } from '../library'

/** The session history keeps, from the timer as it ended (finished, or stopped by the user). */
export function finishSession(input: SaveInput, settings: Settings): Session {
  const { identity: run, startedWallMs, timer: ctx } = input
  const status: Session['status'] = ctx.log.at(-1)?.outcome === 'stopped' ? 'stopped' : 'completed'
  const wallTime = (monotonic: number) => startedWallMs + (monotonic - ctx.startedAt)
  const steps = ctx.log.map((record) => toSessionStep(run.plan, record, ctx.startedAt))
  const kg = toKg(settings.bodyWeight, settings.weightUnit)
  return buildSession({
    id: run.sessionId,
    circuit: run.circuit,
    startedAt: localIso(startedWallMs),
    endedAt: localIso(wallTime(ctx.endedAt ?? ctx.startedAt)),
    timeZone: run.timeZone,
    steps,
    status,
    energy: {
      kcal: estimateKcal(steps, kg, (id) => findExercise(id)?.met),
      bodyWeightKg: Math.round(kg * 10) / 10,
    },
  })
}
