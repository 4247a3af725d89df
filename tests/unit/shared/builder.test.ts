import { describe, expect, it } from 'vitest'
import { circuitAsText } from '@shared/circuits/circuitText'
import { createI18n, switchLanguage, translator } from '@shared/i18n/createI18n'
import type { Language } from '@shared/model/language'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { blankCircuit, entryFromExercise, moveItem } from '@shared/model/builder'
import { findExercise, PRESETS, circuitFromPreset } from '@shared/library'

async function wordingFor(lang: Language) {
  const i18n = createI18n()
  await switchLanguage(i18n, lang)
  return { t: translator(i18n), lang }
}

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

  it('writes a circuit as readable text', async () => {
    const preset = circuitFromPreset(PRESETS[0]!, 'm', '2026-11-21T10:00:00.000Z')
    const text = circuitAsText(preset, await wordingFor('en'))
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Metabolic back circuit (13 min, 50 sec)',
      'Rows, face pulls and bird-dogs on repeat with short rests: upper, mid and lower back in one fast loop.',
      'Get ready: 10 sec',
      '',
      'Circuit: 4 rounds, 1 min rest between rounds',
      '  1. Bent-over barbell rows: 40 sec work, 20 sec rest',
      '  2. Face pulls: 40 sec work, 20 sec rest',
      '  3. Bird-dogs: 40 sec work, 20 sec rest',
    ])
    expect(text.split('\n').at(-1)).toBe('Made with Cadence')
  })

  it('writes the text in the reader’s language, one round or many', async () => {
    const preset = circuitFromPreset(PRESETS[0]!, 'm', '2026-11-21T10:00:00.000Z')
    const lines = circuitAsText(preset, await wordingFor('de')).split('\n')
    expect(lines[2]).toBe('Vorbereitung: 10 Sek.')
    expect(lines[4]).toBe('Zirkel: 4 Runden, 1 Min. Pause zwischen den Runden')
    expect(lines.at(-1)).toBe('Erstellt mit Cadence')
    const once = { ...preset, blocks: [{ ...preset.blocks[0]!, rounds: 1 }] }
    expect(circuitAsText(once, await wordingFor('es')).split('\n')[4]).toBe(
      'Circuito: 1 ronda, 1 min de descanso entre rondas'
    )
  })
})
