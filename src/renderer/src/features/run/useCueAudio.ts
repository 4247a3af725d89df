// Connects a running session to sound and voice: cues due soon are scheduled ahead on the audio clock;
// cues nobody could foresee (after Done or Skip) play the moment the machine emits them.
import { useEffect, useRef } from 'react'
import type { Actor } from 'xstate'
import { announcement } from '../../../../shared/engine/announce'
import { cueKey, upcomingCues } from '../../../../shared/engine/cueSchedule'
import type { TimerMachine } from '../../../../shared/engine/timerMachine'
import type { Settings } from '../../../../shared/model/settings'
import type { CuePlayer } from '../../audio/cuePlayer'
import { speak } from '../../audio/voice'
import { allowed, cueLike, soundFor } from './cueSounds'

/** How far ahead cues are handed to the audio clock, and how often that is refreshed. */
const HORIZON_MS = 1_500
const REFRESH_MS = 100
/** A cue this late is stale: better silent than out of time. */
const MAX_LATE_SOUND_MS = 250
const MAX_LATE_VOICE_MS = 1_500

export function useCueAudio(
  actor: Actor<TimerMachine> | null,
  player: CuePlayer,
  settings: Settings,
  muted: boolean
): void {
  const settingsRef = useRef(settings)
  const mutedRef = useRef(muted)
  useEffect(() => {
    settingsRef.current = settings
    mutedRef.current = muted
    player.setMasterVolume(settings.masterVolume)
    player.setMuted(muted)
  })

  useEffect(() => {
    if (!actor) return
    const refresh = () => {
      const snapshot = actor.getSnapshot()
      if (!snapshot.matches('running') || mutedRef.current) {
        player.cancelAll()
        return
      }
      const keep = new Set<string>()
      for (const cue of upcomingCues(snapshot.context, performance.now(), HORIZON_MS)) {
        const sound = soundFor(cue)
        if (!sound || !allowed(sound, settingsRef.current)) continue
        keep.add(cue.key)
        player.schedule(cue.key, sound, cue.dueAt, settingsRef.current.cueVolumes[sound])
      }
      player.cancelExcept(keep)
    }
    const timer = setInterval(refresh, REFRESH_MS)
    const subscription = actor.subscribe(refresh)
    const cues = actor.on('*', (cue) => {
      const s = settingsRef.current
      const sound = soundFor(cueLike(cue))
      const key = cueKey(cue)
      if (
        sound &&
        allowed(sound, s) &&
        !mutedRef.current &&
        !player.handles(key) &&
        cue.lateMs < MAX_LATE_SOUND_MS
      ) {
        player.playNow(sound, s.cueVolumes[sound], key)
      }
      if (s.voiceOn && !mutedRef.current && cue.lateMs < MAX_LATE_VOICE_MS) {
        const text = announcement(cue, { halfway: s.halfwayCue })
        if (text) speak(text, { voiceName: s.voiceName, volume: s.masterVolume })
      }
    })
    return () => {
      clearInterval(timer)
      subscription.unsubscribe()
      cues.unsubscribe()
      player.cancelAll()
    }
  }, [actor, player])
}
