// The user's own pictures and videos by exercise id, for a component: the page's one shared list.
import { useSyncExternalStore } from 'react'
import { mediaListNow, subscribeMediaList, type MediaList } from './mediaList'

export type { MediaList }

export function useMediaList(): MediaList {
  return useSyncExternalStore(subscribeMediaList, mediaListNow)
}
