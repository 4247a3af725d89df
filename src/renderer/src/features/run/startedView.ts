// The view a ready session will have the moment it starts, foreseen by the page so Start shows the first
// phase within a frame; main's own frame replaces it as soon as it arrives.
import type { RunView } from '@shared/run/runView'

export function startedView(ready: RunView, at: number): RunView {
  const length = ready.step.durationMs
  return {
    ...ready,
    status: 'running',
    startedWallMs: Date.now(),
    timing: {
      ...ready.timing,
      stepStartedAt: at,
      stepEndsAt: length === null ? null : at + length,
      stepEndsAtWallMs: null,
      stepCountsFrom: at,
      stepActiveMs: length,
      frozenAt: null,
      sessionCountsFrom: at,
    },
  }
}
