// The library's English words gathered in the shape of locales/en/{library,presets}.json: the code is their
// source, and a test proves the English files equal this, so the two cannot drift apart unnoticed.
import { EXERCISES } from './exercises'
import { PRESETS } from './presets'
import { EQUIPMENT_LABELS, REGION_LABELS, type Muscle } from './schema'

/** Muscle names as the picker and the detail view show them (the schema keeps only the ids). */
export const MUSCLE_LABELS: Record<Muscle, string> = {
  lats: 'Lats',
  rhomboids: 'Rhomboids',
  traps: 'Traps',
  'erector-spinae': 'Lower-back muscles',
  glutes: 'Glutes',
  hamstrings: 'Hamstrings',
  obliques: 'Obliques',
  core: 'Core',
  shoulders: 'Shoulders',
  chest: 'Chest',
  arms: 'Arms',
  legs: 'Legs',
}

export interface ExerciseText {
  name: string
  cue: string
  safety?: string
}
export interface PresetText {
  name: string
  description: string
  warmup?: string
  cooldown?: string
}

/** locales/en/library.json, as the code says it. */
export function libraryEnglish() {
  const exercises: Record<string, ExerciseText> = {}
  for (const e of EXERCISES) {
    exercises[e.id] = { name: e.name, cue: e.cue, ...(e.safety ? { safety: e.safety } : {}) }
  }
  return {
    exercises,
    regions: { ...REGION_LABELS },
    muscles: { ...MUSCLE_LABELS },
    equipment: { ...EQUIPMENT_LABELS },
  }
}

/** locales/en/presets.json, as the code says it. */
export function presetsEnglish(): Record<string, PresetText> {
  const presets: Record<string, PresetText> = {}
  for (const p of PRESETS) {
    const { warmup, cooldown } = p.circuit
    presets[p.id] = {
      name: p.name,
      description: p.description,
      ...(warmup?.label ? { warmup: warmup.label } : {}),
      ...(cooldown?.label ? { cooldown: cooldown.label } : {}),
    }
  }
  return presets
}
