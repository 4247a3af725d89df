// Builds the RunView from the live session: the identity, the timer's snapshot and what disk said.
import type { Actor, SnapshotFrom } from 'xstate'
import type { Plan } from '../engine/plan'
import type { TimerMachine } from '../engine/timerMachine'
import type { RunIdentity } from './finishSession'
import { statusOf, timingOf, type RunView, type SaveState } from './runView'
import { formatViewOf } from './formatView'

/** How many of the next steps the control view lists. */
const COMING_UP = 4

export interface LiveSession extends RunIdentity {
  actor: Actor<TimerMachine>
  journal: RunView['journal']
  save: SaveState
  error: string | null
}

export function buildView(s: LiveSession): RunView {
  const snapshot = s.actor.getSnapshot()
  const ctx = snapshot.context
  const status = statusOf(snapshot.value)
  const step = ctx.plan.steps[ctx.stepIndex]!
  const toWall = (t: number) => (s.startedWallMs ? s.startedWallMs + (t - ctx.startedAt) : null)
  return {
    sessionId: s.sessionId,
    circuit: { id: s.circuit.id, name: s.circuit.name, color: s.circuit.color },
    status,
    stepIndex: ctx.stepIndex,
    stepCount: ctx.plan.steps.length,
    step,
    next: step.next === null ? null : ctx.plan.steps[step.next]!,
    comingUp: ctx.plan.steps.slice(ctx.stepIndex + 1, ctx.stepIndex + 1 + COMING_UP),
    format: status === 'ready' ? null : formatViewOf(ctx),
    hasReps: ctx.plan.totals.manualSteps > 0,
    startedWallMs: s.startedWallMs || null,
    timing: timingOf(ctx, status, toWall),
    exercises: exercisesOf(s.plan),
    journal: s.journal,
    save: s.save,
    error: s.error,
  }
}

/** Changes whenever the timer changes course (a step, pause, resume, skip, added time): then it is journaled. */
export function courseOf(snapshot: SnapshotFrom<TimerMachine>): string {
  const c = snapshot.context
  return `${statusOf(snapshot.value)}|${c.stepIndex}|${c.log.length}|${c.shiftMs}|${c.stepAddedMs}`
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
