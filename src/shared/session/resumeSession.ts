// Checks a journaled session snapshot before it is brought back after a crash: xstate restores whatever it
// is given, so a damaged or foreign snapshot must be refused here with a reason the user can read.
import type { Snapshot } from 'xstate'
import type { PendingSession } from '../model/journal'
import type { TimerContext } from '../engine/timerTypes'

interface Restorable {
  value?: unknown
  context?: { sessionId?: unknown; plan?: { steps?: unknown[] } }
  children?: Record<string, { snapshot?: { context?: Partial<TimerContext> } }>
}

/** Why this interrupted session cannot be resumed, or null when it can. */
export function resumeProblem(pending: PendingSession): string | null {
  if (!pending.timer) return 'Cadence stopped before the session had started its first step.'
  const saved = pending.timer.snapshot as Restorable
  if (saved.context?.sessionId !== pending.sessionId)
    return 'The saved state belongs to another session.'
  if (typeof saved.value !== 'object' || saved.value === null || !('running' in saved.value))
    return 'The saved state is not of a running session.'
  const steps = saved.context.plan?.steps?.length ?? 0
  const timer = saved.children?.['timer']?.snapshot?.context
  if (!timer || typeof timer.stepIndex !== 'number' || !Array.isArray(timer.log))
    return 'The saved state has no timer.'
  if (timer.stepIndex >= steps)
    return `The saved session is at step ${timer.stepIndex + 1}, but the circuit has ${steps}.`
  const stray = timer.log.find((r) => r.stepIndex >= steps)
  return stray
    ? `The saved session mentions step ${stray.stepIndex + 1}, but the circuit has ${steps}.`
    : null
}

/** The snapshot to restore the session machine from, and when it was taken on the session clock. */
export function resumeSnapshot(pending: PendingSession): {
  snapshot: Snapshot<unknown>
  savedAt: number
} {
  const problem = resumeProblem(pending)
  if (problem || !pending.timer) throw new RangeError(problem ?? 'Nothing to resume.')
  return { snapshot: pending.timer.snapshot as Snapshot<unknown>, savedAt: pending.timer.savedAt }
}
