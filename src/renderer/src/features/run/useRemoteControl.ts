// The phone remote, from the session's side: while it is on, every new view goes out to the phones, and
// what a phone asks for is sent to the session like a key press. Main tells this window when it turns on
// or off and when phones come and go.
import { useEffect, useState } from 'react'
import type { RunAction } from '@shared/run/runController'
import type { RunView } from '@shared/run/runView'
import { toRemoteView } from '@shared/remote/remoteView'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

export interface RemoteState {
  on: boolean
  phones: number
}

export function useRemoteControl(
  view: RunView | null,
  send: (action: RunAction) => void
): RemoteState {
  const [state, setState] = useState<RemoteState>({ on: false, phones: 0 })
  useEffect(() => {
    let current = true
    void window.api.remoteStatus().then((result) => {
      if (current && result.ok) setState({ on: result.value.on, phones: result.value.phones })
    })
    return () => {
      current = false
    }
  }, [])
  useSystemEvents((event) => {
    if (event.type === 'remote') setState({ on: event.on, phones: event.phones })
    if (event.type === 'remoteAction' && view) send({ type: event.action })
  })
  useEffect(() => {
    // A failure shows as a stale phone, which says it is reconnecting; nothing here to tell the user.
    if (state.on) {
      void window.api.publishRemote({
        view: view ? toRemoteView(view) : null,
        sentAt: performance.now(),
      })
    }
  }, [state.on, view])
  return state
}
