// The user's own pictures and videos by exercise id, asked of main once per page and shared by every demo
// on it (a library of 43 thumbnails makes one call, not 43); attaching or removing one asks again.
import type { MediaRef } from '@shared/model/media'

export type MediaList = Readonly<Record<string, MediaRef & { missing: boolean }>>

const EMPTY: MediaList = {}
let current: MediaList = EMPTY
let asked = false
const listeners = new Set<() => void>()

/** Asks main for the list again (after an attach or a detach); pages with no bridge (the TV) keep none. */
export function refreshMediaList(): void {
  asked = true
  if (!('api' in window)) return
  // A list that cannot be loaded leaves the drawn demos, which is what the user sees without media anyway.
  void window.api.listMedia().then((result) => {
    if (!result.ok) return
    current = result.value
    for (const listener of listeners) listener()
  })
}

export function subscribeMediaList(listener: () => void): () => void {
  listeners.add(listener)
  if (!asked) refreshMediaList()
  return () => listeners.delete(listener)
}

export const mediaListNow = (): MediaList => current
