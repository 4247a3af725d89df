// The session from open to saved, as one xstate machine: the timer is its child, the journal and the save
// are invoked actors whose implementations main provides (machine.provide), so the machine stays pure and
// runs in Node on a SimulatedClock. Its context is data only; getPersistedSnapshot() is what the journal keeps.
import { assign, fromCallback, fromPromise, not, sendTo, setup, type ActorRefFrom } from 'xstate'
import type { Plan } from '../engine/plan'
import type { TimerContext } from '../engine/timerTypes'
import { timerMachine, type TimerChanged, type TimerEvent } from '../engine/timerMachine'
import type { Circuit } from '../model/circuit'
import type { Session, SessionSummary } from '../model/session'

/** After this long paused the screen may sleep again. */
export const LONG_PAUSE_MS = 5 * 60_000

export interface SessionIdentity {
  sessionId: string
  circuit: Circuit
  /** Compiled once, when the session opens. */
  plan: Plan
  timeZone: string
}

export interface SavedSession {
  summary: SessionSummary
  session: Session
  alreadySaved: boolean
}

export interface SessionContext extends SessionIdentity {
  /** Wall-clock ms of Start; null before it. */
  startedWallMs: number | null
  /** Whether the session is safe in the journal on disk (a crash would keep it). */
  journal: 'none' | 'ok' | 'failed'
  /** Why the latest journal write failed (the store's reason); each screen says it in its language
   * (run/messages.ts). */
  error: string | null
  /** The timer's last context once it has ended (its output). */
  ended: TimerContext | null
  saved: SavedSession | null
  /** Why the last save failed (the store's reason), said in the screen's language by run/messages.ts. */
  saveError: string | null
}

/** What the journal actor is told: the session changed course, write it down. */
export interface JournalWrite {
  type: 'WRITE'
}

/** What the save actor gets: the session's identity, its start and the timer as it ended. */
export interface SaveInput {
  identity: SessionIdentity
  startedWallMs: number
  timer: TimerContext
}

export type SessionEvent =
  | { type: 'START'; wallMs: number }
  | { type: 'TIMER'; command: Exclude<TimerEvent['type'], 'START' | 'INTERRUPTED'> }
  | { type: 'INTERRUPTED'; lastKnownAt: number }
  | { type: 'RETRY' }
  | { type: 'CLOSE' }
  | TimerChanged
  | { type: 'JOURNAL.FAILED'; message: string }

/** Whether any work step ran (even stopped part-way): a session without one is not worth keeping. */
export function workRan(timer: TimerContext): boolean {
  return timer.log.some((record) => timer.plan.steps[record.stepIndex]?.kind === 'work')
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

const journalWrite: JournalWrite = { type: 'WRITE' }
/** Every change of course is journaled; a pause (or its end) also moves the keep-awake states. */
const onTimerChanged = (whenPaused: boolean) => ({
  'TIMER.CHANGED': [
    {
      guard: whenPaused ? ('timerPaused' as const) : not('timerPaused'),
      target: whenPaused ? 'paused' : 'awake',
      actions: 'journal' as const,
    },
    { actions: 'journal' as const },
  ],
})

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionIdentity,
  },
  actors: {
    timer: timerMachine,
    /** Begins the journal, then writes the persisted snapshot at every WRITE; says JOURNAL.FAILED. */
    journal: fromCallback<JournalWrite, SessionIdentity & { startedWallMs: number }>(
      () => undefined
    ),
    /** Builds the session history keeps and appends it; resolves to what was saved. */
    save: fromPromise<SavedSession, SaveInput>(() =>
      Promise.reject(new Error('No save actor was provided.'))
    ),
  },
  actions: {
    /** Keep the screen awake while a session runs (main provides it; the settings decide). */
    keepAwake: (_, _params: { on: boolean }) => undefined,
    journal: sendTo('journal', journalWrite),
    /** Forget the journal of a session that ends with nothing to save (main provides it). */
    discardJournal: () => undefined,
  },
  guards: {
    timerPaused: ({ event }) => event.type === 'TIMER.CHANGED' && event.paused,
  },
  delays: { longPause: LONG_PAUSE_MS },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    ...input,
    startedWallMs: null,
    journal: 'none',
    error: null,
    ended: null,
    saved: null,
    saveError: null,
  }),
  invoke: {
    id: 'timer',
    src: 'timer',
    input: ({ context }) => ({ plan: context.plan }),
    onDone: [
      {
        // Stopped before any work step ran (during Get ready or a warm-up): nothing to keep.
        guard: ({ event }) => !workRan(event.output as TimerContext),
        target: '.stopped',
        actions: 'discardJournal',
      },
      {
        target: '.saving',
        actions: assign({ ended: ({ event }) => event.output as TimerContext }),
      },
    ],
  },
  initial: 'ready',
  states: {
    ready: {
      on: {
        START: {
          target: 'running',
          actions: [
            assign({ startedWallMs: ({ event }) => event.wallMs, journal: 'ok' }),
            sendTo('timer', { type: 'START' }),
          ],
        },
        CLOSE: 'stopped',
      },
    },
    running: {
      invoke: {
        id: 'journal',
        src: 'journal',
        input: ({ context }) => ({
          sessionId: context.sessionId,
          circuit: context.circuit,
          plan: context.plan,
          timeZone: context.timeZone,
          startedWallMs: context.startedWallMs ?? 0,
        }),
      },
      initial: 'awake',
      states: {
        awake: {
          entry: { type: 'keepAwake', params: { on: true } },
          on: onTimerChanged(true),
        },
        paused: {
          on: onTimerChanged(false),
          // A long pause lets the screen sleep; the session itself waits as long as it takes.
          after: { longPause: 'asleep' },
        },
        asleep: {
          entry: { type: 'keepAwake', params: { on: false } },
          on: onTimerChanged(false),
        },
      },
      on: {
        TIMER: { actions: sendTo('timer', ({ event }) => ({ type: event.command })) },
        INTERRUPTED: {
          actions: sendTo('timer', ({ event }) => ({
            type: 'INTERRUPTED' as const,
            lastKnownAt: event.lastKnownAt,
          })),
        },
        'JOURNAL.FAILED': {
          actions: assign({
            journal: 'failed',
            error: ({ event }) => event.message,
          }),
        },
      },
      exit: { type: 'keepAwake', params: { on: false } },
    },
    saving: {
      invoke: {
        src: 'save',
        input: ({ context }) => ({
          identity: {
            sessionId: context.sessionId,
            circuit: context.circuit,
            plan: context.plan,
            timeZone: context.timeZone,
          },
          startedWallMs: context.startedWallMs ?? 0,
          timer: context.ended!,
        }),
        onDone: {
          target: 'saved',
          actions: assign({ saved: ({ event }) => event.output, saveError: null }),
        },
        onError: {
          target: 'saveFailed',
          actions: assign({
            saveError: ({ event }) => messageOf(event.error),
          }),
        },
      },
    },
    saveFailed: { on: { RETRY: 'saving', CLOSE: 'stopped' } },
    saved: { on: { CLOSE: 'stopped' } },
    stopped: { type: 'final' },
  },
})

export type SessionMachine = typeof sessionMachine
export type SessionActor = ActorRefFrom<SessionMachine>
