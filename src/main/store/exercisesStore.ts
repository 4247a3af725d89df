// The user's own exercises, and which built-in ones they have hidden (built-ins are never deleted).
import { z } from 'zod'
import { AppError } from '@shared/ipc/result'
import { EXERCISES, ExerciseSchema, type Exercise } from '@shared/library'
import { openDocument, type BackendFactory, type RecoveryNotice } from './document'
import type { SharedDocumentOptions } from './document'
import type { Migration } from './migrations'
import { describeDropped, salvageList } from './salvage'
import { t } from '../i18n/mainLanguage'

export const ExercisesDocSchema = z.object({
  schemaVersion: z.literal(1),
  custom: z.array(ExerciseSchema).max(1000),
  hidden: z.array(z.string().max(64)).max(1000),
})
type ExercisesDoc = z.infer<typeof ExercisesDocSchema>

export interface ExercisesStore {
  get(): { custom: Exercise[]; hidden: string[] }
  save(exercise: Exercise): Exercise
  remove(id: string): Exercise
  setHidden(id: string, hidden: boolean): string[]
}

const builtIn = new Set(EXERCISES.map((e) => e.id))

export const EXERCISES_MIGRATIONS: readonly Migration[] = [
  (d) => ({ custom: [], hidden: [], ...d }),
]

export function createExercisesStore(
  dir: string,
  backend: BackendFactory,
  onRecovered: (n: RecoveryNotice) => void,
  shared: SharedDocumentOptions = {}
): ExercisesStore {
  const doc = openDocument<ExercisesDoc>({
    dir,
    name: 'exercises',
    schema: ExercisesDocSchema,
    defaults: { schemaVersion: 1, custom: [], hidden: [] },
    migrations: EXERCISES_MIGRATIONS,
    backend,
    onRecovered,
    ...shared,
    salvage: salvageExercises,
  })
  const write = (next: Partial<ExercisesDoc>) => doc.write({ ...doc.read(), ...next })
  return {
    get: () => ({ custom: doc.read().custom, hidden: doc.read().hidden }),
    save(exercise) {
      if (builtIn.has(exercise.id))
        throw new AppError('conflict', t('main:store.builtInUnchangeable'))
      const custom = doc.read().custom.filter((e) => e.id !== exercise.id)
      const saved = { ...exercise, custom: true }
      write({ custom: [...custom, saved] })
      return saved
    },
    remove(id) {
      if (builtIn.has(id)) throw new AppError('conflict', t('main:store.builtInUndeletable'))
      const found = doc.read().custom.find((e) => e.id === id)
      if (!found) throw new AppError('not-found', t('main:store.exerciseMissing'))
      write({ custom: doc.read().custom.filter((e) => e.id !== id) })
      return found
    },
    setHidden(id, hidden) {
      if (!builtIn.has(id)) throw new AppError('not-found', t('main:store.onlyBuiltInHidden'))
      const rest = doc.read().hidden.filter((h) => h !== id)
      write({ hidden: hidden ? [...rest, id] : rest })
      return doc.read().hidden
    },
  }
}

/** One bad custom exercise hides only itself; hidden ids that do not read are dropped with it. */
function salvageExercises(migrated: unknown): { value: ExercisesDoc; dropped: string } | null {
  if (typeof migrated !== 'object' || migrated === null) return null
  const doc = migrated as { custom?: unknown; hidden?: unknown }
  const custom = salvageList(doc.custom, ExerciseSchema)
  if (!custom) return null
  const hidden = Array.isArray(doc.hidden)
    ? doc.hidden.filter((h): h is string => typeof h === 'string' && h.length <= 64)
    : []
  return {
    value: { schemaVersion: 1, custom: custom.good.slice(0, 1000), hidden: hidden.slice(0, 1000) },
    dropped: describeDropped('customExercise', custom),
  }
}
