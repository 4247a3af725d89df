// The run screen's words, from its view: the headline, where in the circuit, what is next, and the line a
// screen reader speaks. Pure, so every screen that draws a session says the same thing.
import { describeStep, KIND_LABELS } from '../engine/plan'
import type { RunView } from './runView'

export interface RunWords {
  /** Top left: the phase word ("Work", "Rest"...), or "Ready". */
  phase: string
  /** Round 2/4 · Exercise 1/3 · Block 1/2 */
  where: string
  /** The big line: the exercise during work; during a break, what the user is getting ready for. */
  headline: string
  /** Bottom line: what comes next. */
  next: string
  /** For screen readers, said when the step changes. */
  spoken: string
}

export function runWords(view: RunView): RunWords {
  const { step, next, status } = view
  const parts = [
    step.window
      ? `Window ${step.window.number}/${step.window.count}`
      : step.format === 'amrap' && step.round
        ? `Round ${step.round}`
        : step.round && step.rounds
          ? `Round ${step.round}/${step.rounds}`
          : null,
    step.exerciseNumber && step.exercisesInBlock && !step.window
      ? `Exercise ${step.exerciseNumber}/${step.exercisesInBlock}`
      : null,
    step.blocks > 1 && step.block ? `Block ${step.block}/${step.blocks}` : null,
  ].filter((part): part is string => part !== null)
  const where = parts.join(' · ')
  const upNext = next?.kind === 'work' ? next.label : null
  const breakKinds = ['rest', 'roundRest', 'switch']
  const heading =
    step.kind === 'work'
      ? step.label
      : step.kind === 'prepare' && upNext
        ? `First: ${upNext}`
        : breakKinds.includes(step.kind) && upNext
          ? `Up next: ${upNext}`
          : step.label
  const phase = KIND_LABELS[step.kind]
  const said = `${phase}: ${heading}.${parts.length ? ` ${parts.join(', ')}.` : ''}${next ? ` Next: ${describeStep(next)}.` : ''}`
  if (status === 'ready') {
    return {
      phase: 'Ready',
      where,
      headline: view.circuit.name,
      next: `${view.stepCount} steps`,
      spoken: `Ready: ${view.circuit.name}. Press Space to start.`,
    }
  }
  return {
    phase,
    where,
    headline: heading,
    next: next ? `Next: ${describeStep(next)}` : 'Last one!',
    spoken: status === 'paused' ? `Paused. ${said}` : said,
  }
}
