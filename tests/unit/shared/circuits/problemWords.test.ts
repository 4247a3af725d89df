// The builder's field checks: the model names each problem as data, and the words say it in every language.
import { describe, expect, it } from 'vitest'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { problemMessage, problemWhere } from '@shared/circuits/problemWords'
import type { Problem } from '@shared/model/problems'
import { LANGUAGES } from '@shared/model/language'
import { circuit, exercise } from '../../helpers/circuits'
import { ENGLISH_WORDS, wordingIn } from '../../helpers/wording'

function problemsOf(input: unknown): Problem[] {
  const result = validateCircuit(input)
  if (result.ok) throw new Error('expected problems')
  return result.problems
}

const at = (problems: Problem[], path: string) => {
  const found = problems.find((p) => p.path === path)
  if (!found) throw new Error(`no problem at ${path}: ${problems.map((p) => p.path).join(', ')}`)
  return found
}

/** One circuit with a problem of most kinds the editor can make. */
const broken = () =>
  circuit({ name: ' ', prepareSec: 900, defaults: { workSec: 0, restSec: -1 } }, [
    {
      id: 'b1',
      rounds: 1.5,
      restBetweenRoundsSec: 60,
      exercises: [
        exercise('Rows', { mode: 'reps' }),
        exercise('Face\npulls', { workSec: 8000, notes: 'ok\u202e' }),
      ],
    },
    { id: 'b2', rounds: 1, restBetweenRoundsSec: 0, exercises: [] },
  ])

describe('field checks as data', () => {
  it('names the check, the field and its numbers, not English words', () => {
    const problems = problemsOf(broken())
    expect(at(problems, 'name').check).toMatchObject({ code: 'empty', field: 'name' })
    expect(at(problems, 'prepareSec').check).toMatchObject({
      code: 'tooLong',
      values: { max: 600 },
    })
    expect(at(problems, 'defaults.restSec').check).toMatchObject({
      code: 'negative',
      field: 'defaultRestSec',
    })
    expect(at(problems, 'blocks.0.rounds').check.code).toBe('notWhole')
    expect(at(problems, 'blocks.0.exercises.1.name').check).toMatchObject({
      code: 'unsafe',
      field: 'exerciseName',
      values: { kind: 'lineBreak' },
    })
    expect(at(problems, 'blocks.0.exercises.1.notes').check.values.kind).toBe('bidi')
    expect(at(problems, 'blocks.1.exercises').check.code).toBe('noExercises')
    expect(at(problems, 'blocks.0.exercises.1.workSec').places).toEqual([
      { kind: 'block', number: 1 },
      { kind: 'exercise', number: 2 },
    ])
  })
})

describe('field checks in words', () => {
  it('says them in English as the model did', () => {
    const problems = problemsOf(broken())
    const say = (path: string) => problemMessage(at(problems, path), ENGLISH_WORDS)
    expect(say('name')).toBe('Name cannot be empty')
    expect(say('prepareSec')).toBe('Prepare time can be at most 10 minutes')
    expect(say('defaults.workSec')).toBe('Default work time must be at least 1 second')
    expect(say('blocks.0.rounds')).toBe('Rounds must be a whole number')
    expect(say('blocks.0.exercises.1.workSec')).toBe('Work time can be at most 2 hours')
    expect(problemWhere(at(problems, 'blocks.0.exercises.1.workSec'), ENGLISH_WORDS)).toBe(
      'Block 1, exercise 2'
    )
    expect(problemWhere(at(problems, 'name'), ENGLISH_WORDS)).toBe('Circuit')
  })

  it('says them in German, French and Spanish, durations and places included', async () => {
    const problems = problemsOf(broken())
    const expected = {
      de: [
        'Vorbereitung: höchstens 10 Minuten',
        'Block 1, Übung 2',
        'Ein Block braucht mindestens eine Übung',
      ],
      fr: [
        'Préparation : au plus 10 minutes',
        'Bloc 1, exercice 2',
        'Un bloc doit avoir au moins un exercice',
      ],
      es: [
        'Preparación: como máximo 10 minutos',
        'Bloque 1, ejercicio 2',
        'Un bloque necesita al menos un ejercicio',
      ],
    } as const
    for (const [lang, [prepare, where, empty]] of Object.entries(expected)) {
      const w = await wordingIn(lang as keyof typeof expected)
      expect(problemMessage(at(problems, 'prepareSec'), w)).toBe(prepare)
      expect(problemWhere(at(problems, 'blocks.0.exercises.1.workSec'), w)).toBe(where)
      expect(problemMessage(at(problems, 'blocks.1.exercises'), w)).toBe(empty)
    }
  })

  it('has words for every problem in every language (never a bare key)', async () => {
    const emom = circuit({}, [
      {
        id: 'b1',
        format: { type: 'emom', windowSec: 30, windows: 4 },
        rounds: 1,
        restBetweenRoundsSec: 0,
        exercises: [exercise('Burpees', { workSec: 40 })],
      },
      {
        id: 'b2',
        format: { type: 'forTime' },
        rounds: 1,
        restBetweenRoundsSec: 0,
        exercises: [exercise('Rows')],
      },
    ])
    const long = circuit({}, [
      { id: 'b1', rounds: 100, restBetweenRoundsSec: 7200, exercises: [exercise('Plank')] },
    ])
    const all = [
      ...problemsOf(broken()),
      ...problemsOf(emom),
      ...problemsOf(long),
      ...problemsOf({ ...circuit(), color: 'red', extra: 1 }),
    ]
    all.push(
      ...problemsOf(
        circuit({}, [{ ...long.blocks[0]!, exercises: [exercise('Rows', { mode: 'reps' })] }])
      )
    )
    expect(all.map((p) => p.check.code)).toEqual(
      expect.arrayContaining([
        'workLongerThanWindow',
        'forTimeNeedsReps',
        'planTooLong',
        'colour',
        'repsMissing',
      ])
    )
    expect(all.some((p) => p.check.code === 'other')).toBe(false)
    for (const lang of LANGUAGES) {
      const w = await wordingIn(lang)
      for (const problem of all) {
        const words = problemMessage(problem, w)
        expect(words, `${lang} ${problem.path}`).not.toMatch(/check\.|\{\{/)
        expect(problemWhere(problem, w)).not.toMatch(/check\./)
      }
    }
  })
})
