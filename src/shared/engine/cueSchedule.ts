// The cues still to come within a horizon, assuming nobody touches the controls: what audio schedules ahead.
// Keys match the cues the machine emits (see cueKey), so audio can tell a scheduled cue from one it must play now.
import type { StepKind } from './plan'
import { stepCues } from './stepCues'
import { pendingCues, stepEndsAt, type TimerContext, type TimerCue } from './timerReducers'

export interface UpcomingCue {
  key: string
  type: TimerCue['type']
  dueAt: number
  stepIndex: number
  /** For stepStart: the kind of the step that starts. */
  kind?: StepKind
  secondsLeft?: 1 | 2 | 3
}

/** Same cue, same key: the step, the kind of cue, and its due time to the millisecond. */
export function cueKey(cue: {
  type: TimerCue['type']
  dueAt: number
  stepIndex?: number
  secondsLeft?: number
}): string {
  const where = cue.type === 'finished' ? 'end' : cue.stepIndex
  return `${where}:${cue.type}${cue.secondsLeft ?? ''}@${Math.round(cue.dueAt)}`
}

/** For a session that is running (not idle, paused or over). */
export function upcomingCues(ctx: TimerContext, now: number, horizonMs: number): UpcomingCue[] {
  if (ctx.endedAt !== null || ctx.pausedAt !== null) return []
  const until = now + horizonMs
  const result: UpcomingCue[] = []
  const add = (cue: Omit<UpcomingCue, 'key'>) => {
    if (cue.dueAt >= now - 1 && cue.dueAt <= until) result.push({ ...cue, key: cueKey(cue) })
  }
  for (const cue of pendingCues(ctx)) {
    const made = cue.make(0)
    add({
      type: made.type,
      dueAt: made.dueAt,
      stepIndex: ctx.stepIndex,
      ...('secondsLeft' in made ? { secondsLeft: made.secondsLeft } : {}),
    })
  }
  // Later steps, as planned from the current step's end, until the horizon or a manual step.
  let endsAt = stepEndsAt(ctx)
  let index = ctx.stepIndex + 1
  while (endsAt !== null && endsAt <= until) {
    const step = ctx.plan.steps[index]
    if (!step) {
      add({ type: 'finished', dueAt: endsAt, stepIndex: -1 })
      break
    }
    add({ type: 'stepStart', dueAt: endsAt, stepIndex: index, kind: step.kind })
    if (step.durationMs === null) break
    const stepEnd = endsAt + step.durationMs
    for (const { type, dueAt, secondsLeft } of stepCues(step, stepEnd, 0)) {
      add({ type, dueAt, stepIndex: index, ...(secondsLeft ? { secondsLeft } : {}) })
    }
    endsAt = stepEnd
    index++
  }
  return result.sort((a, b) => a.dueAt - b.dueAt)
}

/**
 * When the next cue that is not yet within `horizonMs` of `now` comes within it (same clock as the cues'
 * `dueAt`), or null when none will: a page wakes then, instead of polling, to hand the cue to its audio clock.
 */
export function nextHorizonEntry(
  cues: readonly Pick<UpcomingCue, 'dueAt'>[],
  now: number,
  horizonMs: number
): number | null {
  let next: number | null = null
  for (const cue of cues) {
    const enters = cue.dueAt - horizonMs
    if (enters > now && (next === null || enters < next)) next = enters
  }
  return next
}
