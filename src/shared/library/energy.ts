// Energy estimate for a session: MET x body weight (kg) x hours, step by step. An estimate, and it says so.
import type { SessionStep } from '../model/session'
import { STEP_KIND_MET } from './mets'

export type MetLookup = (libraryId: string | undefined) => number | undefined

export function stepMet(step: Pick<SessionStep, 'kind' | 'libraryId'>, metOf: MetLookup): number {
  switch (step.kind) {
    case 'work':
      return metOf(step.libraryId) ?? STEP_KIND_MET.unknownWork.met
    case 'warmup':
      return STEP_KIND_MET.warmup.met
    case 'cooldown':
      return STEP_KIND_MET.cooldown.met
    default:
      return STEP_KIND_MET.rest.met
  }
}

/** kcal = sum over steps of MET x kg x hours (active time only; pauses count for nothing). */
export function estimateKcal(
  steps: readonly SessionStep[],
  bodyWeightKg: number,
  metOf: MetLookup
): number {
  let kcal = 0
  for (const step of steps)
    kcal += stepMet(step, metOf) * bodyWeightKg * (step.actualMs / 3_600_000)
  return Math.round(kcal * 10) / 10
}

export const toKg = (weight: number, unit: 'kg' | 'lb'): number =>
  unit === 'kg' ? weight : weight * 0.45359237
