// A format block said in words, for the builder's preview: "12 windows of 1:00, taking turns: 10 Push-ups
// / 15 Kettlebell swings; rest the remainder of each window".
import type { Block, Circuit, ExerciseEntry } from './circuit'
import { formatClock } from './durations'

const clock = (sec: number) => formatClock(sec * 1000, false)

function moveWords(entry: ExerciseEntry, block: Block, circuit: Pick<Circuit, 'defaults'>): string {
  if (entry.mode === 'reps') return `${entry.reps ?? '?'} ${entry.name}`
  return `${entry.workSec ?? block.workSec ?? circuit.defaults.workSec} s ${entry.name}`
}

/** The sentence for a block's format; null for plain intervals. */
export function describeFormat(block: Block, circuit: Pick<Circuit, 'defaults'>): string | null {
  const format = block.format
  if (!format || format.type === 'intervals') return null
  const moves = block.exercises.map((e) => moveWords(e, block, circuit))
  switch (format.type) {
    case 'emom': {
      const turns = moves.length > 1 ? ', taking turns' : ''
      return `${format.windows} window${format.windows === 1 ? '' : 's'} of ${clock(format.windowSec)}${turns}: ${moves.join(' / ')}; rest the remainder of each window`
    }
    case 'amrap':
      return `As many rounds as possible in ${clock(format.capSec)}: ${moves.join(', ')}`
    case 'forTime': {
      const cap = format.capSec === undefined ? '' : ` (cap ${clock(format.capSec)})`
      return `${block.rounds} round${block.rounds === 1 ? '' : 's'} for time${cap}: ${moves.join(', ')}`
    }
  }
}
