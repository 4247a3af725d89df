// The run screen's words that depend on the format: what the big digits mean to a screen reader, the
// format's own line under them (the cap, the round, what is left), and the words that go with the digits'
// states (the last seconds, an EMOM move running over). Pure, so the run screen and the TV say the same.
import { formatClock } from '../model/durations'
import type { RunView } from './runView'

/** What the big digits are, for a screen reader: they mean different things per format. */
export function digitsLabel(view: RunView): string {
  switch (view.format?.type) {
    case 'forTime':
      return 'Time so far'
    case 'amrap':
      return 'Time left under the cap'
    case 'emom':
      return 'Time left in this window'
    default:
      return view.step.durationMs === null ? 'Time in this step' : 'Time left in this step'
  }
}

/** The format's own line under the digits: the cap, the round, what is left; null outside a format block. */
export function formatLine(view: RunView): string | null {
  const f = view.format
  if (!f || view.status === 'ready') return null
  const cap = f.capMs === null ? null : formatClock(f.capMs, false)
  switch (f.type) {
    case 'amrap':
      return `AMRAP · time left under the ${cap} cap · round ${f.round}`
    case 'forTime':
      return [
        'For Time',
        cap ? `cap ${cap}` : null,
        f.roundsLeft === 0 ? 'last round' : `${f.roundsLeft} rounds left after this`,
      ]
        .filter(Boolean)
        .join(' · ')
    case 'emom':
      return view.step.kind === 'work'
        ? 'EMOM · do the reps, then Done'
        : 'EMOM · rest until the minute is up'
  }
}

/** Said in big letters when an EMOM move runs past its window: the next window has started eating into it. */
export const OVERRUN_WORDS = 'Over time: finish and press Done'
