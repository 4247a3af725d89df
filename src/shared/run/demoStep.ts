// Which move the run screen's demo shows: in work, the move being done; in a break (get ready, rest, round
// rest, switch sides), the move coming next, since that is when people look to see how it goes.
import type { PlanStep, Side } from '../engine/plan'
import { stepName, type Wording } from '../engine/stepWords'
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
  return demoOf(view)?.demo ?? null
}

/** The same move with its name in the screen's language: the phone's picture and its alt text. */
export function demoMoveOf(view: RunView, w: Wording): (DemoStep & { name: string }) | null {
  const found = demoOf(view)
  return found ? { ...found.demo, name: stepName(found.step, w) } : null
}

function demoOf(view: RunView): { demo: DemoStep; step: PlanStep } | null {
  if (view.status === 'finished' || view.status === 'stopped') return null
  const step = view.step.kind === 'work' ? view.step : nextMove(view)
  const exerciseId = step?.kind === 'work' ? step.exercise?.libraryId : undefined
  if (!step || !exerciseId) return null
  return {
    demo: { exerciseId, side: step.side ?? 'left', still: view.status !== 'running' },
    step,
  }
}
