// The library and presets in the reader's language: words come from locales/<lang>/{library,presets}.json,
// while ids, numbers and the rest stay as the code has them (history and circuits refer to the ids).
import type { ExerciseEntry } from '../model/circuit'
import type { Preset } from './presets'
import type { Equipment, Exercise, Muscle, Region } from './schema'

/** The part of i18next's t that this needs, so the library does not depend on i18next. */
export type Translate = (key: string, options?: { defaultValue?: string }) => string

const exerciseKey = (id: string, field: 'name' | 'cue' | 'safety') =>
  `library:exercises.${id}.${field}`

/** A built-in exercise with its name, cue and safety note translated; the user's own come back as written. */
export function localizeExercise(exercise: Exercise, t: Translate): Exercise {
  if (exercise.custom) return exercise
  const word = (field: 'name' | 'cue' | 'safety', english: string) =>
    t(exerciseKey(exercise.id, field), { defaultValue: english })
  return {
    ...exercise,
    name: word('name', exercise.name),
    cue: word('cue', exercise.cue),
    ...(exercise.safety ? { safety: word('safety', exercise.safety) } : {}),
  }
}

export const regionLabel = (region: Region, t: Translate) => t(`library:regions.${region}`)
export const muscleLabel = (muscle: Muscle, t: Translate) => t(`library:muscles.${muscle}`)
export const equipmentLabel = (equipment: Equipment, t: Translate) =>
  t(`library:equipment.${equipment}`)

/** An entry that still carries its library move's English name shows the move's translated name. */
function localizeEntry(entry: ExerciseEntry, english: ReadonlyMap<string, string>, t: Translate) {
  const id = entry.libraryId
  if (!id || english.get(id) !== entry.name) return entry
  return { ...entry, name: t(exerciseKey(id, 'name'), { defaultValue: entry.name }) }
}

/** A preset with its name, description, warm-up and cool-down labels and move names translated. */
export function localizePreset(preset: Preset, library: readonly Exercise[], t: Translate): Preset {
  const english = new Map(library.map((e) => [e.id, e.name]))
  const key = (field: string) => `presets:${preset.id}.${field}`
  const { warmup, cooldown, blocks } = preset.circuit
  const label = (part: typeof warmup, field: string) =>
    part?.label ? { ...part, label: t(key(field), { defaultValue: part.label }) } : part
  return {
    ...preset,
    name: t(key('name'), { defaultValue: preset.name }),
    description: t(key('description'), { defaultValue: preset.description }),
    circuit: {
      ...preset.circuit,
      ...(warmup ? { warmup: label(warmup, 'warmup') } : {}),
      ...(cooldown ? { cooldown: label(cooldown, 'cooldown') } : {}),
      blocks: blocks.map((b) => ({
        ...b,
        exercises: b.exercises.map((e) => localizeEntry(e, english, t)),
      })),
    },
  }
}
