// From the session's view to what a phone shows: pure, so the run screen and the phone say the same words.
import type { RunView } from '../run/runView'
import { demoMoveOf } from '../run/demoStep'
import { phaseColours } from '../run/phase'
import { runWords, type Wording } from '../run/words'
import type { RemoteView } from './protocol'

/** The phone's words are written here, in the app's language (`w`), so phone and run screen say the same. */
export function toRemoteView(view: RunView, w: Wording): RemoteView {
  const words = runWords(view, w, 'phone')
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
    accent: colours.accent,
    repStep: view.step.durationMs === null,
    canRoundDone: view.format?.canRoundDone ?? false,
    readyMs: view.step.durationMs ?? 0,
    ...phoneClock(view),
    frozenAt: view.timing.frozenAt,
    stepIndex: view.stepIndex,
    stepCount: view.stepCount,
    demo: phoneDemo(view, w),
  }
}

/** The phone draws its picture from this; `still` is the run screen's business, not the phone's. */
function phoneDemo(view: RunView, w: Wording): RemoteView['demo'] {
  const move = demoMoveOf(view, w)
  return move
    ? { exerciseId: move.exerciseId, side: move.side, name: move.name.slice(0, 200) }
    : null
}

/** The phone's digits follow the run screen's: For Time counts its block clock up, an EMOM move counts
 * down to its window's end (then rests at 0:00; the overrun shows on the computer). */
function phoneClock(view: RunView): Pick<RemoteView, 'stepEndsAt' | 'stepCountsFrom'> {
  const f = view.format
  if (f?.type === 'forTime' && view.step.kind === 'work') {
    return { stepEndsAt: null, stepCountsFrom: f.countsFrom }
  }
  if (f?.type === 'emom' && view.timing.stepEndsAt === null && f.windowEndsAt !== null) {
    return { stepEndsAt: f.windowEndsAt, stepCountsFrom: view.timing.stepCountsFrom }
  }
  return { stepEndsAt: view.timing.stepEndsAt, stepCountsFrom: view.timing.stepCountsFrom }
}
