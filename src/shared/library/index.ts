// Looking things up in the exercise library: by id, and by search text plus region and equipment filters.
import { EXERCISES } from './exercises'
import type { Equipment, Exercise, Region } from './schema'

export * from './schema'
export { EXERCISES } from './exercises'
export { PRESETS, circuitFromPreset, presetRunCircuit, type Preset } from './presets'
export { MET, STEP_KIND_MET } from './mets'
export {
  localizeExercise,
  localizePreset,
  regionLabel,
  muscleLabel,
  equipmentLabel,
  type Translate,
} from './localize'
export { MUSCLE_LABELS, libraryEnglish, presetsEnglish } from './libraryText'

const byId = new Map(EXERCISES.map((e) => [e.id, e]))

export function findExercise(
  id: string | undefined,
  custom: readonly Exercise[] = []
): Exercise | undefined {
  if (!id) return undefined
  return byId.get(id) ?? custom.find((e) => e.id === id)
}

export interface ExerciseQuery {
  text?: string
  region?: Region
  equipment?: Equipment
}

/** Case- and accent-insensitive match on name, region and muscles. */
export function searchExercises(list: readonly Exercise[], query: ExerciseQuery): Exercise[] {
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean)
  return list.filter((e) => {
    if (query.region && e.region !== query.region) return false
    if (query.equipment && e.equipment !== query.equipment) return false
    const haystack = fold(`${e.name} ${e.region} ${e.muscles.join(' ')} ${e.equipment}`)
    return words.every((w) => haystack.includes(w))
  })
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
