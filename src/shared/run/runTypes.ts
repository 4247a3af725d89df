// What a session can be asked to do: plain data, so it can come from a key, a button or a phone, and cross IPC.
import type { Circuit } from '../model/circuit'
import type { PendingSession } from '../model/journal'

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
