// What the session sounds like: the cues, the voice and the music under them. Its own module so that their
// code loads just after the first paint (RunSessionProvider imports it on demand), not with it.
import type { RunView } from '@shared/run/runView'
import type { Settings } from '@shared/model/settings'
import type { CuePlayer } from '@renderer/audio/cuePlayer'
import { useMusic } from '../music/useMusic'
import { useCueAudio } from './useCueAudio'

export interface SessionSoundProps {
  view: RunView | null
  offsetMs: number
  player: CuePlayer
  settings: Settings
  muted: boolean
}

export function SessionSound({ view, offsetMs, player, settings, muted }: SessionSoundProps) {
  useCueAudio(view, offsetMs, player, settings, muted)
  useMusic(view, offsetMs, player, settings)
  return null
}
