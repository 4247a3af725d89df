// Turns the timer's step records (monotonic clock) into history's session steps (offsets from the session start).
import type { SessionStep } from '../model/session'
import type { Plan } from './plan'
import type { StepRecord } from './timerReducers'

export function toSessionStep(
  plan: Plan,
  record: StepRecord,
  sessionStartedAt: number
): SessionStep {
  const step = plan.steps[record.stepIndex]!
  return {
    stepIndex: record.stepIndex,
    kind: step.kind,
    label: step.label.slice(0, 120),
    ...(step.exercise ? { exerciseName: step.exercise.name } : {}),
    ...(step.exercise?.libraryId ? { libraryId: step.exercise.libraryId } : {}),
    ...(step.side ? { side: step.side } : {}),
    ...(step.block ? { block: step.block } : {}),
    ...(step.round ? { round: step.round } : {}),
    plannedMs: step.durationMs,
    startOffsetMs: Math.max(0, Math.round(record.startedAt - sessionStartedAt)),
    actualMs: Math.max(0, Math.round(record.endedAt - record.startedAt - record.pausedMs)),
    pausedMs: Math.max(0, Math.round(record.pausedMs)),
    addedMs: Math.round(record.addedMs),
    outcome: record.outcome,
    ...(record.overrunMs ? { overrunMs: Math.round(record.overrunMs) } : {}),
  }
}
