// Runs a circuit through the session in main, as a user skipping every step would, until main has saved it
// (or failed to): how the glue tests make the real app write a finished session.
import type { Circuit } from '@shared/model/circuit'
import type { SessionFrame } from '@shared/session/sessionCommands'
import type { SaveState } from '@shared/run/runView'

/** Calls a channel and resolves to its value (rejects with the channel's error). */
export type Invoke = <T = unknown>(channel: string, payload?: unknown) => Promise<T>

export interface RunOutcome {
  sessionId: string
  save: Exclude<SaveState, { state: 'none' } | { state: 'saving' }>
}

/** A generous bound on the steps of a test circuit: a session that never ends fails, it does not hang. */
const MAX_CALLS = 500

export async function runSessionToEnd(invoke: Invoke, circuit: Circuit): Promise<RunOutcome> {
  await invoke('session:send', { type: 'open', circuit })
  await invoke('session:send', { type: 'start' })
  for (let calls = 0; calls < MAX_CALLS; calls++) {
    const { view } = await invoke<SessionFrame>('session:frame')
    if (view === null) throw new Error('the session closed before it was saved')
    const { save } = view
    if (save.state === 'saved' || save.state === 'failed')
      return { sessionId: view.sessionId, save }
    // While main saves, ask again; before that, skip to the next step.
    if (save.state === 'none') await invoke('session:send', { type: 'next' })
  }
  throw new Error(`the session was not saved after ${MAX_CALLS} calls`)
}
