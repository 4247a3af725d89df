// Merges a sync tool's conflict copy into Cadence's data when the user asks: history by session id
// (conflictCopies.ts), circuits and custom exercises by id, keeping both versions where they differ.
// The copy is read as strictly as the file it copies, and never changed or removed.
import type { ZodType } from 'zod'
import { AppError } from '@shared/ipc/result'
import { mergeById } from '@shared/startup/mergeById'
import { findConflictCopies, mergeHistoryCopy, type MergeResult } from './conflictCopies'
import { CIRCUITS_MIGRATIONS, CircuitsDocSchema, type CircuitsStore } from './circuitsStore'
import { decodeDocument } from './documentRead'
import { EXERCISES_MIGRATIONS, ExercisesDocSchema, type ExercisesStore } from './exercisesStore'
import type { HistoryStore } from './historyStore'
import type { Migration } from './migrations'
import { t } from '../i18n/mainLanguage'

export interface MergeTargets {
  history: () => Promise<Pick<HistoryStore, 'status' | 'append'>>
  circuits: Pick<CircuitsStore, 'list' | 'put'>
  exercises: Pick<ExercisesStore, 'get' | 'save'>
}

/** The copy's content, or an error saying why nothing was merged. */
function readCopy<T>(file: string, schema: ZodType<T>, migrations: readonly Migration[]): T {
  const decoded = decodeDocument(file, {
    schema,
    migrations,
    defaults: undefined as T,
  })
  const why = decoded.problem?.reason ?? decoded.frozen
  if (why !== null) {
    throw new AppError('invalid-payload', t('main:store.cannotMerge', { why }))
  }
  return decoded.value
}

export async function mergeConflictCopy(
  dir: string,
  file: string,
  targets: MergeTargets
): Promise<MergeResult> {
  const found = findConflictCopies(dir).find((c) => c.file === file)
  if (!found?.mergeable) {
    throw new AppError('not-found', t('main:store.notMergeable'))
  }
  if (found.original === 'history.jsonl') {
    return mergeHistoryCopy(dir, file, await targets.history())
  }
  if (found.original === 'circuits.json') {
    const copy = readCopy(file, CircuitsDocSchema, CIRCUITS_MIGRATIONS)
    const merge = mergeById(targets.circuits.list(), copy.circuits)
    for (const circuit of merge.added) targets.circuits.put(circuit)
    const { duplicates, keptBoth } = merge
    return { added: merge.added.length, duplicates, skipped: 0, keptBoth }
  }
  const copy = readCopy(file, ExercisesDocSchema, EXERCISES_MIGRATIONS)
  const merge = mergeById(targets.exercises.get().custom, copy.custom)
  let skipped = 0
  for (const exercise of merge.added) {
    try {
      targets.exercises.save(exercise)
    } catch (error) {
      // A built-in's id (the store refuses to change built-ins): skipped; any other failure stops the merge.
      if (!(error instanceof AppError && error.code === 'conflict')) throw error
      skipped++
    }
  }
  const added = merge.added.length - skipped
  return { added, duplicates: merge.duplicates, skipped, keptBoth: merge.keptBoth }
}
