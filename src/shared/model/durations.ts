// The one place durations become text: words for plans and summaries ("2 min 5 s"), digits for clocks
// ("2:05"). It sits at the bottom so every layer, from the schemas up to the screens, says time the same way.

/** "40 s", "2 min", "2 min 5 s": a duration in words, to the nearest second. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000)
  if (total < 60) return `${total} s`
  const m = Math.floor(total / 60)
  const s = total % 60
  return s === 0 ? `${m} min` : `${m} min ${s} s`
}

/** m:ss, or h:mm:ss; counting down shows the second still running (0:03 until three seconds are left). */
export function formatClock(ms: number, roundUp: boolean): string {
  const total = Math.max(0, roundUp ? Math.ceil(ms / 1000) : Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const ss = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
