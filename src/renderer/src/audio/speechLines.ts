// When a voice line starts and ends, for the music to stay down under it: speech cannot be routed through
// Web Audio (so it cannot be ducked by a gain node of its own), only its start and end events are known.
export type SpeechEvent = { type: 'start' | 'end'; at: number }
type Listener = (event: SpeechEvent) => void

const listeners = new Set<Listener>()

/** Calls `listener` at each voice line's start and end (performance.now() ms); returns the unsubscribe. */
export function onSpeech(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Wires an utterance's events to the listeners; an error or a cancel ends the line too. */
export function reportSpeech(utterance: SpeechSynthesisUtterance): void {
  const tell = (type: SpeechEvent['type']) => () => {
    for (const listener of listeners) listener({ type, at: performance.now() })
  }
  utterance.onstart = tell('start')
  utterance.onend = tell('end')
  utterance.onerror = tell('end')
}
