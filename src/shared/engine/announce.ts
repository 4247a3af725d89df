// What the voice says at each cue, short enough to finish before the next one.
import type { PlanStep } from './plan'
import type { TimerCue } from './timerReducers'

export function spokenDuration(ms: number): string {
  const total = Math.round(ms / 1000)
  const m = Math.floor(total / 60)
  const s = total % 60
  const mins = m === 1 ? '1 minute' : `${m} minutes`
  const secs = s === 1 ? '1 second' : `${s} seconds`
  if (m === 0) return secs
  return s === 0 ? mins : `${mins} ${secs}`
}

function what(step: PlanStep): string {
  const name = step.exercise?.name ?? step.label
  const side = step.side ? `, ${step.side} side` : ''
  const amount =
    step.durationMs === null
      ? step.exercise?.reps
        ? `, ${step.exercise.reps} reps`
        : ''
      : `, ${spokenDuration(step.durationMs)}`
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
          return `${step.kind === 'rest' ? 'Rest' : 'Round rest'}, ${spokenDuration(step.durationMs ?? 0)}${upNext}`
        case 'warmup':
        case 'cooldown':
          return `${step.label}, ${spokenDuration(step.durationMs ?? 0)}`
      }
    }
  }
}
