// A playlist's tracks and its buttons (a folder, files, empty it): the default one in Settings, or a
// circuit's own in the builder. The files the pick left out are named once, beside it.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { formatClock, formatList } from '@shared/i18n/format'
import type { Playlist, Track } from '@shared/model/music'
import { useAction } from '@renderer/lib/useApi'

/** How many tracks are listed by name; the count says how many there are in all. */
const SHOWN = 8

export function PlaylistPicker({ circuitId }: { circuitId: string | null }) {
  const { t, i18n } = useTranslation('music')
  const [playlist, setPlaylist] = useState<Playlist | null>(null)
  const [skipped, setSkipped] = useState<string[]>([])
  const load = useAction(t('actions.load'), () => window.api.musicPlaylist({ circuitId }))
  const pick = useAction(t('actions.pick'), (from: 'folder' | 'files') =>
    window.api.pickMusic({ circuitId, from })
  )
  const clear = useAction(t('actions.clear'), () => window.api.clearMusic({ circuitId }))
  const { run: loadRun } = load
  useEffect(() => {
    void loadRun().then((p) => p && setPlaylist(p))
  }, [loadRun, circuitId])

  const choose = async (from: 'folder' | 'files') => {
    const result = await pick.run(from)
    if (!result || result.cancelled) return
    setPlaylist(result.playlist)
    setSkipped(result.skipped)
  }
  const empty = async () => {
    const result = await clear.run()
    if (result) setPlaylist(result)
    setSkipped([])
  }
  const own = circuitId === null || playlist?.source === 'circuit'
  const tracks = own ? (playlist?.tracks ?? []) : []
  const lang = i18n.language
  return (
    <div className="playlist" aria-busy={pick.busy}>
      <p className="muted">
        {!own && (playlist?.tracks.length ?? 0) > 0
          ? t('playlist.usesDefault', { count: playlist?.tracks.length ?? 0 })
          : t('playlist.count', { count: tracks.length })}
      </p>
      {tracks.length > 0 && (
        <ol className="playlist__tracks">
          {tracks.slice(0, SHOWN).map((track) => (
            <li key={track.id}>{trackLine(track, lang, t)}</li>
          ))}
        </ol>
      )}
      {skipped.length > 0 && (
        <p role="status" className="notice">
          {t('playlist.skipped', { count: skipped.length, names: formatList(skipped, lang) })}
        </p>
      )}
      <span className="field__row">
        <button type="button" className="button" onClick={() => void choose('folder')}>
          {t('playlist.chooseFolder')}
        </button>
        <button type="button" className="button" onClick={() => void choose('files')}>
          {t('playlist.chooseFiles')}
        </button>
        {tracks.length > 0 && (
          <button type="button" className="button" onClick={() => void empty()}>
            {t('playlist.clear')}
          </button>
        )}
      </span>
    </div>
  )
}

function trackLine(track: Track, lang: string, t: TFunction<'music'>): string {
  const title = track.title ?? track.name
  const length = track.durationSec === null ? '' : formatClock(track.durationSec, lang)
  if (track.artist) return t('playlist.trackBy', { title, artist: track.artist, length })
  return t('playlist.track', { title, length })
}
