// The session timer as an xstate v5 machine: states and events here, all time arithmetic in timerReducers.ts.
import { enqueueActions, setup } from 'xstate'
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
  resume,
  roundDone,
  skip,
  start,
  stop,
  type Outcome,
  type TimerContext,
  type TimerCue,
} from './timerReducers'
import { contextFromSnapshot, contextAfterCrash, type SerializedTimer } from './serialize'

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

export interface TimerInput {
  plan: Plan
  /** A monotonic clock in ms: performance.now() in the app, the SimulatedClock in tests. */
  now: () => number
  /**
   * Bring back a session saved with serializeTimer. After a reload it carries on where it is by now;
   * `afterCrash` brings it back paused, restarting the step that was running (contextAfterCrash).
   */
  fromSnapshot?: { state: SerializedTimer; wallNowMs: number; afterCrash?: boolean }
}

type Step = (ctx: TimerContext, now: number) => Outcome

/** Runs a pure step against the current time, stores the result and emits its cues, in order. */
const apply = (fn: Step) =>
  enqueueActions<
    TimerContext,
    TimerEvent,
    undefined,
    TimerEvent,
    never,
    never,
    never,
    never,
    TimerCue
  >(({ context, enqueue }) => {
    const outcome = fn(context, context.now())
    enqueue.assign(() => outcome.context)
    for (const cue of outcome.cues) enqueue.emit(cue)
  })

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
    restoredRunning: ({ context }) => context.restored === 'running',
    restoredPaused: ({ context }) => context.restored === 'paused',
  },
  actions: {
    start: apply(start),
    catchUp: apply(catchUp),
    pause: apply(pause),
    resume: apply(resume),
    skip: apply(skip),
    previous: apply(previous),
    done: apply(done),
    roundDone: apply(roundDone),
    stop: apply(stop),
    addTime: apply((ctx, now) => adjust(ctx, now, ADJUST_STEP_MS)),
    removeTime: apply((ctx, now) => adjust(ctx, now, -ADJUST_STEP_MS)),
  },
  delays: {
    nextWake: ({ context }) => Math.max(0, (nextWakeAt(context) ?? context.now()) - context.now()),
  },
}).createMachine({
  id: 'timer',
  context: ({ input }) =>
    input.fromSnapshot
      ? (input.fromSnapshot.afterCrash ? contextAfterCrash : contextFromSnapshot)(
          input.plan,
          input.now,
          input.fromSnapshot.state,
          input.fromSnapshot.wallNowMs
        )
      : initialContext(input.plan, input.now),
  initial: 'idle',
  states: {
    idle: {
      always: [
        { guard: 'restoredPaused', target: 'paused' },
        { guard: 'restoredRunning', target: 'running' },
      ],
      on: {
        START: { target: 'running', actions: 'start' },
        TOGGLE: { target: 'running', actions: 'start' },
      },
    },
    running: {
      initial: 'check',
      states: {
        // Every arrival here first settles what is due, then waits on the right kind of step.
        check: {
          entry: 'catchUp',
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
          on: { DONE: { target: 'check', actions: 'done' } },
          after: { nextWake: { guard: 'hasWake', target: 'check' } },
        },
      },
      on: {
        PAUSE: { target: 'paused', actions: 'pause' },
        TOGGLE: { target: 'paused', actions: 'pause' },
        NEXT: { target: '.check', actions: 'skip' },
        PREVIOUS: { target: '.check', actions: 'previous' },
        ROUND_DONE: { target: '.check', actions: 'roundDone' },
        ADD_TIME: { target: '.check', actions: 'addTime' },
        REMOVE_TIME: { target: '.check', actions: 'removeTime' },
        STOP: { target: 'stopped', actions: 'stop' },
      },
    },
    paused: {
      always: { guard: 'isFinished', target: 'finished' },
      on: {
        RESUME: { target: 'running', actions: 'resume' },
        TOGGLE: { target: 'running', actions: 'resume' },
        NEXT: { actions: 'skip' },
        PREVIOUS: { actions: 'previous' },
        DONE: { actions: 'done' },
        ROUND_DONE: { actions: 'roundDone' },
        ADD_TIME: { actions: 'addTime' },
        REMOVE_TIME: { actions: 'removeTime' },
        STOP: { target: 'stopped', actions: 'stop' },
      },
    },
    finished: { type: 'final' },
    stopped: { type: 'final' },
  },
})

export type TimerMachine = typeof timerMachine
