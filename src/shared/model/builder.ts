// The circuit builder's logic, kept pure: new circuits, entries, reordering, removal and undo, which
// problems to show.
import type { Block, Circuit, ExerciseEntry } from './circuit'
import type { Problem } from './problems'

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
    color: NEW_CIRCUIT_COLOUR,
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

/** The colour a new circuit gets, so the editor and the circuit list show the same one. */
export const NEW_CIRCUIT_COLOUR = '#c2410c'

/** What the editor knows about the user's progress through the form, to decide which problems to show. */
export interface ShowState {
  /** Save was pressed: every problem shows. */
  attempted: boolean
  /** Fields the user has left after being in them. */
  blurred: ReadonlySet<string>
  /** Problems the circuit had when it was opened (path and message): a new circuit's are not the user's doing. */
  baseline: ReadonlySet<string>
  /** The field being typed in: its own problem waits until the user leaves it. */
  editing: string | null
}

export const problemKey = (p: Problem) => `${p.path}|${p.message}`

/**
 * A problem shows once Save was pressed, once its field was left, or at once if an edit elsewhere caused it
 * (a shorter EMOM window makes a move too long): never for a field not yet touched on a fresh form.
 */
export function visibleProblems(problems: readonly Problem[], s: ShowState): Problem[] {
  if (s.attempted) return [...problems]
  return problems.filter(
    (p) => s.blurred.has(p.path) || (!s.baseline.has(problemKey(p)) && p.path !== s.editing)
  )
}

/** Something removed from a circuit, with what it takes to put it back where it was. */
export type Removal =
  | { kind: 'exercise'; blockId: string; index: number; entry: ExerciseEntry }
  | { kind: 'block'; index: number; block: Block }

export function removeExercise(
  circuit: Circuit,
  blockId: string,
  index: number
): { circuit: Circuit; removal: Removal } | null {
  const block = circuit.blocks.find((b) => b.id === blockId)
  const entry = block?.exercises[index]
  if (!block || !entry) return null
  const blocks = circuit.blocks.map((b) =>
    b.id === blockId ? { ...b, exercises: b.exercises.filter((_, i) => i !== index) } : b
  )
  return { circuit: { ...circuit, blocks }, removal: { kind: 'exercise', blockId, index, entry } }
}

export function removeBlock(
  circuit: Circuit,
  index: number
): { circuit: Circuit; removal: Removal } | null {
  const block = circuit.blocks[index]
  if (!block || circuit.blocks.length < 2) return null
  const blocks = circuit.blocks.filter((_, i) => i !== index)
  return { circuit: { ...circuit, blocks }, removal: { kind: 'block', index, block } }
}

/** Puts a removal back, keeping every edit made since; an exercise whose block is gone has nowhere to go. */
export function undoRemoval(circuit: Circuit, removal: Removal): Circuit {
  const insert = <T>(list: readonly T[], at: number, item: T) => [
    ...list.slice(0, at),
    item,
    ...list.slice(at),
  ]
  if (removal.kind === 'block')
    return { ...circuit, blocks: insert(circuit.blocks, removal.index, removal.block) }
  return {
    ...circuit,
    blocks: circuit.blocks.map((b) =>
      b.id === removal.blockId
        ? { ...b, exercises: insert(b.exercises, removal.index, removal.entry) }
        : b
    ),
  }
}

/** Block-level work and rest are shown only where they mean something: several blocks, or already set. */
export function showsBlockTimings(circuit: Circuit, block: Block): boolean {
  return circuit.blocks.length > 1 || block.workSec !== undefined || block.restSec !== undefined
}

/** The last move of a block rests in the round rest, not its own rest, when the block has one. */
export function roundRestReplacesRest(block: Block, index: number): boolean {
  return index === block.exercises.length - 1 && block.rounds > 1 && block.restBetweenRoundsSec > 0
}
