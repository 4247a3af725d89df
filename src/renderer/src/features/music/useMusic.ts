// The music follows the session in main: it starts with it, changes level with the phase, pauses with it (if
// the setting says so), fades out at the end, and ducks ahead of every cue and under every voice line.
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { heldCues, type VoiceLine } from '@shared/music/duckPlan'
import { useHorizonWake } from '@renderer/audio/useHorizonWake'
import type { Settings } from '@shared/model/settings'
import type { RunView } from '@shared/run/runView'
import type { CuePlayer } from '@renderer/audio/cuePlayer'
import { MusicPlayer } from '@renderer/audio/musicPlayer'
import { onSpeech } from '@renderer/audio/speechLines'
import { useToast } from '@renderer/app/Toast'
import { audibleCueTimes, duckLevel, phaseLevel, recentLines } from './musicLevels'
import { setNowPlaying } from './nowPlaying'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'
import type { Track } from '@shared/model/music'
import { useOwnCueSounds } from './useOwnCueSounds'

/** The duck plan is refreshed when the next cue comes this near (the plan itself is set ahead on the audio clock). */
const HORIZON_MS = 1_500
const NO_CUES: RunView['cues'] = []

export function useMusic(
  view: RunView | null,
  offsetMs: number,
  cues: CuePlayer,
  settings: Settings
): MusicPlayer {
  const { t } = useTranslation('music')
  const toast = useToast()
  const player = useMemo(() => new MusicPlayer(cues), [cues])
  const music = settings.music
  const status = view?.status ?? null
  const sessionId = view?.sessionId ?? null
  const circuitId = view?.circuit.id ?? null

  const noticed = useRef<string | null>(null)
  useEffect(() => {
    player.listen({
      onTrack: (track) => {
        setNowPlaying(track)
        // The phones show the track too: main puts it into their frames.
        void window.api.reportNowPlaying({ track: track && phoneTrackOf(track) })
      },
      onUnreadable: (track) => {
        // One notice per session, however many tracks are skipped.
        if (noticed.current === sessionId) return
        noticed.current = sessionId
        toast(t('unreadable', { name: track.name }))
      },
    })
  }, [player, sessionId, toast, t])

  // Start with the session (its own playlist, or the default one), once per session.
  const started = useRef<string | null>(null)
  useEffect(() => {
    if (status !== 'running' || !sessionId || started.current === sessionId || !music.on) return
    started.current = sessionId
    const level = view ? phaseLevel(view, music) : music.volume
    void window.api.musicPlaylist({ circuitId }).then((result) => {
      if (result.ok && started.current === sessionId)
        void player.start(result.value.tracks, music.shuffle, level)
    })
  })

  // Pause, resume, fade out at the end, stop when the session closes.
  useEffect(() => {
    if (status === 'paused' && music.pauseWithSession) player.pause()
    else if (status === 'running') player.resume()
    else if (status === 'finished' || status === 'stopped') player.fadeOut()
    else if (status === null) player.stop()
  }, [status, music.pauseWithSession, player])

  const level = view && status === 'running' ? phaseLevel(view, music) : null
  useEffect(() => {
    if (level !== null) player.setLevel(level)
  }, [level, player])

  // A phone's Skip track reaches this page, which plays the music.
  useSystemEvents((event) => {
    if (event.type === 'remoteAction' && event.action === 'music.skip') player.skip()
  })

  useDucking(view, offsetMs, settings, player)
  // The cues' own sounds live with the music: they are chosen on the same card.
  useOwnCueSounds(cues, settings)
  useEffect(() => () => player.stop(), [player])
  return player
}

/** Plans the duck from the view's cues and the voice lines, again at every view, voice event and refresh. */
function useDucking(
  view: RunView | null,
  offsetMs: number,
  settings: Settings,
  player: MusicPlayer
): void {
  const lines = useRef<VoiceLine[]>([])
  const cueTimes = useRef<number[]>([])
  const replan = useRef(() => undefined as void)
  useEffect(() => {
    replan.current = () => {
      const now = performance.now()
      lines.current = recentLines(lines.current, now)
      const fresh = view?.status === 'running' ? audibleCueTimes(view, offsetMs, settings) : []
      cueTimes.current = heldCues(cueTimes.current, fresh, now)
      player.duck?.plan(cueTimes.current, lines.current, duckLevelOf(settings), now)
    }
    replan.current()
  })
  useEffect(
    () =>
      onSpeech(({ type, at }) => {
        if (type === 'start') lines.current = [...lines.current, { start: at, end: null }]
        else lines.current = lines.current.map((l) => (l.end === null ? { ...l, end: at } : l))
        replan.current()
      }),
    []
  )
  // Wakes as each cue comes near, never on an interval, and not at all without music (bench run-cost).
  const running = view?.status === 'running' && settings.music.on
  const cues = running ? view.cues : NO_CUES
  useHorizonWake(running, cues, offsetMs, HORIZON_MS, replan)
}

/** A track as the phone shows it: its title (or its file's name) and artist. */
const phoneTrackOf = (track: Track) => ({ title: track.title ?? track.name, artist: track.artist })

const duckLevelOf = (settings: Settings) => duckLevel(settings.music)
