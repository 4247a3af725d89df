// The session timer as an xstate v5 machine: states and events here, the time arithmetic in timerReducers.ts.
// Its context is data only (it can be persisted); the time comes from the actor system's clock.
import { enqueueActions, setup, type AnyActorRef } from 'xstate'
import type { Plan } from './plan'
import {
  ADJUST_STEP_MS,
  adjust,
  catchUp,
  done,
  initialContext,
  isManual,
  nextWakeAt,
  pause,
  previous,
  restartInterrupted,
  resume,
  roundDone,
  skip,
  start,
  stop,
  type Outcome,
  type TimerContext,
  type TimerCue,
} from './timerReducers'

export type TimerEvent =
  | { type: 'START' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'TOGGLE' }
  | { type: 'NEXT' }
  | { type: 'PREVIOUS' }
  | { type: 'DONE' }
  /** AMRAP: the round is done; on to the next round's first move. */
  | { type: 'ROUND_DONE' }
  | { type: 'ADD_TIME' }
  | { type: 'REMOVE_TIME' }
  | { type: 'STOP' }
  /**
   * After a crash: the step in progress ended unseen at `lastKnownAt` (the last journaled moment); it starts
   * again from the top, paused. A paused timer was frozen, so it stays as it is.
   */
  | { type: 'INTERRUPTED'; lastKnownAt: number }

export interface TimerInput {
  plan: Plan
}

/** What the timer tells its parent (the session) after every change of course. */
export interface TimerChanged {
  type: 'TIMER.CHANGED'
  paused: boolean
}

/** A clock with the time, as the actor system's `clock` option must be for the timer. */
export interface SessionClock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(id: unknown): void
}

/** The monotonic time of the actor system's clock (xstate's `clock` option: a SimulatedClock in tests). */
export function clockNow(system: AnyActorRef['system']): number {
  const clock = system._clock as Partial<SessionClock>
  if (typeof clock.now !== 'function') {
    throw new TypeError('The timer needs a clock with now(): createActor(machine, { clock }).')
  }
  return clock.now()
}

type Reducer = (ctx: TimerContext, now: number, event: TimerEvent) => Outcome

const afterCrash: Reducer = (ctx, now, event) => ({
  context: event.type === 'INTERRUPTED' ? restartInterrupted(ctx, event.lastKnownAt, now) : ctx,
  cues: [],
})

/** Every change the timer can make, by name: the one action `step` runs the one named in its params. */
const REDUCERS = {
  start,
  catchUp,
  pause,
  resume,
  skip,
  previous,
  done,
  roundDone,
  stop,
  addTime: (ctx, now) => adjust(ctx, now, ADJUST_STEP_MS),
  removeTime: (ctx, now) => adjust(ctx, now, -ADJUST_STEP_MS),
  afterCrash,
} satisfies Record<string, Reducer>
type ReducerName = keyof typeof REDUCERS
const step = (reducer: ReducerName) => ({ type: 'step', params: { reducer } }) as const

export const timerMachine = setup({
  types: {
    context: {} as TimerContext,
    events: {} as TimerEvent,
    input: {} as TimerInput,
    emitted: {} as TimerCue,
  },
  guards: {
    isFinished: ({ context }) => context.endedAt !== null,
    isManualStep: ({ context }) => isManual(context),
    hasWake: ({ context }) => nextWakeAt(context) !== null,
  },
  actions: {
    /** Runs a reducer at the clock's time, stores the result, emits its cues in order, tells the parent. */
    step: enqueueActions(
      ({ context, event, enqueue, system, self }, { reducer }: { reducer: ReducerName }) => {
        const outcome = REDUCERS[reducer](context, clockNow(system), event)
        enqueue.assign(() => outcome.context)
        for (const cue of outcome.cues) enqueue.emit(cue)
        if (self._parent) {
          const paused = outcome.context.pausedAt !== null
          enqueue.sendParent({ type: 'TIMER.CHANGED', paused } satisfies TimerChanged)
        }
      }
    ),
  },
  delays: {
    nextWake: ({ context, system }) => {
      const now = clockNow(system)
      return Math.max(0, (nextWakeAt(context) ?? now) - now)
    },
  },
}).createMachine({
  id: 'timer',
  context: ({ input }) => initialContext(input.plan),
  // The session keeps the timer's last context once it has ended: the record to save.
  output: ({ context }) => context,
  initial: 'idle',
  states: {
    idle: {
      on: {
        START: { target: 'running', actions: step('start') },
        TOGGLE: { target: 'running', actions: step('start') },
      },
    },
    running: {
      initial: 'check',
      states: {
        // Every arrival here first settles what is due, then waits on the right kind of step.
        check: {
          entry: step('catchUp'),
          always: [
            { guard: 'isFinished', target: '#timer.finished' },
            { guard: 'isManualStep', target: 'manual' },
            { target: 'timed' },
          ],
        },
        timed: {
          after: { nextWake: { target: 'check' } },
        },
        // A rep step waits for Done; under a cap (AMRAP, For Time) the cap may end it first.
        manual: {
          on: { DONE: { target: 'check', actions: step('done') } },
          after: { nextWake: { guard: 'hasWake', target: 'check' } },
        },
      },
      on: {
        PAUSE: { target: 'paused', actions: step('pause') },
        TOGGLE: { target: 'paused', actions: step('pause') },
        NEXT: { target: '.check', actions: step('skip') },
        PREVIOUS: { target: '.check', actions: step('previous') },
        ROUND_DONE: { target: '.check', actions: step('roundDone') },
        ADD_TIME: { target: '.check', actions: step('addTime') },
        REMOVE_TIME: { target: '.check', actions: step('removeTime') },
        STOP: { target: 'stopped', actions: step('stop') },
        INTERRUPTED: { target: 'paused', actions: step('afterCrash') },
      },
    },
    paused: {
      always: { guard: 'isFinished', target: 'finished' },
      on: {
        RESUME: { target: 'running', actions: step('resume') },
        TOGGLE: { target: 'running', actions: step('resume') },
        NEXT: { actions: step('skip') },
        PREVIOUS: { actions: step('previous') },
        DONE: { actions: step('done') },
        ROUND_DONE: { actions: step('roundDone') },
        ADD_TIME: { actions: step('addTime') },
        REMOVE_TIME: { actions: step('removeTime') },
        STOP: { target: 'stopped', actions: step('stop') },
      },
    },
    finished: { type: 'final' },
    stopped: { type: 'final' },
  },
})

export type TimerMachine = typeof timerMachine
