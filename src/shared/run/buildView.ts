// Builds the RunView every screen draws from the session machine's snapshot: its identity, the timer and the save.
import type { SnapshotFrom } from 'xstate'
import { upcomingCues } from '../engine/cueSchedule'
import type { Plan } from '../engine/plan'
import type { TimerContext } from '../engine/timerTypes'
import type { TimerMachine } from '../engine/timerMachine'
import type { SessionMachine } from '../session/sessionMachine'
import { timingOf, type RunStatus, type RunView, type SaveState } from './runView'
import { formatViewOf } from './formatView'

/** How many of the next steps the control view lists. */
const COMING_UP = 4
/** How far ahead the view lists the cues to come, for screens that play or draw them on their own. */
export const CUE_HORIZON_MS = 30_000

type SessionSnapshot = SnapshotFrom<SessionMachine>

/** The timer as it is now: the live child, or its last context once it has ended. */
export function timerOf(snapshot: SessionSnapshot): { ctx: TimerContext; status: RunStatus } {
  const ended = snapshot.context.ended
  if (ended) {
    const last = ended.log.at(-1)
    return { ctx: ended, status: last?.outcome === 'stopped' ? 'stopped' : 'finished' }
  }
  const timer = (snapshot.children as { timer?: { getSnapshot(): SnapshotFrom<TimerMachine> } })
    .timer
  const child = timer!.getSnapshot()
  const status: RunStatus = child.matches('idle')
    ? 'ready'
    : child.matches('paused')
      ? 'paused'
      : child.matches('running')
        ? 'running'
        : child.matches('stopped')
          ? 'stopped'
          : 'finished'
  return { ctx: child.context, status }
}

function saveOf(snapshot: SessionSnapshot): SaveState {
  const { saved, saveError } = snapshot.context
  if (snapshot.matches('saving')) return { state: 'saving' }
  if (snapshot.matches('saveFailed')) return { state: 'failed', message: saveError ?? '' }
  if (saved) return { state: 'saved', ...saved }
  return { state: 'none' }
}

export function buildView(snapshot: SessionSnapshot, now: number): RunView {
  const c = snapshot.context
  const { ctx, status } = timerOf(snapshot)
  const step = ctx.plan.steps[ctx.stepIndex]!
  const startedWallMs = c.startedWallMs
  const toWall = (t: number) =>
    startedWallMs === null ? null : startedWallMs + (t - ctx.startedAt)
  return {
    sessionId: c.sessionId,
    circuit: { id: c.circuit.id, name: c.circuit.name, color: c.circuit.color },
    status,
    stepIndex: ctx.stepIndex,
    stepCount: ctx.plan.steps.length,
    step,
    next: step.next === null ? null : ctx.plan.steps[step.next]!,
    comingUp: ctx.plan.steps.slice(ctx.stepIndex + 1, ctx.stepIndex + 1 + COMING_UP),
    format: status === 'ready' ? null : formatViewOf(ctx),
    hasReps: ctx.plan.totals.manualSteps > 0,
    startedWallMs,
    timing: timingOf(ctx, status, now, toWall),
    cues: status === 'running' ? upcomingCues(ctx, now, CUE_HORIZON_MS) : [],
    exercises: exercisesOf(c.plan),
    journal: c.journal,
    save: saveOf(snapshot),
    error: c.error,
  }
}

const exercisesByPlan = new WeakMap<Plan, RunView['exercises']>()

/** The circuit's exercises, once each, in the order they first come; worked out once per plan, since a
 * view is built at every change of the timer. */
function exercisesOf(plan: Plan): RunView['exercises'] {
  const known = exercisesByPlan.get(plan)
  if (known) return known
  const seen = new Map<string, string>()
  for (const step of plan.steps) {
    if (step.kind === 'work' && step.exercise && !seen.has(step.exercise.entryId))
      seen.set(step.exercise.entryId, step.exercise.name)
  }
  const exercises = [...seen].map(([entryId, name]) => ({ entryId, name }))
  exercisesByPlan.set(plan, exercises)
  return exercises
}
