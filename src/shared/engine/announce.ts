// What the voice says at each cue, short enough to finish before the next one.
import { formatDuration } from '../model/durations'
import type { PlanStep } from './plan'
import type { TimerCue } from './timerReducers'

function what(step: PlanStep): string {
  const name = step.exercise?.name ?? step.label
  const side = step.side ? `, ${step.side} side` : ''
  const amount =
    step.durationMs === null
      ? step.exercise?.reps
        ? `, ${step.exercise.reps} reps`
        : ''
      : `, ${formatDuration(step.durationMs, 'spoken')}`
  return `${name}${side}${amount}`
}

export function announcement(cue: TimerCue, options: { halfway: boolean }): string | null {
  switch (cue.type) {
    case 'countdown':
      return null
    case 'halfway':
      return options.halfway ? 'Halfway' : null
    case 'finished':
      return 'Workout complete. Well done.'
    case 'stepStart': {
      const { step, next } = cue
      const upNext = next
        ? `. Next: ${next.kind === 'work' ? (next.exercise?.name ?? next.label) : next.label}`
        : ''
      switch (step.kind) {
        case 'work':
          return what(step)
        case 'prepare':
          return `Get ready${upNext.replace('. Next:', '. First:')}`
        case 'switch':
          return 'Switch sides'
        case 'rest':
        case 'roundRest':
          return `${step.kind === 'rest' ? 'Rest' : 'Round rest'}, ${formatDuration(step.durationMs ?? 0, 'spoken')}${upNext}`
        case 'warmup':
        case 'cooldown':
          return `${step.label}, ${formatDuration(step.durationMs ?? 0, 'spoken')}`
      }
    }
  }
}
