// The builder's field checks in the screen's language: the model says what is wrong as data (problemCheck.ts),
// this says it in words (builder.json, check), with numbers and durations through Intl.
import type { Wording } from '../engine/stepWords'
import { formatDuration, formatNumber } from '../i18n/format'
import type { Place } from '../model/problemCheck'
import type { Problem } from '../model/problems'

/** Values that are lengths of time, in seconds: said as durations ("2 hours", "2 Stunden"). */
const DURATIONS = new Set(['work', 'window'])

/** The problem's sentence; a shape no screen makes ('other') keeps the model's English message. */
export function problemMessage(problem: Problem, { t, lang }: Wording): string {
  const { code, field, values } = problem.check
  if (code === 'other') return problem.message
  const seconds = field.endsWith('Sec') || code === 'planTooLong'
  const words: Record<string, unknown> = {
    ...values,
    field: t(`builder:check.field.${field}`, { defaultValue: field }),
  }
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'number') continue
    const isTime = DURATIONS.has(name) || (seconds && (name === 'min' || name === 'max'))
    words[name] = isTime ? formatDuration(value, lang) : formatNumber(value, lang)
  }
  // Plural forms follow the number the sentence counts.
  const count = values.count ?? values.max
  if (typeof count === 'number') words.count = count
  if (code === 'unsafe') return t(`builder:check.unsafe.${String(values.kind)}`, words)
  // A time field that is not a number says so in seconds, the unit its box takes.
  if (seconds && (code === 'notNumber' || code === 'notWhole')) {
    return t(`builder:check.${code}Seconds`, words)
  }
  return t(`builder:check.${code}`, words)
}

/** Where the problem is ("Block 2, exercise 3"); the whole circuit when it is not inside a part. */
export function problemWhere(problem: Problem, { t }: Wording): string {
  if (problem.places.length === 0) return t('builder:check.place.circuit')
  // A path, not a list ("Block 1, exercise 2"): each language says how a part sits inside another.
  const [first, ...rest] = problem.places.map((place) => placeWords(place, t))
  return rest.reduce((outer, inner) => t('builder:check.place.within', { outer, inner }), first!)
}

function placeWords(place: Place, t: Wording['t']): string {
  switch (place.kind) {
    case 'block':
      return t('builder:check.place.block', { number: place.number })
    case 'exercise':
      return t('builder:check.place.exercise', { number: place.number })
    case 'warmup':
      return t('builder:check.place.warmup')
    case 'cooldown':
      return t('builder:check.place.cooldown')
  }
}
