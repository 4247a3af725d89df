// The circuit builder's logic, kept pure: new circuits, entries from the library, reordering, plain-text sharing.
import { compilePlan } from '../engine/plan'
import { formatDuration } from './durations'
import type { Exercise } from '../library/schema'
import type { Block, Circuit, ExerciseEntry } from './circuit'

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
export function entryFromExercise(exercise: Exercise, id: string): ExerciseEntry {
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

const sec = (s: number) => formatDuration(s * 1000)

/** A circuit as readable text, for pasting into a message. */
export function circuitAsText(circuit: Circuit): string {
  const plan = compilePlan(circuit)
  const lines = [
    `${circuit.name} (${formatDuration(plan.totals.durationMs)}${plan.totals.manualSteps ? ' plus rep sets' : ''})`,
  ]
  if (circuit.description) lines.push(circuit.description)
  if (circuit.prepareSec > 0) lines.push(`Get ready: ${sec(circuit.prepareSec)}`)
  if (circuit.warmup)
    lines.push(`${circuit.warmup.label ?? 'Warm-up'}: ${sec(circuit.warmup.durationSec)}`)
  circuit.blocks.forEach((block, b) => {
    const title = block.name || (circuit.blocks.length > 1 ? `Block ${b + 1}` : 'Circuit')
    lines.push(
      '',
      `${title}: ${block.rounds} ${block.rounds === 1 ? 'round' : 'rounds'}${block.restBetweenRoundsSec ? `, ${sec(block.restBetweenRoundsSec)} rest between rounds` : ''}`
    )
    block.exercises.forEach((e, i) => {
      const work =
        e.mode === 'reps'
          ? `${e.reps} reps`
          : `${sec(e.workSec ?? block.workSec ?? circuit.defaults.workSec)} work`
      const rest = e.restSec ?? block.restSec ?? circuit.defaults.restSec
      const sides = e.sides ? ' each side' : ''
      lines.push(
        `  ${i + 1}. ${e.name}: ${work}${sides}${rest ? `, ${sec(rest)} rest` : ''}${e.notes ? ` (${e.notes})` : ''}`
      )
    })
  })
  if (circuit.cooldown)
    lines.push('', `${circuit.cooldown.label ?? 'Cool-down'}: ${sec(circuit.cooldown.durationSec)}`)
  lines.push('', 'Made with Cadence')
  return lines.join('\n')
}
