// The track playing now, for whatever screen shows it: a tiny store, so the player need not live in a
// React context that other screens' providers would have to carry.
import { useSyncExternalStore } from 'react'
import type { Track } from '@shared/model/music'

let current: Track | null = null
const listeners = new Set<() => void>()

export function setNowPlaying(track: Track | null): void {
  current = track
  for (const listener of listeners) listener()
}

export function useNowPlaying(): Track | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
}
