import { describe, expect, it } from 'vitest'
import { circuitAsText } from '@shared/circuits/circuitText'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { blankCircuit, entryFromExercise, moveItem } from '@shared/model/builder'
import { findExercise, PRESETS, circuitFromPreset } from '@shared/library'

describe('builder logic', () => {
  it('starts a new circuit that asks for exercises before it can be saved', () => {
    const c = blankCircuit('c1', '2026-11-21T10:00:00.000Z', 15)
    expect(c.prepareSec).toBe(15)
    const result = validateCircuit(c)
    expect(result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'Block 1: A block needs at least one exercise',
    ])
    c.blocks[0]!.exercises.push(entryFromExercise(findExercise('face-pull')!, 'e1'))
    expect(validateCircuit(c).ok).toBe(true)
  })

  it('makes one-sided library moves a left/right split, leaving timings to the defaults', () => {
    expect(entryFromExercise(findExercise('single-arm-dumbbell-row')!, 'x')).toEqual({
      id: 'x',
      name: 'Single-arm dumbbell rows',
      libraryId: 'single-arm-dumbbell-row',
      mode: 'timed',
      sides: true,
      switchSec: 5,
    })
  })

  it('moves items and ignores moves off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c'])
  })

  it('writes a circuit as readable text', () => {
    const text = circuitAsText(circuitFromPreset(PRESETS[0]!, 'm', '2026-11-21T10:00:00.000Z'))
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Metabolic back circuit (13 min 50 s)',
      'Rows, face pulls and bird-dogs on repeat with short rests: upper, mid and lower back in one fast loop.',
      'Get ready: 10 s',
      '',
      'Circuit: 4 rounds, 1 min rest between rounds',
      '  1. Bent-over barbell rows: 40 s work, 20 s rest',
      '  2. Face pulls: 40 s work, 20 s rest',
      '  3. Bird-dogs: 40 s work, 20 s rest',
    ])
  })
})
