// From the session's view to what a phone shows: pure, so the run screen and the phone say the same words.
import type { RunView } from '../run/runView'
import { phaseColours } from '../run/phase'
import { runWords } from '../run/words'
import type { RemoteView } from './protocol'

export function toRemoteView(view: RunView): RemoteView {
  const words = runWords(view)
  const colours = phaseColours(view.step.kind, view.circuit.color)
  return {
    circuit: view.circuit.name.slice(0, 200),
    status: view.status,
    phase: words.phase.slice(0, 80),
    headline: words.headline.slice(0, 300),
    where: words.where.slice(0, 200),
    next: words.next.slice(0, 300),
    background: colours.background,
    text: colours.text,
    repStep: view.step.durationMs === null,
    canRoundDone: view.format?.canRoundDone ?? false,
    readyMs: view.step.durationMs ?? 0,
    stepEndsAt: view.timing.stepEndsAt,
    stepCountsFrom: view.timing.stepCountsFrom,
    frozenAt: view.timing.frozenAt,
    stepIndex: view.stepIndex,
    stepCount: view.stepCount,
  }
}
