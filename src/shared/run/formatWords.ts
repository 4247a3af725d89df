// The run screen's words that depend on the format: what the big digits mean to a screen reader, the
// format's own line under them (the cap, the round, what is left), and the words that go with the digits'
// states (the last seconds, an EMOM move running over). Pure, so the run screen and the TV say the same.
import { formatClock } from '../model/durations'
import type { Wording } from '../engine/stepWords'
import type { RunView } from './runView'

/** What the big digits are, for a screen reader: they mean different things per format. */
export function digitsLabel(view: RunView, { t }: Wording): string {
  switch (view.format?.type) {
    case 'forTime':
      return t('run:digits.forTime')
    case 'amrap':
      return t('run:digits.amrap')
    case 'emom':
      return t('run:digits.emom')
    default:
      return t(view.step.durationMs === null ? 'run:digits.counting' : 'run:digits.left')
  }
}

/** The format's own line under the digits: the cap, the round, what is left; null outside a format block. */
export function formatLine(view: RunView, { t }: Wording): string | null {
  const f = view.format
  if (!f || view.status === 'ready') return null
  const cap = f.capMs === null ? null : formatClock(f.capMs, false)
  switch (f.type) {
    case 'amrap':
      return t('run:format.amrap', { cap, round: f.round })
    case 'forTime': {
      const left =
        f.roundsLeft === 0
          ? t('run:format.lastRound')
          : t('run:format.roundsLeft', { count: f.roundsLeft ?? 0 })
      return cap ? t('run:format.forTimeCap', { cap, left }) : t('run:format.forTime', { left })
    }
    case 'emom':
      return t(view.step.kind === 'work' ? 'run:format.emomWork' : 'run:format.emomRest')
  }
}

/** Said in big letters when an EMOM move runs past its window: the next window has started eating into it. */
export const overrunWords = ({ t }: Wording) => t('run:format.overrun')
