// Sound and voice for the session in main, played by this page from the cue schedule in the view: cues due
// soon are scheduled ahead on the audio clock; a step nobody could foresee (after Done or Skip) sounds the
// moment its view arrives; the voice says each step as it starts.
import { useEffect, useRef, type RefObject } from 'react'
import { announcement } from '@shared/engine/announce'
import { cueKey, type UpcomingCue } from '@shared/engine/cueSchedule'
import { useHorizonWake } from '@renderer/audio/useHorizonWake'
import type { TimerCue } from '@shared/engine/timerTypes'
import type { Settings } from '@shared/model/settings'
import type { RunView } from '@shared/run/runView'
import type { CuePlayer } from '@renderer/audio/cuePlayer'
import { speak } from '@renderer/audio/voice'
import { PSEUDO_LANGUAGE } from '@shared/i18n/pseudo'
import { allowed, soundFor } from './cueSounds'
import { useWording } from '@renderer/i18n/useWording'

/** How far ahead cues are handed to the audio clock: the page wakes when the next cue comes this near. */
const HORIZON_MS = 1_500
/** A cue this late is stale: better silent than out of time. */
const MAX_LATE_SOUND_MS = 250
const MAX_LATE_VOICE_MS = 1_500
const NO_CUES: UpcomingCue[] = []
/** Two cues of a kind closer than this are one cue seen twice. */
const SAME_CUE_MS = 1_000

/** The pseudo-locale is English underneath: an English voice reads it. */
const spokenLanguage = (w: { lang: string }) => (w.lang === PSEUDO_LANGUAGE ? 'en' : w.lang)

/** The cue the view's current moment stands for: its step's start, or the end of the session. */
function cueOfView(view: RunView): TimerCue | null {
  if (view.status === 'finished') {
    const at = view.timing.frozenAt ?? 0
    return { type: 'finished', dueAt: at, lateMs: 0 }
  }
  if (view.status !== 'running') return null
  const at = view.timing.stepStartedAt
  return {
    type: 'stepStart',
    stepIndex: view.stepIndex,
    dueAt: at,
    lateMs: 0,
    step: view.step,
    next: view.next,
  }
}

/** The same cue already sounded from the page's own foreseen frame (Start), a few ms off main's time. */
const foreseen = (recent: readonly TimerCue[], cue: TimerCue) =>
  recent.some(
    (r) =>
      r.type === cue.type &&
      (r.type !== 'stepStart' || cue.type !== 'stepStart' || r.stepIndex === cue.stepIndex) &&
      Math.abs(r.dueAt - cue.dueAt) < SAME_CUE_MS
  )

export function useCueAudio(
  view: RunView | null,
  offsetMs: number,
  player: CuePlayer,
  settings: Settings,
  muted: boolean
): void {
  const settingsRef = useRef(settings)
  const mutedRef = useRef(muted)
  // The voice speaks the screen's language, with a voice of that language or not at all.
  const wording = useWording()
  const wordingRef = useRef(wording)
  // Cues already sounded, or handed to the audio clock: a view arriving after one never sounds it again.
  const heard = useRef(new Set<string>())
  useEffect(() => {
    settingsRef.current = settings
    mutedRef.current = muted
    wordingRef.current = wording
    player.setMasterVolume(settings.masterVolume)
    player.setMuted(muted)
  })

  // Only while running: hand the audio clock what is due soon, again at every new view. The schedule is
  // read through a ref, so a new view refreshes it without cancelling a cue that is sounding.
  const refresh = useRef(() => undefined as void)
  const cues = view?.status === 'running' ? view.cues : NO_CUES
  useEffect(() => {
    refresh.current = () => {
      if (mutedRef.current) return player.cancelAll()
      const now = performance.now()
      const keep = new Set<string>()
      for (const cue of cues) {
        const at = cue.dueAt - offsetMs
        if (at < now - 1 || at > now + HORIZON_MS) continue
        const sound = soundFor(cue)
        if (!sound || !allowed(sound, settingsRef.current)) continue
        keep.add(cue.key)
        if (player.schedule(cue.key, sound, at, settingsRef.current.cueVolumes[sound]))
          heard.current.add(cue.key)
      }
      player.cancelExcept(keep)
    }
    refresh.current()
  })
  const running = view?.status === 'running'
  useEffect(() => {
    if (!running) {
      player.cancelAll()
      return
    }
    return () => player.cancelAll()
  }, [running, player])
  useHorizonWake(running, cues, offsetMs, HORIZON_MS, refresh)

  useStepStartCue(view, offsetMs, player, heard, { settingsRef, mutedRef, wordingRef })
}

/** What the cue effects read at the moment they run, not at the render that made them. */
interface Latest {
  settingsRef: RefObject<Settings>
  mutedRef: RefObject<boolean>
  wordingRef: RefObject<ReturnType<typeof useWording>>
}

/**
 * A new step (or the end) in the view: sound it now unless it was scheduled, and say it. `heard` holds the
 * cues already sounded or handed to the audio clock.
 */
function useStepStartCue(
  view: RunView | null,
  offsetMs: number,
  player: CuePlayer,
  heard: RefObject<Set<string>>,
  latest: Latest
): void {
  const recent = useRef<TimerCue[]>([])
  const cue = view ? cueOfView(view) : null
  const key = cue ? cueKey(cue) : null
  useEffect(() => {
    if (!cue || !key || heard.current.has(key) || foreseen(recent.current, cue)) return
    heard.current.add(key)
    recent.current = [...recent.current.slice(-9), cue]
    const lateMs = performance.now() + offsetMs - cue.dueAt
    const s = latest.settingsRef.current
    const sound = soundFor(cue.type === 'stepStart' ? { type: cue.type, kind: cue.step.kind } : cue)
    if (
      sound &&
      allowed(sound, s) &&
      !latest.mutedRef.current &&
      !player.handles(key) &&
      lateMs < MAX_LATE_SOUND_MS
    )
      player.playNow(sound, s.cueVolumes[sound], key)
    if (s.voiceOn && !latest.mutedRef.current && lateMs < MAX_LATE_VOICE_MS) {
      const w = latest.wordingRef.current
      const text = announcement({ ...cue, lateMs }, { halfway: s.halfwayCue }, w)
      if (text)
        speak(text, { voiceName: s.voiceName, volume: s.masterVolume, lang: spokenLanguage(w) })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the cue: a new key, a new cue
  }, [key])
}
