// The run screen's words, from its view: the headline, where in the circuit, the one line about the next
// move, and the line a screen reader speaks. Pure, so every screen that draws a session says the same thing,
// each in its reader's language (the caller hands in its translator).
import type { PlanStep } from '../engine/plan'
import { durationWords, kindName, stepName, type Wording } from '../engine/stepWords'
import type { RunView } from './runView'

export type { Wording }

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

/** How each screen says how to start: the laptop has Space, the TV is across the room, the phone has a
 * button (keys of run:readyHint). */
export type ReadyHint = 'keyboard' | 'tv' | 'phone'

/** Steps that only lead to the next move; a warm-up or cool-down is a move of its own. */
const BREAKS: ReadonlySet<PlanStep['kind']> = new Set(['prepare', 'rest', 'roundRest', 'switch'])

/** The next step that is a move to set up for (skipping rests, round rests and side switches), from the
 * steps the view lists ahead; the step right after when no move is in sight (a cool-down, say). */
export function nextMove(view: RunView): PlanStep | null {
  const move = view.comingUp.find((step) => !BREAKS.has(step.kind))
  return move ?? view.next
}

/** How big the coming move is: "40 sec of work", "10 reps", "5 min". */
function sizeOf(step: PlanStep, w: Wording): string {
  if (step.durationMs === null)
    return step.exercise?.reps
      ? w.t('common:count.reps', { count: step.exercise.reps })
      : w.t('run:next.untilDone')
  const length = durationWords(step.durationMs, w)
  return step.kind === 'work' ? w.t('run:next.ofWork', { length }) : length
}

/** The counters of where the step sits, joined by a middle dot (a separator, the same in every language). */
function whereOf(step: PlanStep, w: Wording): string {
  const { t } = w
  const round = step.window
    ? t('run:where.window', { number: step.window.number, count: step.window.count })
    : step.format === 'amrap' && step.round
      ? t('run:where.round', { round: step.round })
      : step.round && step.rounds
        ? t('run:where.roundOf', { round: step.round, rounds: step.rounds })
        : null
  const block =
    step.blocks > 1 && step.block
      ? t('run:where.block', { number: step.block, count: step.blocks })
      : null
  // A round rest is between rounds: the counter that matters is the round to come, not "Exercise 4/4".
  if (step.kind === 'roundRest' && step.round && step.rounds) {
    const coming = t('run:where.nextRound', { round: step.round + 1, rounds: step.rounds })
    return [coming, block].filter(Boolean).join(' · ')
  }
  const exercise =
    step.exerciseNumber && step.exercisesInBlock && !step.window
      ? t('run:where.exercise', { number: step.exerciseNumber, count: step.exercisesInBlock })
      : null
  return [round, exercise, block].filter(Boolean).join(' · ')
}

/** During work: the next move by name. During a break: the coming move is the headline, so this line says
 * how long it lasts (an EMOM rest instead says it lasts to the end of the window). */
function nextLine(view: RunView, move: PlanStep | null, w: Wording): string {
  const { step } = view
  if (step.kind === 'rest' && step.fillsWindow) return w.t('run:next.fillsWindow')
  if (!move) return w.t(step.kind === 'work' ? 'run:next.lastOne' : 'run:next.thenDone')
  return BREAKS.has(step.kind) ? sizeOf(move, w) : w.t('run:next.move', { name: stepName(move, w) })
}

function headlineOf(view: RunView, move: PlanStep | null, w: Wording): string {
  const { step } = view
  if (step.kind === 'work' || !BREAKS.has(step.kind) || !move) return stepName(step, w)
  const name = stepName(move, w)
  return w.t(step.kind === 'prepare' ? 'run:headline.first' : 'run:headline.upNext', { name })
}

export function runWords(view: RunView, w: Wording, hint: ReadyHint = 'keyboard'): RunWords {
  const { t } = w
  if (view.status === 'ready') {
    const name = view.circuit.name
    const start = t(`run:readyHint.${hint}`)
    return {
      phase: t('run:ready'),
      where: t('run:steps', { count: view.stepCount }),
      headline: name,
      next: start,
      spoken: t('run:spoken.ready', { name, start }),
    }
  }
  const move = nextMove(view)
  const where = whereOf(view.step, w)
  const headline = headlineOf(view, move, w)
  const phase = kindName(view.step.kind, w)
  const next = nextLine(view, move, w)
  const said = where
    ? t('run:spoken.stepWhere', { phase, headline, where: where.replaceAll(' · ', ', '), next })
    : t('run:spoken.step', { phase, headline, next })
  return {
    phase,
    where,
    headline,
    next,
    spoken: view.status === 'paused' ? t('run:spoken.paused', { said }) : said,
  }
}
