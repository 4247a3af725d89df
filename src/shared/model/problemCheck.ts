// What a zod problem is, as data the screen words in its language: the model says which check failed, on
// which field, with which numbers; the builder turns that into a sentence (builder:check). No words here.
import type { z } from 'zod'

/** The checks the builder words; 'other' keeps the model's English message (a shape no screen makes). */
export type CheckCode =
  | 'required'
  | 'notNumber'
  | 'notWhole'
  | 'notText'
  | 'negative'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'empty'
  | 'tooManyCharacters'
  | 'noBlocks'
  | 'noExercises'
  | 'tooManyBlocks'
  | 'tooManyExercises'
  | 'colour'
  | 'unexpectedValue'
  | 'unknownFields'
  | 'unsafe'
  | 'tooManyExercisesInCircuit'
  | 'repsMissing'
  | 'forTimeNeedsReps'
  | 'workLongerThanWindow'
  | 'planTooLong'
  | 'planTooManySteps'
  | 'other'

export interface Check {
  code: CheckCode
  /** The field the check is about, by a name the builder knows (builder:check.field.<field>). */
  field: string
  /** Numbers (seconds are seconds), names and kinds the sentence needs. */
  values: Record<string, string | number>
}

/** A part of the circuit on the way to the field: "Block 2", "exercise 3", "Warm-up". */
export type Place =
  | { kind: 'block'; number: number }
  | { kind: 'exercise'; number: number }
  | { kind: 'warmup' }
  | { kind: 'cooldown' }

const CUSTOM_CHECKS = new Set<string>([
  'unsafe',
  'tooManyExercisesInCircuit',
  'repsMissing',
  'forTimeNeedsReps',
  'workLongerThanWindow',
  'planTooLong',
  'planTooManySteps',
])

/** The places on a path, in order; the field itself is not one (the check names it). */
export function placesOf(path: readonly string[]): Place[] {
  const places: Place[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    const index = Number(path[i + 1])
    if ((key === 'blocks' || key === 'exercises') && Number.isInteger(index)) {
      places.push({ kind: key === 'blocks' ? 'block' : 'exercise', number: index + 1 })
      i++
    } else if (key === 'warmup' || key === 'cooldown') {
      places.push({ kind: key })
    }
  }
  return places
}

/** The field's name: the last key of the path, told apart where one name means several fields. */
export function fieldOf(path: readonly string[]): string {
  const keys = path.filter((key) => !/^\d+$/.test(key))
  const last = keys.at(-1) ?? 'circuit'
  const parent = keys.at(-2)
  if (last === 'name' && parent === 'exercises') return 'exerciseName'
  if (last === 'name' && parent === 'blocks') return 'blockName'
  if ((last === 'workSec' || last === 'restSec') && parent === 'blocks') {
    return last === 'workSec' ? 'blockWorkSec' : 'blockRestSec'
  }
  if ((last === 'workSec' || last === 'restSec') && parent === 'defaults') {
    return last === 'workSec' ? 'defaultWorkSec' : 'defaultRestSec'
  }
  return last
}

export function checkOf(issue: z.core.$ZodIssue, path: readonly string[]): Check {
  const field = fieldOf(path)
  const seconds = field.endsWith('Sec')
  const of = (code: CheckCode, values: Check['values'] = {}): Check => ({ code, field, values })
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>
      const code = String(params.check)
      return CUSTOM_CHECKS.has(code) ? of(code as CheckCode, params) : of('other')
    }
    case 'unrecognized_keys':
      return of('unknownFields', { fields: issue.keys.join(', '), count: issue.keys.length })
    case 'invalid_type':
      if (issue.input === undefined && issue.message.startsWith('Invalid input'))
        return of('required')
      if (issue.expected === 'int') return of('notWhole')
      if (issue.expected === 'number') return of('notNumber')
      return of(issue.expected === 'string' ? 'notText' : 'other')
    case 'invalid_value':
      return of('unexpectedValue')
    case 'invalid_format':
      return of(field === 'color' ? 'colour' : 'other')
    case 'too_small':
      return tooSmall(issue, field, seconds, of)
    case 'too_big':
      return tooBig(issue, field, seconds, of)
    default:
      return of('other')
  }
}

type Make = (code: CheckCode, values?: Check['values']) => Check

function tooSmall(issue: z.core.$ZodIssueTooSmall, field: string, seconds: boolean, of: Make) {
  const min = Number(issue.minimum)
  if (issue.origin === 'string') return of('empty')
  if (issue.origin === 'array') return of(field === 'blocks' ? 'noBlocks' : 'noExercises')
  if (min === 0) return of('negative')
  return of(seconds ? 'tooShort' : 'tooSmall', { min })
}

function tooBig(issue: z.core.$ZodIssueTooBig, field: string, seconds: boolean, of: Make) {
  const max = Number(issue.maximum)
  if (issue.origin === 'string') return of('tooManyCharacters', { max })
  if (issue.origin === 'array') {
    return of(field === 'blocks' ? 'tooManyBlocks' : 'tooManyExercises', { max })
  }
  return of(seconds ? 'tooLong' : 'tooBig', { max })
}
