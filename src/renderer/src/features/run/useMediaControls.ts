// Media keys, headset buttons and Bluetooth remotes drive the session: the Media Session API while the page
// has focus, and (through main) the keyboard's media keys system-wide, held only while a session runs.
import { useEffect, useRef } from 'react'
import type { MediaKey } from '@shared/ipc/contract'
import type { RunAction } from '@shared/run/runTypes'
import type { RunView } from '@shared/run/runView'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

const ACTION_OF: Record<MediaKey, RunAction> = {
  playPause: { type: 'toggle' },
  next: { type: 'next' },
  previous: { type: 'previous' },
}

export function useMediaControls(view: RunView | null, send: (action: RunAction) => void): void {
  const active = view?.status === 'running' || view?.status === 'paused'
  const latest = useRef({ view, send })
  useEffect(() => {
    latest.current = { view, send }
  })

  useSystemEvents((event) => {
    if (event.type === 'mediaKey' && active) send(ACTION_OF[event.key])
  })

  // Held only for the length of a session. Not holding them (another app owns them) costs nothing but
  // the convenience, so the answer is not shown.
  useEffect(() => {
    if (!active) return
    void window.api.captureMediaKeys({ on: true })
    return () => void window.api.captureMediaKeys({ on: false })
  }, [active])

  useEffect(() => {
    if (!active || typeof navigator.mediaSession === 'undefined') return
    const session = navigator.mediaSession
    const toggleWhen = (status: RunView['status']) => () => {
      if (latest.current.view?.status === status) latest.current.send({ type: 'toggle' })
    }
    const handlers: Array<[MediaSessionAction, MediaSessionActionHandler]> = [
      ['play', toggleWhen('paused')],
      ['pause', toggleWhen('running')],
      ['nexttrack', () => latest.current.send({ type: 'next' })],
      ['previoustrack', () => latest.current.send({ type: 'previous' })],
    ]
    for (const [action, handler] of handlers) session.setActionHandler(action, handler)
    return () => {
      for (const [action] of handlers) session.setActionHandler(action, null)
      session.metadata = null
    }
  }, [active])

  // What a headset or the system's media panel shows: the step and the circuit.
  const label = view?.step.label
  const circuit = view?.circuit.name
  const status = view?.status
  useEffect(() => {
    if (!active || typeof navigator.mediaSession === 'undefined') return
    navigator.mediaSession.metadata = new MediaMetadata({
      title: label,
      artist: circuit,
      album: 'Cadence',
    })
    navigator.mediaSession.playbackState = status === 'running' ? 'playing' : 'paused'
  }, [active, label, circuit, status])
}
