// The one place durations become text: words for plans, summaries and the voice ("2 min 5 s"), digits for
// clocks ("2:05"). It sits at the bottom so every layer, from the schemas up to the screens, says time the same way.

const WORDS = {
  short: { min: () => 'min', s: () => 's' },
  spoken: {
    min: (n: number) => (n === 1 ? 'minute' : 'minutes'),
    s: (n: number) => (n === 1 ? 'second' : 'seconds'),
  },
}

/**
 * A duration in words, to the nearest second: "40 s", "2 min", "2 min 5 s" on screen, or "2 minutes
 * 5 seconds" for the voice. One function for both, so what is shown and what is said always agree.
 */
export function formatDuration(ms: number, style: keyof typeof WORDS = 'short'): string {
  const total = Math.round(ms / 1000)
  const m = Math.floor(total / 60)
  const s = total % 60
  const words = WORDS[style]
  const minutes = `${m} ${words.min(m)}`
  const seconds = `${s} ${words.s(s)}`
  if (m === 0) return seconds
  return s === 0 ? minutes : `${minutes} ${seconds}`
}

/** m:ss, or h:mm:ss; counting down shows the second still running (0:03 until three seconds are left). */
export function formatClock(ms: number, roundUp: boolean): string {
  const total = Math.max(0, roundUp ? Math.ceil(ms / 1000) : Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const ss = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
