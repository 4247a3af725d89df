// The circuit builder's logic, kept pure: new circuits, entries from the library, reordering.
import type { Block, Circuit, ExerciseEntry } from './circuit'

/** The part of a library exercise an entry copies (the library's Exercise has it; model cannot import it). */
export interface ExerciseChoice {
  id: string
  name: string
  oneSided?: boolean | undefined
}

export function blankCircuit(id: string, nowIso: string, prepareSec: number): Circuit {
  return {
    schemaVersion: 1,
    id,
    name: 'New circuit',
    category: 'hiit',
    prepareSec,
    defaults: { workSec: 40, restSec: 20 },
    blocks: [blankBlock(`${id}-b1`)],
    createdAt: nowIso,
    updatedAt: nowIso,
  }
}

export function blankBlock(id: string): Block {
  return { id, rounds: 3, restBetweenRoundsSec: 60, exercises: [] }
}

/** A library exercise as a circuit entry: timings come from the block and circuit defaults until overridden. */
export function entryFromExercise(exercise: ExerciseChoice, id: string): ExerciseEntry {
  return {
    id,
    name: exercise.name,
    libraryId: exercise.id,
    mode: 'timed',
    ...(exercise.oneSided ? { sides: true, switchSec: 5 } : {}),
  }
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length || to < 0 || to >= list.length)
    return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item as T)
  return next
}
