// Which move the run screen's demo shows: in work, the move being done; in a break (get ready, rest, round
// rest, switch sides), the move coming next, since that is when people look to see how it goes.
import type { Side } from '../engine/plan'
import type { RunView } from './runView'
import { nextMove } from './words'

export interface DemoStep {
  /** The library (or custom) exercise id the demo and the user's media are filed under. */
  exerciseId: string
  side: Side
  /** The session is paused or not started: the figure holds still. */
  still: boolean
}

export function demoStepOf(view: RunView): DemoStep | null {
  if (view.status === 'finished' || view.status === 'stopped') return null
  const step = view.step.kind === 'work' ? view.step : nextMove(view)
  const exerciseId = step?.kind === 'work' ? step.exercise?.libraryId : undefined
  if (!step || !exerciseId) return null
  return {
    exerciseId,
    side: step.side ?? 'left',
    still: view.status !== 'running',
  }
}
