// The phone remote, from this window's side: whether it is on and how many phones are connected. Phones
// talk to the session in main directly, so nothing of the session passes through here.
import { useEffect, useState } from 'react'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

export interface RemoteState {
  on: boolean
  phones: number
}

export function useRemoteControl(): RemoteState {
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
  })
  return state
}
