// How a step is named in the reader's language, for the run screen, the TV, the phone and the voice: the
// phase words come from locales/<lang>/run.json, a library move's name from library.json, a name the user
// typed stays as typed. Pure: the caller hands in its translator, so this runs in main and in every page.
import type { Translate } from '../i18n/translate'
import { formatDuration, type DurationStyle } from '../i18n/format'
import { KIND_LABELS, type PlanStep, type StepKind } from './plan'

/** A translator and the language it writes: what every word maker takes. */
export interface Wording {
  t: Translate
  lang: string
}

/** The phase word: "Work", "Arbeit", "Travail", "Trabajo". */
export const kindName = (kind: StepKind, w: Wording) => w.t(`run:kind.${kind}`)

/**
 * A library move keeps its English name in the plan (circuits are stored that way); it reads in the
 * reader's language only while it still carries that name, so a move the user renamed keeps their name.
 */
function exerciseName(step: PlanStep, w: Wording): string {
  const name = step.exercise?.name ?? step.label
  const id = step.exercise?.libraryId
  if (!id) return name
  const key = `library:exercises.${id}.name`
  return w.t(key, { lng: 'en', defaultValue: '' }) === name
    ? w.t(key, { defaultValue: name })
    : name
}

/** What the step is called: the move during work; a warm-up or cool-down of the user's own by its label;
 * every other step by its phase word. */
export function stepName(step: PlanStep, w: Wording): string {
  if (step.kind === 'work') return exerciseName(step, w)
  const own =
    (step.kind === 'warmup' || step.kind === 'cooldown') && step.label !== KIND_LABELS[step.kind]
  return own ? step.label : kindName(step.kind, w)
}

/** A duration in the reader's words: "40 sec" on screen, "40 seconds" for the voice. */
export const durationWords = (ms: number, w: Wording, style: DurationStyle = 'short') =>
  formatDuration(ms / 1000, w.lang, style)

/** "Face pulls, 40 sec" or "Face pulls, 10 reps": a step in the list of what comes up. */
export function describeStepIn(step: PlanStep, w: Wording): string {
  const name = stepName(step, w)
  if (step.durationMs === null) {
    const reps = step.exercise?.reps
    return reps
      ? w.t('run:nameAndSize', { name, size: w.t('common:count.reps', { count: reps }) })
      : name
  }
  return w.t('run:nameAndSize', { name, size: durationWords(step.durationMs, w) })
}
