// Handlers for the playlists: show one, fill it from files or a folder the user picks, empty it.
import type { Handlers } from '../ipc/dispatch'
import { t } from '../i18n/mainLanguage'
import { MUSIC_EXTENSIONS, musicInFolder, readTracks } from '../music/musicFiles'
import type { PlaylistStore } from '../music/playlistStore'
import type { Platform } from '../platformPort'

export function musicHandlers(
  store: PlaylistStore,
  platform: Pick<Platform, 'chooseOpenPaths'>
): Pick<Handlers, 'music:playlist' | 'music:pick' | 'music:clear'> {
  return {
    'music:playlist': ({ circuitId }) => store.playlist(circuitId),
    'music:pick': async ({ circuitId, from }) => {
      const picked = await platform.chooseOpenPaths({
        title: t(from === 'folder' ? 'music:dialog.folder' : 'music:dialog.files'),
        filters: [{ name: t('music:dialog.filter'), extensions: MUSIC_EXTENSIONS }],
        folder: from === 'folder',
      })
      if (!picked || picked.length === 0) return { cancelled: true }
      const paths = from === 'folder' ? picked.flatMap((dir) => musicInFolder(dir)) : picked
      const { tracks, skipped } = await readTracks(paths)
      return { cancelled: false, playlist: store.set(circuitId, tracks), skipped }
    },
    'music:clear': ({ circuitId }) => store.set(circuitId, []),
  }
}
