// The cue sounds (made by resources/sounds/make-sounds.mjs) and which setting controls each.
import countdown from '@resources/sounds/countdown.wav'
import workStart from '@resources/sounds/work-start.wav'
import restStart from '@resources/sounds/rest-start.wav'
import halfway from '@resources/sounds/halfway.wav'
import finish from '@resources/sounds/finish.wav'

export const SOUND_URLS = { countdown, workStart, restStart, halfway, finish } as const
export type CueSound = keyof typeof SOUND_URLS
export const CUE_SOUNDS = Object.keys(SOUND_URLS) as CueSound[]

export const CUE_SOUND_LABELS: Record<CueSound, string> = {
  countdown: '3-2-1 pips',
  workStart: 'Work starts',
  restStart: 'Rest starts',
  halfway: 'Halfway chime',
  finish: 'Finished',
}
