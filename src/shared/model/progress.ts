// The one progress computation: how far through a step or a session, as 0..1 for the progress bars.
// The run screen's clock face and the engine's selectors both use it, so they cannot disagree.

/** 0..1 through a span of `totalMs` with `leftMs` still to go; an empty span counts as done. */
export function fractionDone(leftMs: number, totalMs: number): number {
  return totalMs <= 0 ? 1 : Math.min(1, Math.max(0, 1 - leftMs / totalMs))
}

export interface SessionPosition {
  /** Rep steps make the session's length unknown: then progress goes by steps. */
  hasReps: boolean
  stepIndex: number
  stepCount: number
  /** Planned time still to run, and the whole planned time (added time included). */
  leftMs: number
  totalMs: number
}

/** 0..1 through a session in progress: by planned time, or by steps when its length is unknown. */
export function sessionFraction(at: SessionPosition): number {
  if (at.hasReps) return at.stepIndex / at.stepCount
  if (at.totalMs <= 0) return at.stepIndex / Math.max(1, at.stepCount)
  return fractionDone(at.leftMs, at.totalMs)
}
