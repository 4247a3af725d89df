// The run screen's words, from its view: the headline, where in the circuit, the one line about the next
// move, and the line a screen reader speaks. Pure, so every screen that draws a session says the same thing.
import { KIND_LABELS, type PlanStep } from '../engine/plan'
import { formatDuration } from '../model/durations'
import type { RunView } from './runView'

export interface RunWords {
  /** Top left: the phase word ("Work", "Rest"...), or "Ready". */
  phase: string
  /** Round 2/4 · Exercise 1/3 · Block 1/2; in a round rest, the round that comes next. */
  where: string
  /** The big line: the exercise during work; during a break, the move the user is getting ready for. */
  headline: string
  /** The one line about what comes next: the next move during work, how long the coming one lasts in a break. */
  next: string
  /** For screen readers, said when the step changes. */
  spoken: string
}

/** How each screen says how to start: the laptop has Space, the TV is across the room, the phone has a button. */
export const READY_HINTS = {
  keyboard: 'Press Space to start',
  tv: 'Press Space on the computer to start',
  phone: 'Tap Start to begin',
} as const
export type ReadyHint = keyof typeof READY_HINTS

/** Steps that only lead to the next move; a warm-up or cool-down is a move of its own. */
const BREAKS: ReadonlySet<PlanStep['kind']> = new Set(['prepare', 'rest', 'roundRest', 'switch'])

/** The next step that is a move to set up for (skipping rests, round rests and side switches), from the
 * steps the view lists ahead; the step right after when no move is in sight (a cool-down, say). */
export function nextMove(view: RunView): PlanStep | null {
  const move = view.comingUp.find((step) => !BREAKS.has(step.kind))
  return move ?? view.next
}

function moveName(step: PlanStep): string {
  return step.kind === 'work' ? step.label : KIND_LABELS[step.kind]
}

/** How big the coming move is: "40 s of work", "10 reps", "5 min". */
function sizeOf(step: PlanStep): string {
  if (step.durationMs === null)
    return step.exercise?.reps ? `${step.exercise.reps} reps` : 'Until you press Done'
  const length = formatDuration(step.durationMs)
  return step.kind === 'work' ? `${length} of work` : length
}

function whereOf(step: PlanStep): string {
  const round = step.window
    ? `Window ${step.window.number}/${step.window.count}`
    : step.format === 'amrap' && step.round
      ? `Round ${step.round}`
      : step.round && step.rounds
        ? `Round ${step.round}/${step.rounds}`
        : null
  // A round rest is between rounds: the counter that matters is the round to come, not "Exercise 4/4".
  if (step.kind === 'roundRest' && step.round && step.rounds) {
    return [`Round ${step.round + 1}/${step.rounds} next`, blockOf(step)]
      .filter(Boolean)
      .join(' · ')
  }
  const exercise =
    step.exerciseNumber && step.exercisesInBlock && !step.window
      ? `Exercise ${step.exerciseNumber}/${step.exercisesInBlock}`
      : null
  return [round, exercise, blockOf(step)].filter(Boolean).join(' · ')
}

const blockOf = (step: PlanStep) =>
  step.blocks > 1 && step.block ? `Block ${step.block}/${step.blocks}` : null

/** During work: the next move by name. During a break: the coming move is the headline, so this line says
 * how long it lasts (an EMOM rest instead says it lasts to the end of the window). */
function nextLine(view: RunView, move: PlanStep | null): string {
  const { step } = view
  if (step.kind === 'rest' && step.fillsWindow) return 'Rest to the end of the window'
  if (!move) return step.kind === 'work' ? 'Last one!' : 'Then you are done'
  return BREAKS.has(step.kind) ? sizeOf(move) : `Next: ${moveName(move)}`
}

export function runWords(view: RunView, hint: ReadyHint = 'keyboard'): RunWords {
  const { step, status } = view
  const move = nextMove(view)
  const where = whereOf(step)
  const headline =
    step.kind === 'work' || !BREAKS.has(step.kind) || !move
      ? step.label
      : step.kind === 'prepare'
        ? `First: ${moveName(move)}`
        : `Up next: ${moveName(move)}`
  const phase = KIND_LABELS[step.kind]
  const next = nextLine(view, move)
  const said = `${phase}: ${headline}.${where ? ` ${where.replaceAll(' · ', ', ')}.` : ''} ${next}.`
  if (status === 'ready') {
    return {
      phase: 'Ready',
      where: `${view.stepCount} steps`,
      headline: view.circuit.name,
      next: READY_HINTS[hint],
      spoken: `Ready: ${view.circuit.name}. ${READY_HINTS[hint]}.`,
    }
  }
  return {
    phase,
    where,
    headline,
    next,
    spoken: status === 'paused' ? `Paused. ${said}` : said,
  }
}
