// The one rule for which cues a timed step has and when they are due: the machine emits them
// (timerReducers's pendingCues) and audio schedules them ahead (cueSchedule's upcomingCues) from this.
import type { PlanStep } from './plan'

/** Halfway cues only make sense on work intervals long enough to notice them. */
export const HALFWAY_MIN_MS = 10_000

export interface StepCue {
  /** Unique within a step: which cue it is ("halfway", "countdown-3"...). */
  key: string
  type: 'halfway' | 'countdown'
  dueAt: number
  secondsLeft?: 1 | 2 | 3
}

/**
 * The cues of a timed step that ends at `endsAt` after running `durationMs + addedMs`, in time order.
 * A manual step (no duration) has none.
 */
export function stepCues(step: PlanStep, endsAt: number, addedMs: number): StepCue[] {
  if (step.durationMs === null) return []
  const activeMs = step.durationMs + addedMs
  const cues: StepCue[] = []
  if (step.kind === 'work' && step.durationMs >= HALFWAY_MIN_MS) {
    cues.push({ key: 'halfway', type: 'halfway', dueAt: endsAt - activeMs / 2 })
  }
  for (const secondsLeft of [3, 2, 1] as const) {
    if (secondsLeft * 1000 >= activeMs) continue
    cues.push({
      key: `countdown-${secondsLeft}`,
      type: 'countdown',
      dueAt: endsAt - secondsLeft * 1000,
      secondsLeft,
    })
  }
  return cues.sort((a, b) => a.dueAt - b.dueAt)
}
