import { describe, expect, it } from 'vitest'
import {
  EXERCISES,
  ExerciseSchema,
  PRESETS,
  circuitFromPreset,
  findExercise,
  searchExercises,
} from '@shared/library'
import { compilePlan } from '@shared/engine/plan'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { estimateKcal, stepMet, toKg } from '@shared/library/energy'
import { plannedSteps } from '@tests/fixtures/sessions'

describe('exercise library', () => {
  it('has at least 35 valid entries with unique ids and names', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(35)
    for (const e of EXERCISES) expect(ExerciseSchema.safeParse(e).success, e.id).toBe(true)
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length)
    expect(new Set(EXERCISES.map((e) => e.name)).size).toBe(EXERCISES.length)
  })

  it('covers every move the articles describe', () => {
    const wanted = [
      'bent-over-barbell-row',
      'single-arm-dumbbell-row',
      'seated-cable-row',
      'band-seated-row',
      'renegade-row',
      'lat-pull-down',
      'band-pull-down',
      'face-pull',
      'band-pull-apart',
      'lateral-raise',
      'reverse-fly',
      'reverse-snow-angel',
      'scapular-push-up',
      'push-up',
      'superman',
      'back-extension',
      'bird-dog',
      'conventional-deadlift',
      'romanian-deadlift',
      'single-leg-deadlift',
      'sumo-deadlift',
      'suitcase-deadlift',
      'suitcase-carry',
      'good-morning',
      'glute-bridge',
      'hip-thrust',
      'reverse-hip-raise',
      'side-plank-leg-lift',
      'side-jackknife',
      'side-leg-lift',
      'plank',
      'dumbbell-plank-reach',
      'dumbbell-swing',
      'kettlebell-swing',
      'battle-ropes',
      'row-machine',
      'speed-bag',
      'cat-cow',
      'cobra',
      'brisk-walk',
      'cycling',
      'swimming',
      'running',
    ]
    for (const id of wanted) expect(findExercise(id), id).toBeDefined()
  })

  it("carries the articles' safety warnings on good mornings and deadlifts", () => {
    for (const id of [
      'good-morning',
      'conventional-deadlift',
      'romanian-deadlift',
      'sumo-deadlift',
    ]) {
      expect(findExercise(id)?.safety, id).toMatch(/back flat|flat back/)
    }
  })

  it('searches by words, region and equipment, ignoring case and accents', () => {
    expect(searchExercises(EXERCISES, { text: 'ROW' }).map((e) => e.id)).toContain('renegade-row')
    expect(
      searchExercises(EXERCISES, { text: 'dead', equipment: 'barbell' }).map((e) => e.id)
    ).toEqual(['conventional-deadlift', 'romanian-deadlift', 'sumo-deadlift'])
    expect(searchExercises(EXERCISES, { region: 'mobility' }).map((e) => e.id)).toEqual([
      'cat-cow',
      'cobra',
    ])
    expect(searchExercises(EXERCISES, { text: 'glutés obliques' }).length).toBeGreaterThan(0)
  })
})

describe('presets', () => {
  it('are valid circuits that reference existing exercises and compile to the expected totals', () => {
    const totals: Record<string, number> = {}
    for (const preset of PRESETS) {
      const circuit = circuitFromPreset(preset, `preset-${preset.id}`, '2026-11-21T10:00:00.000Z')
      const result = validateCircuit(circuit)
      expect(result.ok ? [] : result.problems, preset.id).toEqual([])
      for (const block of circuit.blocks)
        for (const e of block.exercises) expect(findExercise(e.libraryId), e.id).toBeDefined()
      totals[preset.id] = compilePlan(circuit).totals.durationMs / 1000
    }
    expect(totals).toEqual({
      'metabolic-back': 10 + 12 * 40 + 8 * 20 + 3 * 60,
      'upper-back': 10 + 3 * (40 + 40 + 40 + 2 * 40 + 5 + 30) + 3 * 4 * 20 + 2 * 60,
      'mid-back': 10 + 3 * 3 * 45 + 3 * 2 * 15 + 2 * 45 + 15 + 2 * 3 * 45 + 2 * 2 * 15 + 30,
      'lower-back-glutes': 10 + 3 * (40 + 40 + 40 + 2 * 30 + 5 + 2 * 25 + 5) + 3 * 4 * 20 + 2 * 60,
      'cardio-strength': 10 + 180 + 4 * (60 + 30 + 40) + 4 * 2 * 30 + 3 * 90 + 120,
      tabata: 10 + 8 * 20 + 7 * 10,
      'emom-12': 10 + 12 * 60,
      'amrap-15': 10 + 15 * 60,
      'back-for-time': 10 + 20 * 60,
      'hiit-20': 10 + 150 + 3 * 5 * 40 + 3 * 4 * 20 + 2 * 40 + 120,
      'recovery-stretch': 5 + 2 * (60 + 45 + 45 + 45 + 2 * 30 + 3) + 2 * 4 * 10 + 20,
      'brisk-walk-30': 5 + 1800,
    })
    expect(PRESETS.find((p) => p.id === 'hiit-20')!.circuit).toBeDefined()
    expect(totals['hiit-20']).toBe(1200)
  })

  it('copies a preset so that changing the copy leaves the template alone', () => {
    const preset = PRESETS[0]!
    const copy = circuitFromPreset(preset, 'mine', '2026-11-21T10:00:00.000Z')
    copy.blocks[0]!.rounds = 99
    expect(preset.circuit.blocks[0]!.rounds).toBe(4)
  })
})

describe('energy estimate', () => {
  it('is MET x kg x hours per step, with rest counted as standing', () => {
    const steps = plannedSteps(circuitFromPreset(PRESETS[0]!, 'x', '2026-11-21T10:00:00.000Z'))
    const metOf = (id: string | undefined) => findExercise(id)?.met
    const expected = ((4 * 40 * (6.0 + 3.5 + 2.8) + (10 + 8 * 20 + 3 * 60) * 1.3) * 70) / 3600
    expect(estimateKcal(steps, 70, metOf)).toBeCloseTo(expected, 1)
    expect(stepMet({ kind: 'work', libraryId: 'made-up' }, metOf)).toBe(5.0)
    expect(toKg(154, 'lb')).toBeCloseTo(69.85, 2)
  })
})
