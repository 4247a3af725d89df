// Spoken cues through the Web Speech API, where the system has a voice; silent (tones only) where it has none.
export function voices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices()
}

export function speak(
  text: string,
  options: { voiceName: string | null; volume: number }
): boolean {
  if (typeof speechSynthesis === 'undefined') return false
  const available = voices()
  if (available.length === 0) return false
  const utterance = new SpeechSynthesisUtterance(text)
  const chosen =
    available.find((v) => v.name === options.voiceName) ??
    available.find((v) => v.default) ??
    available[0]
  if (chosen) utterance.voice = chosen
  utterance.volume = options.volume
  utterance.rate = 1.05
  // A new announcement replaces one still speaking: the newest step matters most.
  speechSynthesis.cancel()
  speechSynthesis.speak(utterance)
  return true
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
}
