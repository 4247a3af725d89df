// Which sound each cue makes, and whether the settings let it play.
import type { UpcomingCue } from '@shared/engine/cueSchedule'
import type { TimerCue } from '@shared/engine/timerReducers'
import type { Settings } from '@shared/model/settings'
import type { CueSound } from '@renderer/audio/sounds'

type CueLike = Pick<UpcomingCue, 'type' | 'kind'>

export function soundFor(cue: CueLike): CueSound | null {
  switch (cue.type) {
    case 'countdown':
      return 'countdown'
    case 'halfway':
      return 'halfway'
    case 'finished':
      return 'finish'
    case 'stepStart':
      if (cue.kind === 'work') return 'workStart'
      return cue.kind === 'prepare' ? null : 'restStart'
  }
}

export const cueLike = (cue: TimerCue): CueLike =>
  cue.type === 'stepStart' ? { type: cue.type, kind: cue.step.kind } : { type: cue.type }

export function allowed(sound: CueSound, settings: Settings): boolean {
  if (!settings.soundsOn) return false
  if (sound === 'countdown') return settings.countdownPips
  if (sound === 'halfway') return settings.halfwayCue
  return true
}
