// The one formatter of zod problems: each issue named by where it is, in English words for main and logs,
// and as data (problemCheck.ts) for the builder, which words it in the screen's language.
import type { z } from 'zod'
import { checkOf, placesOf, type Check, type Place } from './problemCheck'

export interface Problem {
  /** Machine path, e.g. "blocks.0.exercises.2.workSec": the builder puts the message next to that field. */
  path: string
  /** Where it is, in words, e.g. "Block 1, exercise 3"; the message itself names the field. */
  where: string
  message: string
  /** The same problem as data, for a screen that words it in its own language. */
  check: Check
  places: Place[]
}

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String)
    return {
      path: path.join('.'),
      where: describePath(path),
      message: friendly(issue),
      check: checkOf(issue, path),
      places: placesOf(path),
    }
  })
}

function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return issue.input === undefined ? 'This is required' : `Expected ${issue.expected}`
  }
  return issue.message
}

/** Parts of a circuit a person knows by name; the fields inside them are named by the message. */
const PLACES: Readonly<Record<string, string>> = {
  warmup: 'Warm-up',
  cooldown: 'Cool-down',
}

/** Field names whose messages already say what they are ("Work time must be…"): not repeated. */
const NAMED_BY_MESSAGE = new Set([
  'name',
  'description',
  'color',
  'category',
  'prepareSec',
  'defaults',
  'workSec',
  'restSec',
  'reps',
  'mode',
  'sides',
  'switchSec',
  'notes',
  'rounds',
  'restBetweenRoundsSec',
  'format',
  'windowSec',
  'windows',
  'capSec',
  'durationSec',
  'label',
  'exercises',
  'blocks',
])

export function describePath(path: readonly string[]): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!
    const index = Number(path[i + 1])
    if ((key === 'blocks' || key === 'exercises') && Number.isInteger(index)) {
      parts.push(`${key === 'blocks' ? 'Block' : 'exercise'} ${index + 1}`)
      i++
    } else if (PLACES[key]) {
      parts.push(PLACES[key])
    } else if (!NAMED_BY_MESSAGE.has(key)) {
      parts.push(key)
    }
  }
  return parts.join(', ') || 'Circuit'
}
