// Spoken cues through the Web Speech API, in the screen's language with a voice that speaks it; with no such
// voice, silent (the cue's tones still play). The choice itself is pure: @shared/i18n/voiceChoice.
import { voiceFor } from '@shared/i18n/voiceChoice'
import { reportSpeech } from './speechLines'

export { voiceFor }

export function voices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices()
}

/** True when the system has a voice for the language: Settings says so when it has none. */
export function hasVoiceFor(lang: string): boolean {
  return voiceFor(lang, voices()) !== undefined
}

/**
 * Says `text` and returns true, or returns false when nothing can say it. With `lang` (the language the text
 * is written in), only a voice of that language may speak; without it, any voice, as before languages.
 */
export function speak(
  text: string,
  options: { voiceName: string | null; volume: number; lang?: string }
): boolean {
  if (typeof speechSynthesis === 'undefined') return false
  const available = voices()
  if (available.length === 0) return false
  const chosen = options.lang
    ? voiceFor(options.lang, available, options.voiceName)
    : (available.find((v) => v.name === options.voiceName) ??
      available.find((v) => v.default) ??
      available[0])
  if (!chosen) return false
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.voice = chosen
  utterance.lang = chosen.lang
  utterance.volume = options.volume
  utterance.rate = 1.05
  reportSpeech(utterance)
  // A new announcement replaces one still speaking: the newest step matters most.
  speechSynthesis.cancel()
  speechSynthesis.speak(utterance)
  return true
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
}
