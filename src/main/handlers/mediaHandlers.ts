// Handlers for the user's own pictures and videos: list them, attach one chosen in a dialog, detach.
import { basename } from 'node:path'
import type { Handlers } from '../ipc/dispatch'
import type { MediaStore } from '../media/mediaStore'
import type { Platform } from '../platformPort'

// The dialog offers these; the content decides (a renamed file is refused by what it is).
const MEDIA_FILTERS = [
  { name: 'Pictures and videos', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif', 'mp4', 'webm'] },
]

export function mediaHandlers(
  store: MediaStore,
  platform: Pick<Platform, 'chooseOpenFile'>
): Pick<Handlers, 'media:list' | 'media:attach' | 'media:detach'> {
  return {
    'media:list': () => store.list(),
    'media:attach': async ({ exerciseId }) => {
      const path = await platform.chooseOpenFile({
        title: 'Choose a picture or video',
        filters: MEDIA_FILTERS,
      })
      if (!path) return { cancelled: true }
      return { cancelled: false, media: store.attach(exerciseId, path, basename(path)) }
    },
    'media:detach': ({ exerciseId }) => store.detach(exerciseId),
  }
}
