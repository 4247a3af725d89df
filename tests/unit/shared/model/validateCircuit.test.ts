import { describe, expect, it } from 'vitest'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { describePath } from '@shared/model/problems'
import { circuit, exercise } from '@tests/unit/helpers/circuits'

describe('validateCircuit', () => {
  it('accepts a valid circuit', () => {
    expect(validateCircuit(circuit())).toMatchObject({ ok: true })
  })

  it('returns every problem with its path, where it is, and a readable message', () => {
    const bad = circuit({ name: '  ', prepareSec: -1 }, [
      {
        id: 'b1',
        rounds: 101,
        restBetweenRoundsSec: 0,
        exercises: [
          exercise('Rows', { workSec: 0 }),
          exercise('Curls', { mode: 'reps' }),
          exercise('x'.repeat(81)),
        ],
      },
    ])
    const result = validateCircuit(bad)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]))
    expect(byPath['name']?.message).toBe('Name cannot be empty')
    expect(byPath['prepareSec']?.message).toBe('Prepare time cannot be negative')
    expect(byPath['blocks.0.rounds']).toMatchObject({
      where: 'Block 1',
      message: 'Rounds can be at most 100',
    })
    expect(byPath['blocks.0.exercises.0.workSec']).toMatchObject({
      where: 'Block 1, exercise 1',
      message: 'Work time must be at least 1 second',
    })
    expect(byPath['blocks.0.exercises.1.reps']?.message).toBe(
      'Set how many reps, or make the exercise timed'
    )
    expect(byPath['blocks.0.exercises.2.name']?.message).toBe(
      'Exercise name can be at most 80 characters'
    )
  })

  it('limits durations to 2 hours and exercises to 200', () => {
    const long = validateCircuit(circuit({ defaults: { workSec: 7201, restSec: 0 } }))
    expect(long.ok ? [] : long.problems.map((p) => p.message)).toContain(
      'Default work time can be at most 2 hours'
    )
    const many = Array.from({ length: 201 }, (_, i) => exercise(`Move ${i}`))
    const blocks = [
      { id: 'a', rounds: 1, restBetweenRoundsSec: 0, exercises: many.slice(0, 101) },
      { id: 'b', rounds: 1, restBetweenRoundsSec: 0, exercises: many.slice(101) },
    ]
    const result = validateCircuit(circuit({}, blocks))
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain(
      'A circuit can have at most 200 exercises (this one has 201)'
    )
  })

  it('rejects unknown fields, wrong types and non-objects', () => {
    const result = validateCircuit({
      ...circuit(),
      __proto__: { polluted: true },
      extra: 1,
      rounds: 'x',
    })
    expect(result.ok).toBe(false)
    expect(validateCircuit(null).ok).toBe(false)
    expect(validateCircuit('circuit').ok).toBe(false)
    const typed = validateCircuit({ ...circuit(), prepareSec: '10' })
    expect(typed.ok ? '' : typed.problems[0]?.message).toBe(
      'Prepare time must be a number of seconds'
    )
  })

  it('describes paths for people: the place in words, the field left to the message', () => {
    expect(describePath([])).toBe('Circuit')
    expect(describePath(['blocks', '1', 'exercises', '0', 'restSec'])).toBe('Block 2, exercise 1')
    expect(describePath(['defaults', 'workSec'])).toBe('Circuit')
    expect(describePath(['blocks', '0', 'format', 'windowSec'])).toBe('Block 1')
    expect(describePath(['warmup', 'durationSec'])).toBe('Warm-up')
    // A path from some other file keeps the keys it has no words for.
    expect(describePath(['steps', 'kind'])).toBe('steps, kind')
  })

  it('says every builder problem without a code name in it', () => {
    const bad = circuit()
    bad.defaults.workSec = 0
    bad.blocks[0]!.restBetweenRoundsSec = -1
    const result = validateCircuit(bad)
    const lines = result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`)
    expect(lines).toEqual([
      'Circuit: Default work time must be at least 1 second',
      'Block 1: Rest between rounds cannot be negative',
    ])
  })
})
