// What the music does for a view: its level for the step's phase, and the cue times it must duck for.
import type { VoiceLine } from '@shared/music/duckPlan'
import { dbToGain } from '@shared/music/duckPlan'
import type { MusicSettings } from '@shared/model/music'
import type { Settings } from '@shared/model/settings'
import type { RunView } from '@shared/run/runView'
import { allowed, soundFor } from '../run/cueSounds'

/** The music's gain in this step: its volume times the work or rest level (prepare counts as rest). */
export function phaseLevel(view: RunView, music: MusicSettings): number {
  return music.volume * (view.step.kind === 'work' ? music.workLevel : music.restLevel)
}

export const duckLevel = (music: MusicSettings): number => dbToGain(music.duckDb)

/**
 * The page-clock times (performance.now() ms) of the cues in the view that will be heard: a sound the
 * settings let play, or a step start or the end, which the voice says.
 */
export function audibleCueTimes(view: RunView, offsetMs: number, settings: Settings): number[] {
  return view.cues
    .filter((cue) => {
      const sound = soundFor(cue)
      if (sound && allowed(sound, settings)) return true
      return settings.voiceOn && (cue.type === 'stepStart' || cue.type === 'finished')
    })
    .map((cue) => cue.dueAt - offsetMs)
}

/** Voice lines worth keeping: those still speaking or ended in the last `keepMs`. */
export const recentLines = (lines: readonly VoiceLine[], now: number, keepMs = 5_000) =>
  lines.filter((l) => l.end === null || l.end > now - keepMs)
