// The session's ports and its vocabulary: the actions it takes, the API it writes through, and what it offers.
import type { UpcomingCue } from '../engine/cueSchedule'
import type { TimerCue } from '../engine/timerReducers'
import type { Api } from '../ipc/api'
import type { Circuit } from '../model/circuit'
import type { PendingSession } from '../model/journal'
import type { Settings } from '../model/settings'
import type { RunView } from './runView'

/** What the session can be asked to do: plain data, so it can come from a key, a button or a phone. */
export type RunAction =
  | { type: 'open'; circuit: Circuit }
  | { type: 'resume'; pending: PendingSession }
  | { type: 'start' }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'done' }
  /** AMRAP: the round is done, on to the next. */
  | { type: 'roundDone' }
  | { type: 'addTime' }
  | { type: 'removeTime' }
  | { type: 'suspend' }
  | { type: 'stop' }
  | { type: 'retrySave' }
  /** After the end: the same circuit again, ready to start. */
  | { type: 'again' }
  | { type: 'close' }

export type RunApi = Pick<
  Api,
  'beginJournal' | 'journalProgress' | 'snapshotJournal' | 'endJournal' | 'keepAwake'
>

export interface RunPorts {
  api: RunApi
  /** Monotonic time and timers: performance.now() and window timers in the app, a SimulatedClock in tests. */
  clock: {
    now(): number
    setTimeout(fn: () => void, ms: number): unknown
    clearTimeout(id: unknown): void
  }
  wallNow(): number
  newId(): string
  timeZone(): string
  settings(): Settings
  /** After this long paused the screen may sleep again. */
  longPauseMs?: number
}

/** Functions, not methods: each may be passed around on its own (useSyncExternalStore takes two). */
export interface RunController {
  send: (action: RunAction) => void
  view: () => RunView | null
  subscribe: (listener: (view: RunView | null) => void) => () => void
  /** Every cue as the machine emits it (sound and voice play these). */
  onCue: (listener: (cue: TimerCue) => void) => () => void
  /** Cues due within `horizonMs` if nobody touches the controls: audio schedules these ahead. */
  upcoming: (horizonMs: number) => UpcomingCue[]
  dispose: () => void
}
