// Wakes a page as each cue of a running session comes near, for the cue audio and the music's duck plan.
import { useEffect } from 'react'
import { nextHorizonEntry, type UpcomingCue } from '@shared/engine/cueSchedule'

/**
 * Wakes only when the next cue comes within the horizon, not on an interval: a five-minute step with four
 * cues wakes the page four times (watching the timer must cost almost nothing; bench run-cost).
 */
export function useHorizonWake(
  running: boolean,
  cues: readonly Pick<UpcomingCue, 'dueAt'>[],
  offsetMs: number,
  horizonMs: number,
  refresh: { current: () => void }
) {
  useEffect(() => {
    if (!running) return
    let timer: number | undefined
    const arm = () => {
      const at = nextHorizonEntry(cues, performance.now() + offsetMs, horizonMs)
      if (at === null) return
      const delay = at - offsetMs - performance.now() + 1
      timer = window.setTimeout(() => {
        refresh.current()
        arm()
      }, delay)
    }
    arm()
    return () => window.clearTimeout(timer)
  }, [running, cues, offsetMs, horizonMs, refresh])
}
