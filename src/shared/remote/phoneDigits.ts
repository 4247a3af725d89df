// The phone's big digits at a moment, from a RemoteView: in a file of its own (and free of zod) so the
// phone page's bundle stays small.
import { formatClock } from '../model/durations'
import type { RemoteView } from './protocol'

export interface PhoneDigits {
  digits: string
  /** When the digits next change, on the same clock as `now`; null while time stands still. */
  changesAt: number | null
}

/** The big digits at `now` (the view's clock): time left in a timed step, time spent in a rep step. */
export function phoneDigits(view: RemoteView, now: number): PhoneDigits {
  if (view.status === 'ready') return { digits: formatClock(view.readyMs, true), changesAt: null }
  const at = view.frozenAt ?? now
  const still = view.frozenAt !== null
  if (view.stepEndsAt === null) {
    const elapsed = Math.max(0, at - view.stepCountsFrom)
    return {
      digits: formatClock(elapsed, false),
      changesAt: still ? null : now + 1000 - (elapsed % 1000),
    }
  }
  const left = Math.max(0, view.stepEndsAt - at)
  const tick = left - (Math.ceil(left / 1000) - 1) * 1000
  return { digits: formatClock(left, true), changesAt: still || left <= 0 ? null : now + tick }
}
