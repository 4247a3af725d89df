// What the voice says at each cue, short enough to finish before the next one, in the language of the
// voice that says it (the caller hands in its translator; the speech picks a voice of that language).
import type { PlanStep } from './plan'
import { durationWords, stepName, type Wording } from './stepWords'
import type { TimerCue } from './timerReducers'

/** The move, its side and how much: "Lunges, left side, 40 seconds". */
function what(step: PlanStep, w: Wording): string {
  const name = stepName(step, w)
  const amount =
    step.durationMs === null
      ? step.exercise?.reps
        ? w.t('common:count.reps', { count: step.exercise.reps })
        : null
      : durationWords(step.durationMs, w, 'long')
  const side = step.side ? w.t(`run:voice.side.${step.side}`) : null
  return [name, side, amount].filter(Boolean).join(w.t('run:voice.comma'))
}

function stepLine(step: PlanStep, next: PlanStep | null, w: Wording): string {
  const { t } = w
  const length = durationWords(step.durationMs ?? 0, w, 'long')
  const name = next ? stepName(next, w) : null
  switch (step.kind) {
    case 'work':
      return what(step, w)
    case 'prepare':
      return name ? t('run:voice.getReadyFirst', { name }) : t('run:voice.getReady')
    case 'switch':
      return t('run:voice.switch')
    case 'rest':
    case 'roundRest': {
      const phase = t(`run:kind.${step.kind}`)
      return name
        ? t('run:voice.timedNext', { phase, length, name })
        : t('run:voice.timed', { phase, length })
    }
    case 'warmup':
    case 'cooldown':
      return t('run:voice.timed', { phase: stepName(step, w), length })
  }
}

export function announcement(
  cue: TimerCue,
  options: { halfway: boolean },
  w: Wording
): string | null {
  switch (cue.type) {
    case 'countdown':
      return null
    case 'halfway':
      return options.halfway ? w.t('run:voice.halfway') : null
    case 'finished':
      return w.t('run:voice.finished')
    case 'stepStart':
      return stepLine(cue.step, cue.next, w)
  }
}
