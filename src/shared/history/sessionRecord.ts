// Turns what happened (step records) into the session history keeps, with totals derived one way everywhere.
import type { Circuit } from '../model/circuit'
import type { ExerciseLoad, Session, SessionStep } from '../model/session'
import { isoWithOffset, offsetOf } from '../model/time'
import { scoresOf } from './scoring'

export interface BuildSessionInput {
  id: string
  circuit: Circuit
  startedAt: string
  timeZone: string
  steps: SessionStep[]
  status: Session['status']
  /** Defaults to the end of the last step. */
  endedAt?: string
  rpe?: number | null
  note?: string
  loads?: ExerciseLoad[]
  energy?: Session['energy']
}

export function buildSession(input: BuildSessionInput): Session {
  const activeMs = input.steps.reduce((sum, s) => sum + s.actualMs, 0)
  const pausedMs = input.steps.reduce((sum, s) => sum + s.pausedMs, 0)
  const last = input.steps.at(-1)
  const startMs = Date.parse(input.startedAt)
  const endedAt =
    input.endedAt ??
    isoWithOffset(
      startMs + (last ? last.startOffsetMs + last.actualMs + last.pausedMs : 0),
      offsetOf(input.startedAt)
    )
  return {
    schemaVersion: 1,
    id: input.id,
    circuit: input.circuit,
    startedAt: input.startedAt,
    endedAt,
    timeZone: input.timeZone,
    status: input.status,
    steps: input.steps,
    roundsCompleted: roundsCompleted(input.steps),
    activeMs,
    pausedMs,
    rpe: input.rpe ?? null,
    note: input.note ?? '',
    loads: input.loads ?? [],
    energy: input.energy ?? null,
    ...scoresField(input.circuit, input.steps),
  }
}

/** Scores only where the circuit has format blocks, so other sessions look as they always did. */
function scoresField(circuit: Circuit, steps: readonly SessionStep[]) {
  const scores = scoresOf(circuit, steps)
  return scores.length > 0 ? { scores } : {}
}

/** Rounds in which at least one work interval was completed (not skipped). */
export function roundsCompleted(steps: readonly SessionStep[]): number {
  const rounds = new Set<string>()
  for (const s of steps) {
    if (s.kind === 'work' && s.outcome === 'completed' && s.round !== undefined)
      rounds.add(`${s.block ?? 1}:${s.round}`)
  }
  return rounds.size
}
