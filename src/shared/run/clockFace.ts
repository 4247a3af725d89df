// The clock face a screen shows at a moment, from a RunView: pure arithmetic, so the run screen, the TV
// display window and a phone all show the same digits.
import { formatClock } from '../model/durations'
import { fractionDone, sessionFraction } from '../model/progress'
import type { RunView } from './runView'

export interface ClockFace {
  /** The big digits. */
  digits: string
  /** When those digits next change (same clock as `now`); null while time stands still. */
  changesAt: number | null
  /** 0..1 through the step, and the whole session. */
  stepProgress: number
  sessionProgress: number
  /** The smaller total: time left, or elapsed when the session has rep steps. */
  total: string
  /** How the digits should look: the last three seconds of a countdown, an EMOM move over its window. */
  alert: ClockAlert
}

export type ClockAlert = 'none' | 'final' | 'over'

/** The last seconds of a countdown are shown differently: these many. */
export const FINAL_MS = 3_000

const alertOf = (left: number | null): ClockAlert =>
  left === null ? 'none' : left <= 0 ? 'over' : left <= FINAL_MS ? 'final' : 'none'

/** Time until a clock that counts down (or up) shows its next second. */
const nextTick = (ms: number, countingDown: boolean) =>
  countingDown ? ms - (Math.ceil(ms / 1000) - 1) * 1000 : 1000 - (ms % 1000)

export function clockFaceAt(view: RunView, now: number): ClockFace {
  const { timing, status } = view
  const at = timing.frozenAt ?? now
  const still = timing.frozenAt !== null
  const remaining = timing.stepEndsAt === null ? null : Math.max(0, timing.stepEndsAt - at)
  const stepElapsed = Math.max(0, at - timing.stepCountsFrom)
  const sessionElapsed = Math.max(0, at - timing.sessionCountsFrom)
  const sessionLeft = (remaining ?? 0) + timing.laterPlannedMs
  const over = status === 'finished' || status === 'stopped'

  const ready = status === 'ready'
  const digits = ready
    ? formatClock(view.step.durationMs ?? 0, true)
    : remaining === null
      ? formatClock(stepElapsed, false)
      : formatClock(remaining, true)
  const digitsTick =
    remaining === null
      ? nextTick(stepElapsed, false)
      : remaining > 0
        ? nextTick(remaining, true)
        : null
  const totalMs = view.hasReps ? sessionElapsed : sessionLeft
  const totalTick = view.hasReps ? nextTick(sessionElapsed, false) : nextTick(sessionLeft, true)
  const soonest = Math.min(
    digitsTick ?? Infinity,
    sessionLeft > 0 || view.hasReps ? totalTick : Infinity
  )

  const own = ready ? null : formatDigits(view, at, still, now)
  if (own) {
    const alert = alertOf(own.left)
    return { ...rest(), digits: own.digits, changesAt: soonestOf(own.changesAt), alert }
  }
  // A step that reaches 0:00 moves on at once, so only an EMOM move (above) is ever shown as over.
  const alert = ready || remaining === null || remaining <= 0 ? 'none' : alertOf(remaining)
  return {
    digits,
    alert,
    changesAt: still || ready || !Number.isFinite(soonest) ? null : now + soonest,
    ...rest(),
  }

  function soonestOf(formatChange: number | null): number | null {
    if (still) return null
    const total = Number.isFinite(soonest) && !ready ? now + soonest : null
    if (formatChange === null) return total
    return total === null ? formatChange : Math.min(formatChange, total)
  }

  function rest(): Omit<ClockFace, 'digits' | 'changesAt' | 'alert'> {
    return {
      stepProgress:
        ready || timing.stepActiveMs === null || remaining === null
          ? 0
          : fractionDone(remaining, timing.stepActiveMs),
      sessionProgress: over
        ? 1
        : ready
          ? 0
          : sessionFraction({
              hasReps: view.hasReps,
              stepIndex: view.stepIndex,
              stepCount: view.stepCount,
              leftMs: sessionLeft,
              totalMs: timing.totalPlannedMs,
            }),
      total: ready
        ? formatClock(view.hasReps ? 0 : timing.totalPlannedMs, !view.hasReps)
        : formatClock(totalMs, !view.hasReps),
    }
  }
}

/**
 * The digits a format block shows instead of the step's: For Time counts its own clock up; an EMOM move
 * counts down to the end of its window, then counts the overrun ("+0:05").
 */
function formatDigits(
  view: RunView,
  at: number,
  still: boolean,
  now: number
): { digits: string; changesAt: number | null; left: number | null } | null {
  const f = view.format
  if (!f) return null
  if (f.type === 'forTime' && view.step.kind === 'work') {
    const elapsed = Math.max(0, at - f.countsFrom)
    return {
      digits: formatClock(elapsed, false),
      changesAt: still ? null : now + nextTick(elapsed, false),
      left: null,
    }
  }
  if (f.type === 'emom' && view.timing.stepEndsAt === null && f.windowEndsAt !== null) {
    const left = f.windowEndsAt - at
    if (left > 0) {
      return {
        digits: formatClock(left, true),
        changesAt: still ? null : now + nextTick(left, true),
        left,
      }
    }
    const over = -left
    return {
      digits: `+${formatClock(over, false)}`,
      changesAt: still ? null : now + nextTick(over, false),
      left,
    }
  }
  return null
}
