// Connects a running session to sound and voice: cues due soon are scheduled ahead on the audio clock;
// cues nobody could foresee (after Done or Skip) play the moment the controller passes them on.
import { useEffect, useRef } from 'react'
import { announcement } from '@shared/engine/announce'
import { cueKey } from '@shared/engine/cueSchedule'
import type { Settings } from '@shared/model/settings'
import type { RunController } from '@shared/run/runController'
import type { RunStatus } from '@shared/run/runView'
import type { CuePlayer } from '@renderer/audio/cuePlayer'
import { speak } from '@renderer/audio/voice'
import { allowed, cueLike, soundFor } from './cueSounds'

/** How far ahead cues are handed to the audio clock, and how often that is refreshed. */
const HORIZON_MS = 1_500
const REFRESH_MS = 250
/** A cue this late is stale: better silent than out of time. */
const MAX_LATE_SOUND_MS = 250
const MAX_LATE_VOICE_MS = 1_500

export function useCueAudio(
  controller: RunController,
  status: RunStatus | null,
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

  // Only while running: refresh what is scheduled ahead, and again at every change of the session.
  const running = status === 'running'
  useEffect(() => {
    if (!running) {
      player.cancelAll()
      return
    }
    const refresh = () => {
      if (mutedRef.current) return player.cancelAll()
      const keep = new Set<string>()
      for (const cue of controller.upcoming(HORIZON_MS)) {
        const sound = soundFor(cue)
        if (!sound || !allowed(sound, settingsRef.current)) continue
        keep.add(cue.key)
        player.schedule(cue.key, sound, cue.dueAt, settingsRef.current.cueVolumes[sound])
      }
      player.cancelExcept(keep)
    }
    refresh()
    const timer = setInterval(refresh, REFRESH_MS)
    const unsubscribe = controller.subscribe(refresh)
    return () => {
      clearInterval(timer)
      unsubscribe()
      player.cancelAll()
    }
  }, [controller, player, running])

  useEffect(
    () =>
      controller.onCue((cue) => {
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
      }),
    [controller, player]
  )
}
