// In real Chromium, on the real clock: a 3-minute circuit of 5-second steps. For each boundary, when the new
// phase reached the DOM and when its start tone was set to sound on the audio clock, against the ideal.
import type { Circuit } from '@shared/model/circuit'
import { benchApp } from './lib/benchApp'
import { percentile, round } from './lib/stats'

const ROUNDS = Number(process.env['RUN_ROUNDS'] ?? 6)
/** prepare 5 s, then rounds of 3 x (5 s work, 5 s rest) with a 5 s round rest: 36 steps, 3 minutes at 6 rounds. */
const circuit: Circuit = {
  schemaVersion: 1,
  id: 'bench-accuracy',
  name: 'Accuracy bench',
  category: 'hiit',
  prepareSec: 5,
  defaults: { workSec: 5, restSec: 5 },
  blocks: [
    {
      id: 'b',
      rounds: ROUNDS,
      restBetweenRoundsSec: 5,
      exercises: ['A', 'B', 'C'].map((n) => ({ id: n, name: `Move ${n}`, mode: 'timed' as const })),
    },
  ],
  createdAt: '2026-11-21T07:00:00.000Z',
  updatedAt: '2026-11-21T07:00:00.000Z',
}

const app = await benchApp({
  name: 'accuracy',
  viewport: { width: 1920, height: 1080 },
  circuits: [circuit],
})
const { page } = app
await page.addInitScript(() => {
  const w = window as unknown as Record<string, unknown>
  const boundaries: Array<{ step: number; phase: string; ideal: number; seen: number }> = []
  const sounds: Array<{ duration: number; perf: number; scheduledPerf: number }> = []
  const frames: number[] = []
  let ended = 0
  w['__bench'] = { boundaries, sounds, frames, ended: () => ended }
  // Where each phase change lands in the DOM, against the step's logical start (the ideal boundary).
  const watch = new MutationObserver(() => {
    const timer = document.querySelector<HTMLElement>('[role="timer"]')
    if (!timer) {
      if (boundaries.length > 0 && !ended) ended = performance.now()
      return
    }
    const step = Number(timer.dataset['step'])
    const ideal = Number(timer.dataset['stepStartedAt'])
    if (Number.isFinite(ideal) && boundaries.at(-1)?.step !== step) {
      boundaries.push({ step, phase: timer.dataset['phase'] ?? '', ideal, seen: performance.now() })
    }
  })
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-step', 'data-step-started-at'],
    })
  )
  // When each sound is set to play, mapped from the audio clock back to performance.now().
  const start = AudioBufferSourceNode.prototype.start
  AudioBufferSourceNode.prototype.start = function (when?: number, ...rest: number[]) {
    const ctx = this.context as AudioContext
    const stamp = ctx.getOutputTimestamp()
    const perf = performance.now()
    const at = when && when > 0 ? when : ctx.currentTime
    const scheduledPerf = stamp.performanceTime
      ? stamp.performanceTime + (at - (stamp.contextTime ?? 0)) * 1000
      : perf + (at - ctx.currentTime) * 1000
    sounds.push({
      duration: Math.round((this.buffer?.duration ?? 0) * 100) / 100,
      perf,
      scheduledPerf,
    })
    return start.call(this, when, ...rest)
  }
  const frame = (t: number) => {
    frames.push(t)
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})

await app.open()
await page.keyboard.press('Control+2')
await page.getByRole('button', { name: `Start ${circuit.name}` }).click()
await page.getByRole('button', { name: 'Start', exact: true }).click()
await page.locator('[role="timer"][data-step-started-at]').waitFor({ state: 'attached' })
const cdp = await page.context().newCDPSession(page)
await cdp.send('Performance.enable')
let heapPeak = 0
const totalMs = (5 + ROUNDS * 30 - 5) * 1000
const deadline = Date.now() + totalMs + 20_000
while (Date.now() < deadline) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0)
  if (
    await page.evaluate(
      () => (window as unknown as { __bench: { ended: () => number } }).__bench.ended() > 0
    )
  )
    break
  await new Promise((resolve) => setTimeout(resolve, 1_000))
}
const data = (await page.evaluate(() => {
  const b = (
    window as unknown as {
      __bench: { boundaries: unknown[]; sounds: unknown[]; frames: number[]; ended: () => number }
    }
  ).__bench
  return { boundaries: b.boundaries, sounds: b.sounds, frames: b.frames, ended: b.ended() }
})) as {
  boundaries: Array<{ step: number; phase: string; ideal: number; seen: number }>
  sounds: Array<{ duration: number; perf: number; scheduledPerf: number }>
  frames: number[]
  ended: number
}
await app.close()

// Boundaries after the first (which starts on the key press itself).
const crossings = data.boundaries.slice(1)
const display = crossings.map((b) => b.seen - b.ideal)
const startOfSession = data.boundaries[0]!.ideal
// Start tones (work 0.45 s, rest 0.5 s) against the boundary each belongs to: the nearest ideal boundary.
const tones = data.sounds.filter((s) => s.duration === 0.45 || s.duration === 0.5)
const audio = tones.map((t) => {
  const nearest = crossings.reduce((best, b) =>
    Math.abs(b.ideal - t.scheduledPerf) < Math.abs(best.ideal - t.scheduledPerf) ? b : best
  )
  return Math.abs(t.scheduledPerf - nearest.ideal)
})
const frameGaps = data.frames.slice(1).map((t, i) => t - data.frames[i]!)
const dropped = frameGaps
  .filter((g) => g > 1.5 * (1000 / 60))
  .reduce((n, g) => n + Math.round(g / (1000 / 60)) - 1, 0)
// Drift: where the timeline's last boundary sits against the plan (any accumulated error shows here).
const last = data.boundaries.at(-1)!
const plannedLastOffset = totalMs - 5_000
const endDrift = last.ideal - (startOfSession + plannedLastOffset)
// And how late the finish screen replaced the timer, against the planned end.
const finishDisplay = data.ended - (startOfSession + totalMs)
const unscheduled =
  tones.length -
  data.sounds.filter((s) => (s.duration === 0.45 || s.duration === 0.5) && s.scheduledPerf > s.perf)
    .length

console.log(
  `${crossings.length} boundaries, ${tones.length} start tones, ${data.frames.length} frames`
)
console.log(
  JSON.stringify({
    bench: 'run-accuracy',
    boundaries: crossings.length,
    display_p50_ms: round(percentile(display, 50)),
    display_p99_ms: round(percentile(display, 99)),
    display_max_ms: round(Math.max(...display)),
    audio_p99_ms: round(percentile(audio, 99)),
    audio_max_ms: round(Math.max(...audio)),
    end_drift_ms: round(endDrift),
    finish_display_ms: round(finishDisplay),
    start_tones: tones.length,
    start_tones_not_scheduled_ahead: unscheduled,
    dropped_frames: dropped,
    heap_mb: round(heapPeak / 1024 / 1024, 1),
  })
)
