// The exercise library and presets in each language: words translated, ids and numbers untouched, and every
// translation still a valid exercise (the schema's length limits hold in German too).
import { describe, expect, it } from 'vitest'
import {
  EXERCISES,
  ExerciseSchema,
  PRESETS,
  equipmentLabel,
  localizeExercise,
  localizePreset,
  muscleLabel,
  regionLabel,
  searchExercises,
  type Exercise,
} from '@shared/library'
import { CircuitSchema } from '@shared/model/circuit'
import { circuitFromPreset } from '@shared/library'
import { LANGUAGES } from '@shared/model/language'
import { createI18n, switchLanguage, translator } from '@shared/i18n/createI18n'

async function translatorFor(lang: (typeof LANGUAGES)[number]) {
  const i18n = createI18n()
  await switchLanguage(i18n, lang)
  return translator(i18n)
}

describe('localizeExercise', () => {
  it('speaks the words gyms use, and keeps the id', async () => {
    const byId = (id: string) => EXERCISES.find((e) => e.id === id)!
    const de = await translatorFor('de')
    const fr = await translatorFor('fr')
    const es = await translatorFor('es')
    expect(localizeExercise(byId('bent-over-barbell-row'), de).name).toBe(
      'Vorgebeugtes Langhantelrudern'
    )
    expect(localizeExercise(byId('face-pull'), fr).name).toBe('Tirage visage')
    expect(localizeExercise(byId('bent-over-barbell-row'), fr).name).toBe(
      'Rowing buste penché à la barre'
    )
    expect(localizeExercise(byId('face-pull'), es).name).toBe('Jalón a la cara')
    expect(localizeExercise(byId('conventional-deadlift'), de)).toMatchObject({
      id: 'conventional-deadlift',
      name: 'Kreuzheben',
      workSec: byId('conventional-deadlift').workSec,
    })
  })

  it.each(LANGUAGES)(
    '%s: every move is translated, valid, and keeps its safety note',
    async (lang) => {
      const t = await translatorFor(lang)
      const names = new Set<string>()
      for (const exercise of EXERCISES) {
        const local = localizeExercise(exercise, t)
        expect(ExerciseSchema.parse(local)).toEqual(local)
        expect(Boolean(local.safety)).toBe(Boolean(exercise.safety))
        expect(local.name).not.toMatch(/^library:/)
        names.add(local.name)
        const { name: _n, cue: _c, safety: _s, ...facts } = local
        const { name: _n2, cue: _c2, safety: _s2, ...original } = exercise
        expect(facts).toEqual(original)
      }
      // Two moves with one name could not be told apart in the picker.
      expect(names.size).toBe(EXERCISES.length)
    }
  )

  it("leaves the user's own exercises as they wrote them", async () => {
    const mine: Exercise = { ...EXERCISES[0]!, id: 'my-row', name: 'My row', custom: true }
    expect(localizeExercise(mine, await translatorFor('de'))).toBe(mine)
  })

  it('finds moves by their translated name', async () => {
    const t = await translatorFor('de')
    const local = EXERCISES.map((e) => localizeExercise(e, t))
    expect(searchExercises(local, { text: 'kreuzheben' }).map((e) => e.id)).toContain(
      'romanian-deadlift'
    )
  })

  it('labels regions, muscles and equipment', async () => {
    const t = await translatorFor('es')
    expect(regionLabel('lower-back', t)).toBe('Zona lumbar')
    expect(muscleLabel('glutes', t)).toBe('Glúteos')
    expect(equipmentLabel('band', t)).toBe('Banda elástica')
  })
})

describe('localizePreset', () => {
  it.each(LANGUAGES)('%s: every preset is translated into a valid circuit', async (lang) => {
    const t = await translatorFor(lang)
    for (const preset of PRESETS) {
      const local = localizePreset(preset, EXERCISES, t)
      expect(local.id).toBe(preset.id)
      const circuit = circuitFromPreset(local, `preset-${local.id}`, '2026-01-01T00:00:00.000Z')
      expect(CircuitSchema.safeParse(circuit).success, `${lang} ${preset.id}`).toBe(true)
    }
  })

  it('names the moves, warm-up and cool-down in the language; ids stay', async () => {
    const t = await translatorFor('de')
    const hiit = localizePreset(
      PRESETS.find((p) => p.id === 'hiit-20')!,
      EXERCISES,
      t
    )
    expect(hiit.name).toBe('20-Minuten-HIIT')
    expect(hiit.circuit.warmup?.label).toBe('Aufwärmen: Gehen auf der Stelle und Armkreisen')
    const first = hiit.circuit.blocks[0]!.exercises[0]!
    expect(first).toMatchObject({ id: 'kettlebell-swing', name: 'Kettlebell-Swings' })
  })
})
